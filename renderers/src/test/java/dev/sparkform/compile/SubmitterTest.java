package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubmitterTest {
  private static SparkApp app() {
    return sparkApp("job").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("com.example.Job")
        .mainApplicationFile("local:///opt/job.jar").imagePullSecrets("regcred");
  }

  private static List<HasMetadata> compile(SparkApp app) {
    return StackCompiler.create().target(Target.SPARK_SUBMIT).compile(stack("s").namespace("jobs").add(app));
  }

  private static <T> T only(List<HasMetadata> objects, Class<T> kind) {
    List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toList());
    assertEquals(1, found.size(), kind.getSimpleName() + " in " + objects);
    return found.get(0);
  }

  @Test
  void anAppThatRunsOnceNeedsNoSubmitterInTheCluster() {
    List<HasMetadata> objects = compile(app().restartPolicy(onFailure(2, Duration.ofSeconds(30))));
    assertEquals(List.of("ServiceAccount", "Role", "RoleBinding"),
        objects.stream().map(HasMetadata::getKind).collect(Collectors.toList()), "the retries are the script's");
  }

  @Test
  void timeToLiveIsAJobDeletedThatLongAfterItFinishes() {
    List<HasMetadata> objects = compile(app().timeToLive(Duration.ofHours(2)));
    Job job = only(objects, Job.class);
    assertEquals("job", job.getMetadata().getName());
    assertEquals("jobs", job.getMetadata().getNamespace());
    JobSpec spec = job.getSpec();
    assertEquals(7200, spec.getTtlSecondsAfterFinished());
    assertEquals(0, spec.getBackoffLimit(), "a failed Job is a failed run: no retries of the submitter");
    PodSpec pod = spec.getTemplate().getSpec();
    assertEquals("Never", pod.getRestartPolicy());
    assertEquals("job", pod.getServiceAccountName(), "the app's service account: its Role may create the driver");
    assertEquals(true, pod.getAutomountServiceAccountToken());
    assertEquals("regcred", pod.getImagePullSecrets().get(0).getName());
    Container c = pod.getContainers().get(0);
    assertEquals("apache/spark:4.0.1", c.getImage());
    assertEquals("https://kubernetes.default.svc", c.getEnv().get(0).getValue());
    assertEquals("metadata.name", c.getEnv().get(1).getValueFrom().getFieldRef().getFieldPath());
    assertEquals("metadata.uid", c.getEnv().get(2).getValueFrom().getFieldRef().getFieldPath());
    assertEquals("1Gi", c.getResources().getLimits().get("memory").toString());
    assertEquals("1", c.getResources().getLimits().get("cpu").toString());
    assertEquals("250m", c.getResources().getRequests().get("cpu").toString());
    assertTrue(c.getCommand().get(2).endsWith("exec /bin/sh ./job.sh\n"), c.getCommand().toString());
    ConfigMap files = only(objects, ConfigMap.class);
    assertEquals("job-submit", files.getMetadata().getName());
    assertEquals(List.of("job.sh", "job-driver-pod-template.yaml", "job-executor-pod-template.yaml"),
        List.copyOf(files.getData().keySet()));
    String template = files.getData().get("job-driver-pod-template.yaml");
    assertTrue(template.contains("ownerReferences:\n  - apiVersion: v1\n    kind: Pod\n"
        + "    name: \"@SPARKFORM_OWNER_NAME@\"\n    uid: \"@SPARKFORM_OWNER_UID@\"\n"), template);
    String script = files.getData().get("job.sh");
    assertTrue(script.contains("'spark.kubernetes.driver.podTemplateFile=job-driver-pod-template.yaml'"), script);
    assertTrue(script.contains("master=\"k8s://${SPARK_K8S_MASTER}\""), script);
  }

  @Test
  void aScheduleIsACronJobWithTheSamePolicies() {
    CronJob cron = only(compile(app().timeToLive(Duration.ofMinutes(5)).schedule(schedule("0 2 * * *")
        .timeZone("Europe/Berlin").concurrency(REPLACE).history(2, 4).suspended(true))), CronJob.class);
    assertEquals("job", cron.getMetadata().getName());
    assertEquals("0 2 * * *", cron.getSpec().getSchedule());
    assertEquals("Europe/Berlin", cron.getSpec().getTimeZone());
    assertEquals("Replace", cron.getSpec().getConcurrencyPolicy());
    assertEquals(2, cron.getSpec().getSuccessfulJobsHistoryLimit());
    assertEquals(4, cron.getSpec().getFailedJobsHistoryLimit());
    assertEquals(true, cron.getSpec().getSuspend());
    assertEquals(300, cron.getSpec().getJobTemplate().getSpec().getTtlSecondsAfterFinished());
  }

  @Test
  void aBareScheduleLeavesKubernetesDefaults() {
    CronJob cron = only(compile(app().schedule(schedule("@daily"))), CronJob.class);
    assertNull(cron.getSpec().getTimeZone());
    assertNull(cron.getSpec().getConcurrencyPolicy());
    assertNull(cron.getSpec().getSuspend());
    assertNull(cron.getSpec().getJobTemplate().getSpec().getTtlSecondsAfterFinished());
  }

  @Test
  void lifecycleSettingsWithoutAFaithfulMeaningAreErrorsNamingThem() {
    String longName = "a-very-long-spark-application-name-for-a-cron-job-xyz";
    ValidationException e = assertThrows(ValidationException.class, () -> StackCompiler.create()
        .target(Target.SPARK_SUBMIT).compile(stack("s").namespace("jobs").add(
            app().schedule(schedule("0 2 * * *")).sparkConf("spark.kubernetes.submission.waitAppCompletion", "false")
                .sparkConf("spark.kubernetes.driver.pod.name", "fixed"),
            sparkApp(longName).sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("com.example.Job")
                .mainApplicationFile("local:///opt/job.jar").schedule(schedule("@hourly")))));
    String m = e.getMessage();
    assertTrue(m.startsWith("3 problems"), m);
    assertTrue(m.contains("stack s > spark application job: sparkConf spark.kubernetes.submission.waitAppCompletion=false"
        + " contradicts schedule: spark-submit must wait for the app to know how it ended"), m);
    assertTrue(m.contains("stack s > spark application job: sparkConf spark.kubernetes.driver.pod.name contradicts"
        + " schedule: each run needs a driver pod of its own"), m);
    assertTrue(m.contains("stack s > spark application " + longName + ": name " + longName + " is 53 characters long;"
        + " for target spark-submit its CronJob takes the name, at most 52"), m);
  }

  @Test
  void clientModeCannotBeWatched() {
    ValidationException e = assertThrows(ValidationException.class, () -> compile(app()
        .client(clientDriver("driver.jobs.svc"))
        .restartPolicy(onFailure(1, Duration.ofSeconds(5)))));
    assertTrue(e.getMessage().contains("restartPolicy OnFailure cannot be expressed for target spark-submit in client"
        + " mode: the script watches a driver pod, which only cluster mode creates"), e.getMessage());
  }
}
