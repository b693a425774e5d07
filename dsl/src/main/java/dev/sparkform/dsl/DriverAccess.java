package dev.sparkform.dsl;

import static dev.sparkform.dsl.Verb.CREATE;
import static dev.sparkform.dsl.Verb.DELETE;
import static dev.sparkform.dsl.Verb.DELETECOLLECTION;
import static dev.sparkform.dsl.Verb.GET;
import static dev.sparkform.dsl.Verb.LIST;
import static dev.sparkform.dsl.Verb.PATCH;
import static dev.sparkform.dsl.Verb.UPDATE;
import static dev.sparkform.dsl.Verb.WATCH;

import java.util.Optional;

/**
 * What the driver of one app does through the Kubernetes API, per resource, as read from Spark
 * 4.2.0's {@code resource-managers/kubernetes/core} (classes of
 * {@code org.apache.spark.scheduler.cluster.k8s} unless named otherwise) and checked against the
 * fabric8 7.6.1 calls in the released {@code spark-kubernetes_2.13-4.2.0.jar}. fabric8 turns a
 * {@code delete()} on a name into {@code delete} and on a label selector into one request on the
 * collection ({@code deletecollection}); a {@code scale(n)} reads and replaces the {@code scale}
 * subresource ({@code get}, {@code update}) and then reads the object ({@code get}).
 * The driver never updates whole objects, so it never needs {@code update} on them.
 */
final class DriverAccess {
  static final String ALLOCATOR_KEY = "spark.kubernetes.allocation.pods.allocator";

  private DriverAccess() {}

  static ApiAccess of(SparkApp app) {
    ApiAccess a = new ApiAccess()
        // get: ExecutorPodsAllocator.driverPod (its own pod, owner of the executors);
        //      ExecutorPodsLifecycleManager.removeExecutorFromK8s (re-reads a pod before deleting it)
        // list: ExecutorPodsPollingSnapshotSource.PollRunnable.run (the periodic resync);
        //       KubernetesClusterSchedulerBackend.doKillExecutors (executors still running);
        //       ExecutorPodsAllocator.start: waitUntilReady on the driver pod (a fabric8 informer)
        // watch: ExecutorPodsWatchSnapshotSource.start (executor pod events); that waitUntilReady
        // create: ExecutorPodsAllocator.requestNewExecutors
        // delete: ExecutorPodsLifecycleManager.removeExecutorFromK8s (finished executors);
        //         ExecutorPodsAllocator.requestNewExecutors (a pod whose claim could not be made)
        // deletecollection: ExecutorPodsAllocator.onNewSnapshots (timed-out and excess pending
        //         executors) and .stop; KubernetesClusterSchedulerBackend.doKillExecutors
        .grant("", "pods", GET, LIST, WATCH, CREATE, DELETE, DELETECOLLECTION)
        // deletecollection: KubernetesClusterSchedulerBackend.stop, by the app-id label (the driver
        // service itself is created at submission, by spark-submit or the operator)
        .grant("", "services", DELETECOLLECTION)
        // create: KubernetesClusterSchedulerBackend.setUpExecutorConfigMap; deletecollection: .stop
        .grant("", "configmaps", CREATE, DELETECOLLECTION);
    if (patchesPods(app)) {
      a.grant("", "pods", PATCH);
    }
    if (app.usesOnDemandClaims()) {
      // list: ExecutorPodsAllocator.getReusablePVCs (spark.kubernetes.driver.reusePersistentVolumeClaim);
      // create: ExecutorPodsAllocator.requestNewExecutors;
      // deletecollection: KubernetesClusterSchedulerBackend.stop (spark.kubernetes.driver.ownPersistentVolumeClaim)
      a.grant("", "persistentvolumeclaims", LIST, CREATE, DELETECOLLECTION);
    }
    if (plugin(app, Dsl.EXECUTOR_RESIZE_PLUGIN) && allocator(app).orElse(PodAllocator.DIRECT) == PodAllocator.DIRECT) {
      // ExecutorResizeDriverPlugin.checkAndIncreaseMemory (4.2; it does not start with another
      // allocator): lists the executor pods (granted above), reads each one's usage from the
      // metrics API (top().pods().metrics: get on metrics.k8s.io pods) and raises its memory
      // through the resize subresource (a strategic-merge patch of pods/resize)
      a.grant("metrics.k8s.io", "pods", GET).grant("", "pods/resize", PATCH);
    }
    if (plugin(app, Dsl.PVC_RESIZE_PLUGIN) && !pvcResizeDisabled(app)) {
      // ExecutorPVCResizeDriverPlugin.checkAndResizePVCs / tryResize (4.2): lists the executor pods
      // (granted above), reads each claim they mount and grows it with a strategic-merge patch
      a.grant("", "persistentvolumeclaims", GET, PATCH);
    }
    PodAllocator allocator = allocator(app).orElse(PodAllocator.DIRECT);
    if (allocator == PodAllocator.STATEFULSET) {
      // create and scale: StatefulSetPodsAllocator.setTargetExecutorsReplicaset; delete: .stop
      a.grant("apps", "statefulsets", GET, CREATE, DELETE).grant("apps", "statefulsets/scale", GET, UPDATE);
    } else if (allocator == PodAllocator.DEPLOYMENT) {
      // create and scale: DeploymentPodsAllocator.setTargetExecutorsDeployment; delete: .stop
      a.grant("apps", "deployments", GET, CREATE, DELETE).grant("apps", "deployments/scale", GET, UPDATE);
    }
    return a;
  }

  /**
   * Strategic-merge patches of executor pods, each only in some setups:
   * KubernetesClusterSchedulerBackend.KubernetesDriverEndpoint.generateExecID labels the pods of the
   * statefulset and deployment allocators with the ID their executor asks for (EXECID), and
   * .annotateExecutorDeletionCost annotates them for the deployment allocator;
   * ExecutorPodsLifecycleManager.removeExecutorFromK8s labels a finished pod inactive instead of
   * deleting it when {@code spark.kubernetes.executor.deleteOnTermination=false};
   * KubernetesClusterSchedulerBackend.labelDecommissioningExecs labels pods being decommissioned
   * when {@code spark.kubernetes.executor.decommissionLabel} is set.
   */
  private static boolean patchesPods(SparkApp app) {
    return allocator(app).orElse(PodAllocator.DIRECT) != PodAllocator.DIRECT
        || "false".equalsIgnoreCase(app.sparkConf().getOrDefault("spark.kubernetes.executor.deleteOnTermination", "true").trim())
        || app.sparkConf().containsKey("spark.kubernetes.executor.decommissionLabel");
  }

  /** Whether the app loads a Spark plugin: a typed one, or one listed in sparkConf's {@code spark.plugins}. */
  static boolean plugin(SparkApp app, String className) {
    if (app.plugins().contains(className)) {
      return true;
    }
    for (String listed : app.sparkConf().getOrDefault("spark.plugins", "").split(",")) {
      if (listed.trim().equals(className)) {
        return true;
      }
    }
    return false;
  }

  /** {@code spark.kubernetes.executor.pvc.resizeInterval} 0 (minutes) turns the PVC resize plugin off. */
  private static boolean pvcResizeDisabled(SparkApp app) {
    return app.sparkConf().getOrDefault("spark.kubernetes.executor.pvc.resizeInterval", "5").trim()
        .matches("0+(\\.0*)?\\s*[a-z]*");
  }

  /** The executor allocator: the typed one, else one named in sparkConf (Spark's default is direct). */
  static Optional<PodAllocator> allocator(SparkApp app) {
    Optional<PodAllocator> typed = app.executorPod().allocator();
    if (typed.isPresent()) {
      return typed;
    }
    String named = app.sparkConf().getOrDefault(ALLOCATOR_KEY, "").trim();
    for (PodAllocator a : PodAllocator.values()) {
      if (a.value().equals(named)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
