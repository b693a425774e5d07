package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.NOT_A_SUBDOMAIN;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Python version, batch scheduler, monitoring and pod templates: every rule, with its path. */
class KubeflowFeaturesTest {
  private static final String APP = "stack analytics > spark application pi";

  private static SparkApp pi() {
    return SparkAppTest.pi();
  }

  private static SparkApp pyPi() {
    return sparkApp("pi").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainApplicationFile("local:///opt/pi.py");
  }

  private static List<String> problems(SparkApp app) {
    return analytics(app).problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static List<String> warnings(SparkApp app) {
    return analytics(app).warnings().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static PodTemplateSpecBuilder template() {
    return new PodTemplateSpecBuilder().withNewSpec().addNewContainer().withName("spark-kubernetes-driver")
        .endContainer().endSpec();
  }

  // ---- pythonVersion

  @Test
  void pythonVersionIsThreeForPythonAppsOnSpark3AndLater() {
    assertEquals(List.of(), problems(pyPi().pythonVersion(3)));
    assertEquals(List.of(), problems(pyPi().sparkVersion("2.4.8").pythonVersion(2)));
    assertEquals(List.of(APP + ": pythonVersion 4 is not 2 or 3"), problems(pyPi().pythonVersion(4)));
    assertEquals(List.of(APP + ": Spark 4.0.1 runs only Python 3; pythonVersion 2 is for Spark 2"),
        problems(pyPi().pythonVersion(2)));
    assertEquals(List.of(APP + ": pythonVersion is for Python apps; this app is Scala"), problems(pi().pythonVersion(3)));
  }

  // ---- batch scheduler

  @Test
  void batchSchedulerOptions() {
    assertEquals(List.of(), problems(pi().batchScheduler(volcano().queue("analytics").priorityClassName("batch")
        .resources(cores(10), gib(40)))));
    assertEquals(List.of(APP + " > batchScheduler: kube-scheduler takes no queue, priority class or resources"
        + " (those are for volcano and yunikorn)"), problems(pi().batchScheduler(kubeScheduler().queue("q"))));
    assertEquals(List.of(
        APP + " > batchScheduler: queue is blank",
        APP + " > batchScheduler: priority class \"Batch_Jobs\"" + NOT_A_SUBDOMAIN,
        APP + " > batchScheduler > resources: names neither cpu nor memory"),
        problems(pi().batchScheduler(yunikorn().queue(" ").priorityClassName("Batch_Jobs").resources(null, null))));
    assertEquals(List.of(APP + " > batchScheduler > resources: memory \"40G\" is ambiguous: Kubernetes reads \"G\" as"
        + " a decimal unit, Spark as a binary one; write 40Gi for 40 GiB"),
        problems(pi().batchScheduler(volcano().resources(null, memory("40G")))));
  }

  @Test
  void podsLeaveTheSchedulerNameToTheBatchScheduler() {
    assertEquals(List.of(
        APP + ": driver schedulerName \"custom\" conflicts with batch scheduler volcano, which names the pods' scheduler",
        APP + ": executor schedulerName \"custom\" conflicts with batch scheduler volcano, which names the pods'"
            + " scheduler"),
        problems(pi().driver(driver().schedulerName("custom")).executor(executor().schedulerName("custom"))
            .batchScheduler(volcano())));
  }

  // ---- monitoring

  @Test
  void monitoringExposesSomethingFromFilesInTheImage() {
    assertEquals(List.of(), problems(pi().monitoring(monitoring().exposeDriverMetrics(true)
        .metricsPropertiesFile("/etc/metrics/conf/metrics.properties")
        .prometheus(prometheusExporter("/prometheus/jmx.jar").port(8090).portName("jmx-exporter")
            .configFile("/etc/prometheus.yaml")))));
    assertEquals(List.of(
        APP + " > monitoring: exposes neither driver nor executor metrics (exposeDriverMetrics(true),"
            + " exposeExecutorMetrics(true))",
        APP + " > monitoring: metricsPropertiesFile \"metrics.properties\" must be an absolute path in the image",
        APP + " > monitoring: sets both metricsProperties and metricsPropertiesFile; use one"),
        problems(pi().monitoring(monitoring().metricsProperties("*.sink.jmx.class=x")
            .metricsPropertiesFile("metrics.properties"))));
  }

  @Test
  void prometheusExporterSettings() {
    assertEquals(List.of(
        APP + " > monitoring > prometheus: jmxExporterJar \"jmx.jar\" must be an absolute path in the image",
        APP + " > monitoring > prometheus: port 80 must be in 1024-49151",
        APP + " > monitoring > prometheus: port name \"Metrics_Port\" is not an IANA service name (at most 15 lowercase"
            + " letters, digits and '-', one letter at least)",
        APP + " > monitoring > prometheus: configFile \"prometheus.yaml\" must be an absolute path in the image",
        APP + " > monitoring > prometheus: sets both configFile and configuration; the operator uses only configFile"),
        problems(pi().monitoring(monitoring().exposeExecutorMetrics(true).prometheus(prometheusExporter("jmx.jar")
            .port(80).portName("Metrics_Port").configFile("prometheus.yaml").configuration("rules: []")))));
    assertEquals(List.of(APP + " > monitoring > prometheus: port 49152 must be in 1024-49151",
        APP + " > monitoring > prometheus: port name \"jmx-exporter-port\" is not an IANA service name (at most 15"
            + " lowercase letters, digits and '-', one letter at least)"),
        problems(pi().monitoring(monitoring().exposeExecutorMetrics(true).prometheus(prometheusExporter("/jmx.jar")
            .port(49152).portName("jmx-exporter-port")))));
  }

  // ---- pod templates

  @Test
  void templateContainersNeedNamesAndServiceAccountsMustAgree() {
    PodTemplateSpec unnamed = new PodTemplateSpecBuilder().withNewSpec().addNewContainer().endContainer().endSpec()
        .build();
    assertEquals(List.of(
        APP + " > driver > template > container[0]: has no name (Spark's own is \"spark-kubernetes-driver\")",
        APP + " > executor > template > container[0]: has no name (Spark's own is \"spark-kubernetes-executor\")"),
        problems(pi().driver(driver().template(unnamed)).executor(executor().template(unnamed))));
    // the derived ServiceAccount and RoleBinding report the name again, as for driver().serviceAccount(..)
    PodTemplateSpec badAccount = template().editSpec().withServiceAccountName("Spark_SA").endSpec().build();
    assertTrue(problems(pi().driver(driver().template(badAccount)))
        .contains(APP + " > driver > template: service account \"Spark_SA\"" + NOT_A_SUBDOMAIN));
    PodTemplateSpec runsAsB = template().editSpec().withServiceAccountName("b").endSpec().build();
    assertEquals(List.of(APP + " > driver: service account \"a\" contradicts the template's serviceAccountName \"b\""),
        problems(pi().driver(driver().serviceAccount("a").template(runsAsB))));
  }

  @Test
  void templateFieldsSparkOverwritesAreWarnedAbout() {
    PodTemplateSpec t = template().withNewMetadata().withName("my-driver").endMetadata().editSpec()
        .editFirstContainer().withNewResources().addToRequests("cpu", new Quantity("2")).endResources()
        .endContainer().endSpec().build();
    assertEquals(List.of(), problems(pi().driver(driver().template(t))));
    assertEquals(List.of(
        APP + " > driver > template: Spark names the pod and sets its namespace; the template's metadata name and"
            + " namespace are ignored",
        APP + " > driver > template: Spark overwrites container spark-kubernetes-driver's cpu and memory; use cores,"
            + " coreLimit, memory and memoryOverhead"),
        warnings(pi().driver(driver().template(t))));
  }

  @Test
  void theDriverRunsAsItsTemplatesServiceAccountUnlessItHasItsOwn() {
    PodTemplateSpec t = template().editSpec().withServiceAccountName("spark").endSpec().build();
    assertEquals("spark", pi().driver(driver().template(t)).driverServiceAccount());
    assertEquals("spark", pi().driver(driver().serviceAccount("spark").template(t)).driverServiceAccount());
    assertEquals("pi", pi().driver(driver().template(template().build())).driverServiceAccount());
  }

  @Test
  void anExistingServiceAccountSurvivesALaterDriver() {
    // the upstream examples name the account first and size the driver after
    SparkApp app = pi().existingServiceAccount("spark").driver(driver().cores(2));
    assertEquals("spark", app.driverServiceAccount());
    assertEquals(2, app.driver().cores().getAsInt());
    assertEquals("other", pi().existingServiceAccount("spark").driver(driver().serviceAccount("other"))
        .driverServiceAccount());
  }

  @Test
  void aTemplateIsCopiedWhenSet() {
    PodTemplateSpec t = template().build();
    SparkPod pod = driver().template(t);
    t.getSpec().setServiceAccountName("changed-later");
    assertEquals(null, pod.template().orElseThrow().getSpec().getServiceAccountName());
  }
}
