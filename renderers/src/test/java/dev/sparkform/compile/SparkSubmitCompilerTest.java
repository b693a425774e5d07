package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkSubmitCompilerTest {
  private static SparkApp app() {
    return sparkApp("job").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("com.example.Job")
        .mainApplicationFile("local:///opt/job.jar");
  }

  private static Stack stack(SparkApp app) {
    return dev.sparkform.dsl.Dsl.stack("s").namespace("jobs").add(app);
  }

  @Test
  void anOperatorOnlySettingIsAnErrorNamingItAndTheTarget() {
    Stack s = stack(app().batchScheduler(volcano()));
    ValidationException e = assertThrows(ValidationException.class,
        () -> StackCompiler.create().target(Target.SPARK_SUBMIT).compile(s));
    assertTrue(e.getMessage().startsWith("1 problem\n  - stack s > spark application job: batchScheduler cannot be"
        + " expressed for target spark-submit"), e.getMessage());
  }

  @Test
  void restartNeverIsWhatSparkSubmitDoes() {
    assertEquals(1, SparkSubmitCompiler.jobs(stack(app().restartPolicy(never()))).size());
  }

  @Test
  void argumentsAreOptionsThenSortedConfThenTheFileAndItsArguments() {
    SparkSubmitCompiler.Job job = SparkSubmitCompiler.jobs(stack(app().arguments("a b", "c")
        .sparkConf("spark.z", "1"))).get(0);
    assertEquals(List.of("--deploy-mode", "cluster", "--name", "job", "--class", "com.example.Job",
        "--conf", "spark.kubernetes.authenticate.driver.serviceAccountName=job",
        "--conf", "spark.kubernetes.container.image=apache/spark:4.0.1",
        // restricted by default: the security contexts are in pod templates
        "--conf", "spark.kubernetes.driver.podTemplateContainerName=spark-kubernetes-driver",
        "--conf", "spark.kubernetes.driver.podTemplateFile=job-driver-pod-template.yaml",
        "--conf", "spark.kubernetes.executor.podTemplateContainerName=spark-kubernetes-executor",
        "--conf", "spark.kubernetes.executor.podTemplateFile=job-executor-pod-template.yaml",
        "--conf", "spark.kubernetes.namespace=jobs", "--conf", "spark.z=1",
        "local:///opt/job.jar", "a b", "c"), job.arguments());
  }

  @Test
  void podTemplatesAreNamedByRelativeFileAndContainer() {
    SparkSubmitCompiler.Job job = SparkSubmitCompiler.jobs(stack(app()
        .driver(driver().priorityClassName("high").securityContext(restricted(185, 185)))
        .executor(executor().securityProfile(UNRESTRICTED)
            .scheduling(scheduling().tolerations(tolerate("a", "b", NO_SCHEDULE)))))).get(0);
    assertEquals("job-driver-pod-template.yaml", job.conf().asMap().get("spark.kubernetes.driver.podTemplateFile"));
    assertEquals("spark-kubernetes-driver", job.conf().asMap().get("spark.kubernetes.driver.podTemplateContainerName"));
    assertEquals("job-executor-pod-template.yaml", job.conf().asMap().get("spark.kubernetes.executor.podTemplateFile"));
    // an unrestricted pod's template with no container names none
    assertTrue(!job.conf().asMap().containsKey("spark.kubernetes.executor.podTemplateContainerName"));
    assertTrue(job.driverTemplate().isPresent() && job.executorTemplate().isPresent());
  }

  @Test
  void sparkConfMayNotContradictWhatThisTargetSets() {
    Stack s = stack(app().sparkConf("spark.kubernetes.namespace", "other")
        .driver(driver().priorityClassName("high"))
        .sparkConf("spark.kubernetes.driver.podTemplateFile", "/mine.yaml"));
    ValidationException e = assertThrows(ValidationException.class, () -> SparkSubmitCompiler.jobs(s));
    assertTrue(e.getMessage().contains("sparkConf spark.kubernetes.namespace=other contradicts namespace (jobs)"),
        e.getMessage());
    assertTrue(e.getMessage().contains("sparkConf spark.kubernetes.driver.podTemplateFile=/mine.yaml contradicts driver"
        + " pod template (job-driver-pod-template.yaml)"), e.getMessage());
  }
}
