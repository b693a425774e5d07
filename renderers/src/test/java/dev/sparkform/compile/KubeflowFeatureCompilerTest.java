package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sparkform.dsl.Problem;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.model.kubeflow.SparkApplication;
import dev.sparkform.model.kubeflow.SparkApplicationSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kubeflow-only app settings: how the kubeflow target writes them, and that other targets refuse them. */
class KubeflowFeatureCompilerTest {
  private static SparkApp pi() {
    return sparkApp("pi").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar");
  }

  private static SparkApplicationSpec kubeflow(SparkApp app) {
    return StackCompiler.create().target(Target.KUBEFLOW).compile(stack("s").add(app)).stream()
        .filter(o -> o instanceof SparkApplication).map(o -> ((SparkApplication) o).getSpec()).findFirst().orElseThrow();
  }

  @Test
  void batchSchedulerOptionsAreWrittenOnlyWhenSet() {
    SparkApplicationSpec plain = kubeflow(pi().batchScheduler(volcano()));
    assertEquals("volcano", plain.getBatchScheduler());
    assertNull(plain.getBatchSchedulerOptions());
    SparkApplicationSpec queued = kubeflow(pi().batchScheduler(volcano().queue("analytics").priorityClassName("batch")
        .resources(millicores(2500), gib(8))));
    assertEquals("analytics", queued.getBatchSchedulerOptions().getQueue());
    assertEquals("batch", queued.getBatchSchedulerOptions().getPriorityClassName());
    assertEquals(Map.of("cpu", new Quantity("2500m"), "memory", new Quantity("8Gi")),
        queued.getBatchSchedulerOptions().getResources());
  }

  @Test
  void monitoringWritesBothRequiredFlags() {
    SparkApplicationSpec spec = kubeflow(pi().monitoring(monitoring().exposeDriverMetrics(true)
        .prometheus(prometheusExporter("/prometheus/jmx.jar"))));
    assertEquals(true, spec.getMonitoring().getExposeDriverMetrics());
    // the CRD requires both flags, so false is written rather than left out
    assertEquals(false, spec.getMonitoring().getExposeExecutorMetrics());
    assertEquals("/prometheus/jmx.jar", spec.getMonitoring().getPrometheus().getJmxExporterJar());
    assertNull(spec.getMonitoring().getPrometheus().getPort());
  }

  @Test
  void coreRequestKeepsTheUsersText() {
    SparkApplicationSpec spec = kubeflow(pi().driver(driver().coreRequest(cpu("0.5")).coreLimit(millicores(800))));
    assertEquals("0.5", spec.getDriver().getCoreRequest());
    assertEquals("800m", spec.getDriver().getCoreLimit());
  }

  @Test
  void theDriversServiceAccountIsNotRepeatedWhenItsTemplateNamesIt() {
    var template = new PodTemplateSpecBuilder().withNewSpec().withServiceAccountName("spark").endSpec().build();
    SparkApplicationSpec spec = kubeflow(pi().driver(driver().template(template)).existingServiceAccount("spark"));
    assertNull(spec.getDriver().getServiceAccount());
    assertEquals("spark", spec.getDriver().getTemplate().getSpec().getServiceAccountName());
    assertEquals("spark", kubeflow(pi().existingServiceAccount("spark")).getDriver().getServiceAccount());
  }

  @Test
  void podsShareTheAppsVolumesByName() {
    var scratch = emptyDir("scratch", "/tmp/scratch").sizeLimit(gib(1));
    SparkApplicationSpec spec = kubeflow(pi().driver(driver().volumes(scratch))
        .executor(executor().volumes(emptyDir("scratch", "/data").sizeLimit(gib(1)))));
    assertEquals(1, spec.getVolumes().size());
    assertEquals("/tmp/scratch", spec.getDriver().getVolumeMounts().get(0).getMountPath());
    assertEquals("/data", spec.getExecutor().getVolumeMounts().get(0).getMountPath());
    ValidationException e = assertThrows(ValidationException.class, () -> kubeflow(pi()
        .driver(driver().volumes(scratch)).executor(executor().volumes(scratch.sizeLimit(gib(100))))));
    assertEquals(List.of("stack s > spark application pi: driver and executors define volume \"scratch\" differently;"
        + " the kubeflow operator has one list of volumes for both (give them different names)"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void otherTargetsRefuseKubeflowOnlyFieldsNamingEach() {
    // Pod templates are not among them: the Apache target renders them too (ApacheFeaturesCompileTest).
    var template = new PodTemplateSpecBuilder().withNewSpec().endSpec().build();
    SparkApp app = sparkApp("py").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainApplicationFile("local:///pi.py")
        .pythonVersion(3).batchScheduler(yunikorn()).monitoring(monitoring().exposeDriverMetrics(true))
        .driver(driver().template(template)).executor(executor().template(template));
    ValidationException e = assertThrows(ValidationException.class,
        () -> StackCompiler.create().target(Target.APACHE).compile(stack("s").add(app)));
    String at = "stack s > spark application py: ";
    assertEquals(List.of(
        at + "pythonVersion cannot be expressed for target apache: Spark 3 and later run Python 3 only; remove it",
        at + "batchScheduler cannot be expressed for target apache: it is a kubeflow operator feature (set the pods'"
            + " schedulerName instead)",
        at + "monitoring cannot be expressed for target apache: the kubeflow operator attaches the JMX exporter"
            + " (Spark's own Prometheus servlet is set with sparkConf)"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
