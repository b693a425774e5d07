package dev.sparkform.dsl;

import static dev.sparkform.dsl.Verb.CREATE;
import static dev.sparkform.dsl.Verb.DELETE;
import static dev.sparkform.dsl.Verb.GET;
import static dev.sparkform.dsl.Verb.PATCH;
import static dev.sparkform.dsl.Verb.WATCH;

/**
 * What {@code spark-submit} in cluster mode does through the API, for apps whose submission runs in
 * the cluster under the driver's service account: with a schedule or a time to live the
 * spark-submit target renders a CronJob or Job whose pod runs {@code spark-submit} with that
 * account. (An operator submits with its own account; so does a person running the script.)
 * Read from Spark 4.2.0's {@code org.apache.spark.deploy.k8s.submit.Client.run} and checked against
 * the fabric8 7.6.1 calls in {@code spark-kubernetes_2.13-4.2.0.jar}: it creates the driver pod,
 * server-side applies the driver's other objects ({@code forceConflicts().serverSideApply()}: a
 * {@code patch}, which the API server also authorizes as {@code create} when the object is new),
 * deletes them again if that fails, and watches the driver pod until the app ends.
 */
final class SubmitterAccess {
  private SubmitterAccess() {}

  /** Whether spark-submit's submission of the app runs in the cluster with the driver's service account. */
  static boolean submitsInCluster(SparkApp app) {
    return app.schedule().isPresent() || app.timeToLive().isPresent();
  }

  static ApiAccess of(SparkApp app) {
    ApiAccess a = new ApiAccess()
        // create, delete (when the other objects fail): Client.run; watch: Client.run's
        // LoggingPodStatusWatcher; get: Client.run and K8sSubmitOp.getPod (spark-submit --status)
        .grant("", "pods", GET, WATCH, CREATE, DELETE)
        // DriverServiceFeatureStep's service, applied (patch, create) and deleted by Client.run
        .grant("", "services", CREATE, PATCH, DELETE)
        // Client.run's driver conf map, PodTemplateConfigMapStep's executor template and
        // HadoopConfDriverFeatureStep's Hadoop conf: applied and deleted by Client.run
        .grant("", "configmaps", CREATE, PATCH, DELETE)
        // NetworkPolicyFeatureStep (new in 4.2, always): only the app's pods may reach its executors
        .grant("networking.k8s.io", "networkpolicies", CREATE, PATCH, DELETE);
    if (Volume.anyOnDemandClaim(app.driver().volumes())) {
      // MountVolumesFeatureStep: the driver's own on-demand claims are made at submission
      a.grant("", "persistentvolumeclaims", CREATE, PATCH, DELETE);
    }
    return a;
  }
}
