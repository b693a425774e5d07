package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpecBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Apache operator's options, pod templates and cluster StatefulSet parts: every bad-input rule. */
class ApacheOperatorFeaturesTest {
  private static final String APP = "stack analytics > spark application pi";
  private static final String C = "stack analytics > spark cluster shared";

  private static List<String> problems(StackResource r) {
    return analytics(r).problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static SparkApp pi() {
    return SparkAppTest.pi();
  }

  private static SparkCluster shared() {
    return sparkCluster("shared").sparkVersion("4.0.1").image("apache/spark:4.0.1").workerInstances(1, 1, 3);
  }

  // ---- apacheOptions

  @Test
  void validOptionsHaveNoProblems() {
    assertEquals(List.of(), problems(pi().apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE)
        .retainFor(Duration.ofMinutes(30)).initExecutors(2).executors(1, 3).driverStartTimeout(Duration.ofMinutes(5))
        .driverReadyTimeout(Duration.ofMinutes(5)).executorStartTimeout(Duration.ofMinutes(5))
        .forceTerminationGracePeriod(Duration.ofSeconds(30)).terminationRequeuePeriod(Duration.ofSeconds(2)))));
  }

  @Test
  void executorBounds() {
    assertEquals(List.of(APP + " > apacheOptions: minExecutors -1 is negative"),
        problems(pi().apacheOptions(apacheOptions().executors(-1, 3))));
    assertEquals(List.of(APP + " > apacheOptions: minExecutors 4 exceeds maxExecutors 3",
        APP + " > apacheOptions: initExecutors 5 is outside 4..3"),
        problems(pi().apacheOptions(apacheOptions().executors(4, 3).initExecutors(5))));
    assertEquals(List.of(APP + " > apacheOptions: initExecutors 0 is outside 1..3"),
        problems(pi().apacheOptions(apacheOptions().executors(1, 3).initExecutors(0))));
  }

  @Test
  void durationsAreWholeNonNegativeMilliseconds() {
    assertEquals(List.of(
        APP + " > apacheOptions: driverStartTimeout PT-1S must be a non-negative whole number of milliseconds",
        APP + " > apacheOptions: executorStartTimeout PT0.0000001S must be a non-negative whole number of milliseconds"),
        problems(pi().apacheOptions(apacheOptions().driverStartTimeout(Duration.ofSeconds(-1))
            .executorStartTimeout(Duration.ofNanos(100)))));
  }

  @Test
  void aRetainDurationNeedsAPolicyThatRetains() {
    String msg = APP + " > apacheOptions: resourceRetainDuration is set but nothing is retained"
        + " (retain(ALWAYS) or retain(ON_FAILURE))";
    assertEquals(List.of(msg), problems(pi().apacheOptions(apacheOptions().retainFor(Duration.ofMinutes(1)))));
    assertEquals(List.of(msg), problems(pi().apacheOptions(apacheOptions().retain(RETAIN_NEVER)
        .retainFor(Duration.ofMinutes(1)))));
    assertEquals(List.of(), problems(pi().apacheOptions(apacheOptions().retain(RETAIN_ALWAYS)
        .retainFor(Duration.ofMinutes(1)))));
  }

  @Test
  void aRestartCounterResetNeedsARestartingPolicy() {
    String msg = APP + " > apacheOptions: restartCounterReset needs a restart policy that restarts"
        + " (restartPolicy(always()) or onFailure(..))";
    ApacheOptions reset = apacheOptions().restartCounterReset(Duration.ofHours(1));
    assertEquals(List.of(msg), problems(pi().apacheOptions(reset)));
    assertEquals(List.of(msg), problems(pi().restartPolicy(never()).apacheOptions(reset)));
    assertEquals(List.of(), problems(pi().restartPolicy(onFailure(3, Duration.ofSeconds(10))).apacheOptions(reset)));
  }

  @Test
  void pluginsAreClassNamesListedOnce() {
    assertEquals(List.of(), problems(pi().plugins("org.apache.spark.sql.connect.SparkConnectPlugin")));
    assertEquals(List.of(APP + ": plugin \"org.example.My Plugin\" is not a class name",
        APP + ": plugin org.example.A is listed twice"),
        problems(pi().plugins("org.example.My Plugin", "org.example.A").plugins("org.example.A")));
  }

  @Test
  void theEventLogIsWrittenToRemoteStorage() {
    assertEquals(List.of(), problems(pi().eventLog("s3a://spark-events/")));
    assertEquals(List.of(APP + " > eventLog: directory \"/tmp/events\" has no scheme: use a file system URI such as"
        + " s3a://bucket/spark-events/"), problems(pi().eventLog("/tmp/events")));
    assertEquals(List.of(APP + " > eventLog: directory \"local:///tmp/events\": local:// names files in the image,"
        + " not a place to write; use s3a://, gs://, hdfs:// or abfss://"), problems(pi().eventLog("local:///tmp/events")));
    SparkApp onDisk = pi().eventLog("file:///tmp/events");
    assertEquals(List.of(), problems(onDisk));
    assertEquals(List.of(APP + " > eventLog: directory \"file:///tmp/events\" is on the driver pod's disk and goes with"
        + " the pod; a history server will not see it"),
        analytics(onDisk).warnings().stream().map(Problem::toString).collect(Collectors.toList()));
  }

  @Test
  void onlyExecutorsHaveAnAllocator() {
    assertEquals(List.of(), problems(pi().executor(executor().allocator(STATEFULSET))));
    assertEquals(List.of(APP + " > driver: allocator is for executors; the driver pod is created by the operator"),
        problems(pi().driver(driver().allocator(DEPLOYMENT))));
  }

  // ---- pod templates

  @Test
  void whatSparkSetsInTheTemplateIsAWarning() {
    SparkApp app = pi().driver(driver().template(new PodTemplateSpecBuilder().withNewSpec().withRestartPolicy("Always")
        .addNewContainer().withName("spark-kubernetes-driver").withImage("other").endContainer()
        .addNewContainer().withName("sidecar").withImage("busybox").endContainer()
        .endSpec().build()));
    assertEquals(List.of(), problems(app));
    assertEquals(List.of(
        APP + " > driver > template: Spark sets the pod's restartPolicy (Never); the template's Always is ignored",
        APP + " > driver > template: Spark sets container spark-kubernetes-driver's image; use image(..)"),
        analytics(app).warnings().stream().map(Problem::toString).collect(Collectors.toList()));
  }

  @Test
  void aTemplateFieldSetTypedTooIsAProblem() {
    assertEquals(List.of(
        APP + " > executor > template: priorityClassName is set both in the template and by"
            + " priorityClassName(..); set it in one place",
        APP + " > executor > template: securityContext is set both in the template and by"
            + " podSecurityContext(..); set it in one place"),
        problems(pi().executor(executor().priorityClassName("high").podSecurityContext(securityContext().fsGroup(185))
            .template(new PodTemplateSpecBuilder().withNewSpec().withPriorityClassName("low")
                .withNewSecurityContext().withRunAsUser(0L).endSecurityContext().endSpec().build()))));
  }

  // ---- cluster StatefulSet parts and autoscaling

  @Test
  void clusterNodeParts() {
    assertEquals(List.of(), problems(shared().master(clusterNode().statefulSetAnnotation("team", "data")
        .serviceAnnotation("team", "data").podSecurityContext(securityContext().runAsUser(0)))));
    assertEquals(List.of(
        C + " > master > statefulSetAnnotations: annotation key \"bad key\"" + Fixtures.BAD_NAME_PART,
        C + " > master > statefulSetSpec: replicas, selector and serviceName are set by the operator; leave them out",
        C + " > master > statefulSetSpec: priorityClassName is set both in the template and by priorityClassName(..);"
            + " set it in one place"),
        problems(shared().master(clusterNode().statefulSetAnnotation("bad key", "x").priorityClassName("high")
            .statefulSetSpec(new StatefulSetSpecBuilder().withReplicas(2).withNewTemplate().withNewSpec()
                .withPriorityClassName("low").endSpec().endTemplate().build()))));
  }

  @Test
  void workerAutoscalingNeedsRoomAndLeavesBoundsToTheOperator() {
    var cpu = new HorizontalPodAutoscalerSpecBuilder().addNewMetric().withType("Resource").endMetric().build();
    assertEquals(List.of(), problems(shared().workerAutoscaling(cpu)));
    assertEquals(List.of(C + ": workerAutoscaling needs room to scale: workerInstances(init, min, max) with min below max"),
        problems(shared().workerInstances(2, 2, 2).workerAutoscaling(cpu)));
    assertEquals(List.of(C + ": workerAutoscaling: minReplicas, maxReplicas and scaleTargetRef are set by the"
        + " operator (from workerInstances and the workers' StatefulSet); leave them out"),
        problems(shared().workerAutoscaling(new HorizontalPodAutoscalerSpecBuilder().withMaxReplicas(5).build())));
  }
}
