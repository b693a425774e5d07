package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness transitions, driven by writing status in the test as a controller would. Time is a
 * fake clock advanced by each "sleep", so nothing here depends on the wall clock.
 */
class WaitTest {
  final SandboxCluster cluster = new SandboxCluster();
  final AtomicLong now = new AtomicLong();
  final AtomicInteger sleeps = new AtomicInteger();
  final List<String> progress = new ArrayList<>();

  @AfterEach
  void close() {
    cluster.close();
  }

  static Deployment deployment() {
    return new DeploymentBuilder().withNewMetadata().withName("history-server").withNamespace("jobs").endMetadata()
        .withNewSpec().withReplicas(2).withNewSelector().addToMatchLabels("app", "hs").endSelector()
        .withNewTemplate().withNewMetadata().addToLabels("app", "hs").endMetadata()
        .withNewSpec().addNewContainer().withName("hs").withImage("apache/spark:4.0.0").endContainer().endSpec()
        .endTemplate().endSpec().build();
  }

  /** Objects in namespace jobs, which exists already (created by someone else). */
  ApplyReport applyObjects(HasMetadata... objects) {
    if (cluster.client().namespaces().withName("jobs").get() == null) {
      cluster.createForeign(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("jobs")
          .endMetadata().build());
    }
    return ReportAssert.ok(cluster.engine.apply(cluster.engine.plan("svc", "jobs", List.of(objects), PlanOptions.defaults())));
  }

  /** A waiter whose n-th sleep (1-based) runs {@code controller}, and whose clock moves 1 s per sleep. */
  List<Waiter.Result> await(ApplyReport report, Duration timeout, IntConsumer controller) {
    Waiter w = cluster.engine.waiter(Duration.ofSeconds(1), now::get, d -> {
      now.addAndGet(d.toNanos());
      controller.accept(sleeps.incrementAndGet());
    });
    return w.await(Engine.applied(report), Engine.deleted(report), timeout, progress::add);
  }

  void deploymentStatus(long observedGeneration, int updated, int available) {
    cluster.client().apps().deployments().inNamespace("jobs").withName("history-server").editStatus(d -> {
      d.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder().withObservedGeneration(observedGeneration)
          .withReplicas(updated).withUpdatedReplicas(updated).withAvailableReplicas(available).build());
      return d;
    });
  }

  @Test
  void aDeploymentBecomesReadyWhenTheControllerCatchesUp() {
    ApplyReport report = applyObjects(deployment());
    long generation = cluster.client().apps().deployments().inNamespace("jobs").withName("history-server").get()
        .getMetadata().getGeneration();
    List<Waiter.Result> results = await(report, Duration.ofSeconds(60), n -> {
      if (n == 1) {
        deploymentStatus(generation, 1, 0);
      } else if (n == 2) {
        deploymentStatus(generation, 2, 2);
      }
    });
    assertEquals(Readiness.State.Phase.READY, results.get(0).state().phase());
    assertEquals(List.of(
        "Deployment jobs/history-server: waiting: the controller has not yet observed generation " + generation + " (0.0s)",
        "Deployment jobs/history-server: waiting: 1 of 2 replicas updated (1.0s)",
        "Deployment jobs/history-server: ready (2.0s)"), progress);
  }

  @Test
  void progressDeadlineExceededFailsFastAndOthersStillFinish() {
    ApplyReport report = applyObjects(deployment(), new JobBuilder().withNewMetadata().withName("etl").withNamespace("jobs")
        .endMetadata().withNewSpec().withNewTemplate().withNewSpec().withRestartPolicy("Never").addNewContainer()
        .withName("etl").withImage("apache/spark:4.0.0").endContainer().endSpec().endTemplate().endSpec().build());
    List<Waiter.Result> results = await(report, Duration.ofSeconds(60), n -> {
      if (n == 1) {
        cluster.client().apps().deployments().inNamespace("jobs").withName("history-server").editStatus(d -> {
          d.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder().withObservedGeneration(99L)
              .withConditions(new DeploymentConditionBuilder().withType("Progressing").withStatus("False")
                  .withReason("ProgressDeadlineExceeded").withMessage("ReplicaSet \"hs-1\" has timed out progressing.").build())
              .build());
          return d;
        });
      } else if (n == 3) {
        cluster.client().batch().v1().jobs().inNamespace("jobs").withName("etl").editStatus(j -> {
          j.setStatus(new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder().withConditions(
              new JobConditionBuilder().withType("Complete").withStatus("True").build()).build());
          return j;
        });
      }
    });
    assertEquals(Readiness.State.Phase.FAILED, results.get(0).state().phase());
    assertEquals("ProgressDeadlineExceeded: ReplicaSet \"hs-1\" has timed out progressing.", results.get(0).state().reason());
    assertEquals(Duration.ofSeconds(1), results.get(0).elapsed(), "failed at the first look after the condition appeared");
    assertEquals(Readiness.State.Phase.READY, results.get(1).state().phase());
    assertEquals(Duration.ofSeconds(3), results.get(1).elapsed());
  }

  @Test
  void aTimeoutNamesTheBlockingObjectAndItsLastReason() {
    ApplyReport report = applyObjects(deployment());
    List<Waiter.Result> results = await(report, Duration.ofSeconds(5), n -> { });
    Readiness.State s = results.get(0).state();
    assertEquals(Readiness.State.Phase.FAILED, s.phase());
    assertEquals("timed out after 5.0s waiting; last: the controller has not yet observed generation 1", s.reason());
    assertEquals("Deployment jobs/history-server: timed out after 5.0s (last: the controller has not yet observed generation 1)",
        progress.get(progress.size() - 1));
    assertEquals(5, sleeps.get());
  }

  @Test
  void kindsWithoutProgressAreReadyOnceTheyExist() {
    ApplyReport report = ReportAssert.ok(cluster.apply(ApplyTest.SPARK_PI_PLATFORM));
    List<Waiter.Result> results = await(report, Duration.ofSeconds(5), n -> { });
    assertEquals(6, results.size());
    results.forEach(r -> assertEquals(Readiness.State.Phase.READY, r.state().phase(), r.ref().toString()));
    assertEquals(0, sleeps.get());
  }

  @Test
  void destroyWaitsUntilDeletedObjectsAreGone() {
    ReportAssert.ok(cluster.apply(ApplyTest.SPARK_PI));
    // A finalizer keeps the namespace, as a real cluster's namespace controller does while it empties it.
    cluster.client().namespaces().withName("spark-jobs").edit(n -> {
      n.getMetadata().getFinalizers().add("example.com/cleanup");
      return n;
    });
    ApplyReport destroyed = ReportAssert.ok(cluster.engine.apply(cluster.engine.planDestroy(ApplyTest.SPARK_PI)));
    List<Waiter.Result> results = await(destroyed, Duration.ofSeconds(60), n -> {
      if (n == 2) {
        cluster.client().namespaces().withName("spark-jobs").edit(ns -> {
          ns.getMetadata().getFinalizers().clear();
          return ns;
        });
        cluster.client().namespaces().withName("spark-jobs").delete();
      }
    });
    results.forEach(r -> assertEquals(Readiness.State.Phase.READY, r.state().phase(), r.ref().toString()));
    assertEquals(List.of(
        "SparkApplication.sparkoperator.k8s.io spark-jobs/spark-pi: gone (0.0s)",
        "RoleBinding spark-jobs/spark-driver: gone (0.0s)",
        "Role spark-jobs/spark-driver: gone (0.0s)",
        "ServiceAccount spark-jobs/spark: gone (0.0s)",
        "LimitRange spark-jobs/spark-bounds: gone (0.0s)",
        "ResourceQuota spark-jobs/spark-compute: gone (0.0s)",
        "Namespace spark-jobs: waiting: still being deleted, finalizers [example.com/cleanup] (0.0s)",
        "Namespace spark-jobs: gone (2.0s)"), progress);
  }

  @Test
  void sparkApplicationStates() {
    assertEquals(Readiness.State.waiting("application state RUNNING"), Readiness.of(sparkApp("RUNNING")));
    assertEquals(Readiness.State.ready(), Readiness.of(sparkApp("COMPLETED")));
    assertEquals(Readiness.State.failed("application SUBMISSION_FAILED"), Readiness.of(sparkApp("SUBMISSION_FAILED")));
    assertEquals(Readiness.State.waiting("application state (not yet submitted)"), Readiness.of(sparkApp(null)));
  }

  @Test
  void podWaitingReasonsAreSurfaced() {
    Map<String, Object> pod = Plain.parseJson("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\",\"namespace\":\"n\"},"
        + "\"status\":{\"phase\":\"Pending\",\"containerStatuses\":[{\"name\":\"c\",\"state\":{\"waiting\":"
        + "{\"reason\":\"ImagePullBackOff\",\"message\":\"Back-off pulling image\"}}}]}}");
    assertEquals(Readiness.State.waiting("ImagePullBackOff: Back-off pulling image"), Readiness.of(pod));
  }

  static Map<String, Object> sparkApp(String state) {
    return Plain.parseJson("{\"apiVersion\":\"sparkoperator.k8s.io/v1beta2\",\"kind\":\"SparkApplication\","
        + "\"metadata\":{\"name\":\"pi\",\"namespace\":\"jobs\"}"
        + (state == null ? "" : ",\"status\":{\"applicationState\":{\"state\":\"" + state + "\"}}") + "}");
  }
}
