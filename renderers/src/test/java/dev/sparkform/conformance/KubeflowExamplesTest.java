package dev.sparkform.conformance;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.dsl.Stack;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every upstream kubeflow spark-operator example, written with the DSL and held to the upstream
 * document by {@link KubeflowConformance}. Coverage is counted honestly: the examples written here
 * plus the documented {@link #UNCOVERED} ones must be exactly the files upstream ships.
 */
class KubeflowExamplesTest {
  private static final String IMAGE = "docker.io/apache/spark:4.0.4";
  private static final String SPARK_VERSION = "4.0.4";
  private static final String EXAMPLES_JAR = "local:///opt/spark/examples/jars/spark-examples.jar";
  private static final String SPARK_PI = "org.apache.spark.examples.SparkPi";
  /** The service account the operator's Helm chart creates for Spark apps. */
  private static final String OPERATOR_SA = "spark-operator-spark";

  /** Examples the DSL cannot yet express, each with the reason. */
  static final Map<String, String> UNCOVERED = Map.of(
      "spark-pi-pod-template.yaml", "its templates' pod-level securityContext sets capabilities and"
          + " allowPrivilegeEscalation, which Kubernetes has only on containers: no typed PodSecurityContext can"
          + " hold them (only fabric8's untyped additionalProperties); everything else is typed, see"
          + " podTemplateExampleDiffersOnlyInContainerFieldsAtPodLevel",
      "sparkconnect/spark-connect.yaml", "its server and executor templates put capabilities and"
          + " allowPrivilegeEscalation in the pod-level securityContext, as spark-pi-pod-template.yaml does (no typed"
          + " PodSecurityContext holds them). sparkConnect(..) renders a SparkConnect of the same meaning but says"
          + " three things its own way: the executors' labels, annotations and pull policy as Spark keys in sparkConf"
          + " (as for apps) rather than in the executor template; the server's Service named after the server"
          + " (server.service.metadata.name, for one client URL sc://NAME.NAMESPACE.svc.cluster.local:15002 on every"
          + " target); the server container sized from its heap plus Spark's overhead (request = limit), where"
          + " upstream writes 1Gi for Spark's default 1g heap");

  /** Each covered example file and the stack that renders it. */
  static final Map<String, Supplier<Stack>> EXAMPLES = examples();

  private static Map<String, Supplier<Stack>> examples() {
    Map<String, Supplier<Stack>> m = new LinkedHashMap<>();
    m.put("spark-pi.yaml", () -> stack(pi("spark-pi").arguments("5000")
        .driver(restrictedDriver().label("version", "4.0.0"))
        .executor(restrictedExecutor(1).label("version", "4.0.0"))));
    m.put("fail-application.yaml", () -> stack(sparkApp("fail-submission").type(SCALA).mode(CLUSTER)
        .image("apache/spark:4.0.4").imagePullPolicy(IF_NOT_PRESENT)
        .mainClass("non-existent").mainApplicationFile("local:///non-existent.jar").sparkVersion(SPARK_VERSION)
        .restartPolicy(onFailure(3, Duration.ofSeconds(1)))
        .driver(driver().label("version", "4.0.0").cores(1).memory(mib(512)))
        .executor(executor().label("version", "4.0.0").instances(1).cores(1).memory(mib(512)))
));
    m.put("fail-submission.yaml", () -> stack(sparkApp("fail-submission").type(SCALA).mode(CLUSTER)
        .image("apache/spark:4.0.4").imagePullPolicy(IF_NOT_PRESENT)
        .mainClass("dummy").mainApplicationFile("local:///dummy.jar").sparkVersion(SPARK_VERSION)
        .restartPolicy(onFailure().submissionRetries(3, Duration.ofSeconds(1)))
        .driver(driver().label("version", "4.0.0").cores(1).memory(mib(512)))
        .executor(executor().label("version", "4.0.0").instances(1).cores(1).memory(mib(512))),
        // a service account that does not exist is what makes the submission fail
        "non-existent"));
    m.put("spark-pi-configmap.yaml", () -> {
      var config = configMapVolume("config-vol", "test-configmap", "/opt/spark/config");
      return stack(pi("spark-pi-configmap").restartPolicy(never())
          .driver(restrictedDriver().volumes(config))
          .executor(restrictedExecutor(1).volumes(config)));
    });
    m.put("spark-pi-dynamic-allocation.yaml", () -> stack(pi("spark-pi-dynamic-allocation")
        .driver(restrictedDriver()).executor(restrictedExecutor(1))
        .dynamicAllocation(dynamicAllocation().initial(2).min(1).max(5))));
    m.put("spark-pi-emptydir.yaml", () -> {
      var scratch = emptyDir("spark-local-dir-1", "/datadir").inMemory().sizeLimit(gib(1));
      return stack(pi("spark-pi").arguments("5000")
          .driver(restrictedDriver().label("version", "4.0.0").volumes(scratch))
          .executor(restrictedExecutor(1).label("version", "4.0.0").volumes(scratch)));
    });
    m.put("spark-pi-scheduled.yaml", () -> stack(pi("spark-pi-scheduled").restartPolicy(never())
        .driver(restrictedDriver()).executor(restrictedExecutor(1))
        .schedule(schedule("@every 3m").concurrency(ALLOW))));
    m.put("spark-pi-ttl.yaml", () -> stack(pi("spark-pi-ttl")
        .driver(restrictedDriver()).executor(restrictedExecutor(1))
        .timeToLive(Duration.ofSeconds(30))));
    m.put("spark-pi-custom-resource.yaml", () -> stack(pi("spark-pi-custom-resource").restartPolicy(never())
        .driver(driver().coreRequest(cpu("0.5")).coreLimit(cpu("800m")).memory(mib(512))
            .securityContext(restricted(185, 185)))
        .executor(executor().instances(1).coreRequest(cpu("1200m")).coreLimit(cpu("1500m")).memory(mib(512))
            .securityContext(restricted(185, 185)))));
    m.put("spark-pi-kube-scheduler.yaml", () -> stack(pi("spark-pi-kube-scheduler")
        .driver(restrictedDriver()).executor(restrictedExecutor(2)).batchScheduler(kubeScheduler())));
    m.put("spark-pi-volcano.yaml", () -> stack(pi("spark-pi-volcano")
        .driver(restrictedDriver()).executor(restrictedExecutor(2)).batchScheduler(volcano())));
    m.put("spark-pi-yunikorn.yaml", () -> stack(pi("spark-pi-yunikorn")
        .driver(restrictedDriver()).executor(restrictedExecutor(2)).batchScheduler(yunikorn().queue("root.default"))));
    m.put("spark-pi-python.yaml", () -> stack(pythonPi("spark-pi-python")));
    m.put("spark-pi-prometheus-servlet.yaml", () -> {
      SparkApp app = pythonPi("spark-pi-python")
          // Spark's own Prometheus servlet, and annotations telling Prometheus where to scrape
          .sparkConf("spark.kubernetes.driver.annotation.prometheus.io/scrape", "true")
          .sparkConf("spark.kubernetes.driver.annotation.prometheus.io/path", "/metrics/executors/prometheus/")
          .sparkConf("spark.kubernetes.driver.annotation.prometheus.io/port", "4040")
          .sparkConf("spark.kubernetes.driver.service.annotation.prometheus.io/scrape", "true")
          .sparkConf("spark.kubernetes.driver.service.annotation.prometheus.io/path", "/metrics/driver/prometheus/")
          .sparkConf("spark.kubernetes.driver.service.annotation.prometheus.io/port", "4040")
          .sparkConf("spark.ui.prometheus.enabled", "true")
          .sparkConf("spark.executor.processTreeMetrics.enabled", "true")
          .sparkConf("spark.metrics.conf.*.sink.prometheusServlet.class",
              "org.apache.spark.metrics.sink.PrometheusServlet")
          .sparkConf("spark.metrics.conf.driver.sink.prometheusServlet.path", "/metrics/driver/prometheus/")
          .sparkConf("spark.metrics.conf.executor.sink.prometheusServlet.path", "/metrics/executors/prometheus/");
      return stack(app);
    });
    m.put("spark-pi-prometheus.yaml", () -> stack(pi("spark-pi").arguments("100000")
        .image("registry.example.com/placeholder-image-repository/docker.io/apache/spark:4.0.4-gcs-prometheus")
        .imagePullPolicy(ALWAYS).restartPolicy(never())
        .driver(restrictedDriver().label("version", "4.0.0"))
        .executor(restrictedExecutor(1).label("version", "4.0.0"))
        .monitoring(monitoring().exposeDriverMetrics(true).exposeExecutorMetrics(true)
            .prometheus(prometheusExporter("/prometheus/jmx_prometheus_javaagent-0.11.0.jar").port(8090)))));
    return m;
  }

  /** spark-pi-pod-template.yaml as far as typed Kubernetes goes (see {@link #UNCOVERED}). */
  private static Stack podTemplate() {
    return stack(pi("spark-pi-pod-template").arguments("10000")
        .driver(driver().cores(1).coreLimit(cores(1)).memory(mib(512)).memoryOverhead(mib(512))
            .template(PodTemplateExample.driver()))
        .executor(executor().instances(1).cores(1).coreLimit(cpu("1500m")).memory(gib(1)).memoryOverhead(mib(512))
            .template(PodTemplateExample.executor())));
  }

  /** The PySpark Pi example. */
  private static SparkApp pythonPi(String name) {
    return sparkApp(name).type(PYTHON).pythonVersion(3).mode(CLUSTER).image(IMAGE).imagePullPolicy(IF_NOT_PRESENT)
        .mainApplicationFile("local:///opt/spark/examples/src/main/python/pi.py").sparkVersion(SPARK_VERSION)
        .driver(restrictedDriver()).executor(restrictedExecutor(1));
  }

  /** The SparkPi app most examples start from. */
  private static SparkApp pi(String name) {
    return sparkApp(name).type(SCALA).mode(CLUSTER).image(IMAGE).imagePullPolicy(IF_NOT_PRESENT)
        .mainClass(SPARK_PI).mainApplicationFile(EXAMPLES_JAR).sparkVersion(SPARK_VERSION);
  }

  private static SparkPod restrictedDriver() {
    return driver().cores(1).memory(mib(512)).securityContext(restricted(185, 185));
  }

  private static SparkPod restrictedExecutor(int instances) {
    return executor().instances(instances).cores(1).memory(mib(512)).securityContext(restricted(185, 185));
  }

  /** The app in namespace default, its driver run as the operator chart's service account. */
  private static Stack stack(SparkApp app) {
    return stack(app, OPERATOR_SA);
  }

  /** The app in namespace default, its driver run as an existing service account (no RBAC derived). */
  private static Stack stack(SparkApp app, String serviceAccount) {
    SparkApp runAs = serviceAccount == null ? app : app.existingServiceAccount(serviceAccount);
    return dev.sparkform.dsl.Dsl.stack("kubeflow-examples").namespace("default").add(AsUpstream.unrestricted(runAs));
  }

  static Stream<String> covered() {
    return EXAMPLES.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("covered")
  void dslRendersTheUpstreamExample(String file) {
    KubeflowConformance.assertConforms(file, EXAMPLES.get(file).get());
  }

  @Test
  void everyUpstreamExampleIsCoveredOrDocumentedAsAGap() {
    Set<String> files = KubeflowConformance.exampleFiles();
    Set<String> accounted = new TreeSet<>(EXAMPLES.keySet());
    accounted.addAll(UNCOVERED.keySet());
    assertEquals(files, accounted, "covered plus UNCOVERED must be exactly the upstream kubeflow examples");
    assertEquals(Set.of(), intersection(EXAMPLES.keySet(), UNCOVERED.keySet()), "covered and uncovered at once");
    // 16 flat files (SparkApplication / ScheduledSparkApplication) and sparkconnect/spark-connect.yaml
    assertEquals(17, files.size(), "upstream kubeflow example files");
  }

  /** The oracle can fail: a different argument, an extra label of ours, a missing namespace each fail it. */
  @Test
  void theComparisonNoticesDifferences() {
    SparkApp spec = pi("spark-pi").arguments("5000").driver(restrictedDriver().label("version", "4.0.0"))
        .executor(restrictedExecutor(1).label("version", "4.0.0"));
    KubeflowConformance.assertConforms("spark-pi.yaml", stack(spec));
    assertThrows(AssertionFailedError.class,
        () -> KubeflowConformance.assertConforms("spark-pi.yaml", stack(spec.arguments("5001"))));
    assertThrows(AssertionFailedError.class,
        () -> KubeflowConformance.assertConforms("spark-pi.yaml", stack(spec.label("team", "data"))));
    assertThrows(AssertionFailedError.class, () -> KubeflowConformance.assertConforms("spark-pi.yaml",
        dev.sparkform.dsl.Dsl.stack("kubeflow-examples").namespace("spark").add(spec.existingServiceAccount(OPERATOR_SA))));
    assertThrows(AssertionFailedError.class,
        () -> KubeflowConformance.assertConforms("spark-pi.yaml", stack(spec.executor(restrictedExecutor(1)))));
  }

  /**
   * Not coverage: shows that the one uncovered example differs from ours exactly in the fields Kubernetes
   * does not have (removed from the upstream tree here, after asserting they are there), so nothing
   * else is missing from the DSL.
   */
  @Test
  void podTemplateExampleDiffersOnlyInContainerFieldsAtPodLevel() {
    String file = "spark-pi-pod-template.yaml";
    Map<String, Object> upstream = KubeflowConformance.upstream(file);
    for (String role : List.of("driver", "executor")) {
      Map<String, Object> podSecurity = path(upstream, "spec", role, "template", "spec", "securityContext");
      assertEquals(List.of("ALL"), path(podSecurity, "capabilities").get("drop"), role);
      assertEquals(false, podSecurity.remove("allowPrivilegeEscalation"), role);
      podSecurity.remove("capabilities");
    }
    KubeflowConformance.assertConforms(KubeflowConformance.FOLDER + "/" + file + " without pod-level container fields",
        upstream, podTemplate());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> path(Map<String, Object> tree, String... keys) {
    Map<String, Object> m = tree;
    for (String k : keys) {
      m = (Map<String, Object>) m.get(k);
    }
    return m;
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> s = new TreeSet<>(a);
    s.retainAll(b);
    return s;
  }
}
