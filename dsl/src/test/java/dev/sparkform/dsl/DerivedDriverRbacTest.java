package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The derived driver Role grants, per resource, only the verbs Spark 4.2's driver uses
 * ({@link DriverAccess} cites where), and more only where the app needs them.
 */
class DerivedDriverRbacTest {
  private static final String PODS = "pods: get, list, watch, create, delete, deletecollection";
  private static final String SERVICES = "services: deletecollection";
  private static final String CONFIGMAPS = "configmaps: create, deletecollection";

  static SparkApp pi() {
    return SparkAppTest.pi();
  }

  /** The Role derived for {@code account} when an operator submits, one line per rule: {@code group/resource: verbs}. */
  private static List<String> rules(Stack stack, String account) {
    return rules(stack, account, Submission.OPERATOR);
  }

  private static List<String> rules(Stack stack, String account, Submission submission) {
    Role role = stack.allResources(submission).stream().filter(r -> r instanceof Role && r.name().equals(account))
        .map(r -> (Role) r).findFirst().orElseThrow();
    return role.rules().stream().map(r -> {
      assertEquals(1, r.apiGroups().size(), "one API group per rule");
      assertEquals(1, r.resources().size(), "one resource per rule");
      String group = r.apiGroups().get(0);
      return (group.isEmpty() ? "" : group + "/") + r.resources().get(0) + ": " + String.join(", ", r.verbs());
    }).collect(Collectors.toList());
  }

  @Test
  void aPlainAppGetsOnlyWhatTheDriverDoes() {
    // GIVEN an app with the default (direct) allocator and no on-demand claims
    Stack stack = analytics(pi());

    // WHEN its RBAC is derived
    List<String> rules = rules(stack, "pi");

    // THEN executor pods are created, watched, polled and deleted, the executors' config map made
    // and removed, services only removed at stop; nothing updates or patches anything
    assertEquals(List.of(PODS, SERVICES, CONFIGMAPS), rules);
    assertEquals(List.of(), stack.problems());
  }

  @Test
  void onDemandClaimsAddPersistentVolumeClaimsAndNothingElse() {
    // GIVEN an app whose executors each get a claim made on demand
    Stack stack = analytics(pi().executor(executor().volumes(claimOnDemand("scratch", "/scratch").size(gib(100)))));

    // WHEN its RBAC is derived
    List<String> rules = rules(stack, "pi");

    // THEN the driver may list claims to reuse them, create them, and delete its own at stop
    assertEquals(List.of(PODS, SERVICES, CONFIGMAPS, "persistentvolumeclaims: list, create, deletecollection"), rules);
  }

  @Test
  void theDeploymentAllocatorAddsDeploymentsAndPodPatches() {
    // GIVEN an app whose executors come from a Deployment the driver owns
    Stack stack = analytics(pi().executor(executor().allocator(DEPLOYMENT)));

    // WHEN its RBAC is derived
    List<String> rules = rules(stack, "pi");

    // THEN it creates, scales (the scale subresource) and deletes that Deployment, and patches
    // executor pods (their executor ID label, the deletion-cost annotation)
    assertEquals(List.of(
        "pods: get, list, watch, create, patch, delete, deletecollection", SERVICES, CONFIGMAPS,
        "apps/deployments: get, create, delete", "apps/deployments/scale: get, update"), rules);
  }

  @Test
  void theStatefulSetAllocatorNamedInSparkConfAddsStatefulSets() {
    // GIVEN an app choosing the statefulset allocator through sparkConf, not the typed field
    Stack stack = analytics(pi().sparkConf("spark.kubernetes.allocation.pods.allocator", "statefulset"));

    // WHEN its RBAC is derived
    List<String> rules = rules(stack, "pi");

    // THEN StatefulSets take the place of Deployments
    assertEquals(List.of(
        "pods: get, list, watch, create, patch, delete, deletecollection", SERVICES, CONFIGMAPS,
        "apps/statefulsets: get, create, delete", "apps/statefulsets/scale: get, update"), rules);
  }

  @Test
  void keepingFinishedExecutorPodsNeedsPodPatches() {
    // GIVEN apps that keep finished executor pods, or label decommissioning ones
    Stack keep = analytics(pi().sparkConf("spark.kubernetes.executor.deleteOnTermination", "false"));
    Stack label = analytics(pi().sparkConf("spark.kubernetes.executor.decommissionLabel", "draining"));

    // WHEN their RBAC is derived
    // THEN the driver may patch pods (the inactive label, the decommission label), nothing more
    String patching = "pods: get, list, watch, create, patch, delete, deletecollection";
    assertEquals(List.of(patching, SERVICES, CONFIGMAPS), rules(keep, "pi"));
    assertEquals(List.of(patching, SERVICES, CONFIGMAPS), rules(label, "pi"));
  }

  @Test
  void appsSharingAnAccountShareTheUnionOfTheirNeeds() {
    // GIVEN two apps with one service account: one plain, one with on-demand claims and the
    // deployment allocator
    Stack stack = analytics(
        pi().driver(driver().serviceAccount("spark")),
        sparkApp("etl").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainApplicationFile("local:///etl.py")
            .driver(driver().serviceAccount("spark"))
            .executor(executor().allocator(DEPLOYMENT).volumes(claimOnDemand("scratch", "/scratch").size(gib(100)))));

    // WHEN their RBAC is derived
    List<String> rules = rules(stack, "spark");

    // THEN one Role holds both apps' verbs, each resource once
    assertEquals(List.of(
        "pods: get, list, watch, create, patch, delete, deletecollection", SERVICES, CONFIGMAPS,
        "persistentvolumeclaims: list, create, deletecollection",
        "apps/deployments: get, create, delete", "apps/deployments/scale: get, update"), rules);
    assertEquals(1, stack.allResources().stream().filter(r -> r instanceof Role).count());
  }

  @Test
  void anAppSubmittedInTheClusterAlsoGetsWhatSparkSubmitDoes() {
    // GIVEN a scheduled app: for the spark-submit target a CronJob runs spark-submit with the
    // driver's service account, which then creates the driver pod and applies its other objects
    Stack stack = analytics(pi().schedule(schedule("0 2 * * *")));

    // WHEN its RBAC is derived for spark-submit
    List<String> rules = rules(stack, "pi", Submission.SPARK_SUBMIT);

    // THEN the submission's verbs are added: the driver pod, its service, config maps and
    // NetworkPolicy (server-side applied: patch, and create for new objects; deleted on failure)
    assertEquals(List.of(
        PODS, "services: create, patch, delete, deletecollection",
        "configmaps: create, patch, delete, deletecollection",
        "networking.k8s.io/networkpolicies: create, patch, delete"), rules);
  }

  @Test
  void anOperatorSubmitsWithItsOwnAccount() {
    // GIVEN apps with a schedule and a time to live, which an operator submits
    Stack stack = analytics(pi().schedule(schedule("0 2 * * *")));
    Stack ttl = analytics(pi().timeToLive(java.time.Duration.ofHours(1)));

    // WHEN their RBAC is derived for an operator
    // THEN the driver's Role has only what the driver does: the operator's account submits
    assertEquals(List.of(PODS, SERVICES, CONFIGMAPS), rules(stack, "pi", Submission.OPERATOR));
    assertEquals(List.of(PODS, SERVICES, CONFIGMAPS), rules(ttl, "pi"));
    // and an app spark-submit runs from outside the cluster (no schedule, no time to live) too
    assertEquals(List.of(PODS, SERVICES, CONFIGMAPS), rules(analytics(pi()), "pi", Submission.SPARK_SUBMIT));
  }

  @Test
  void theExecutorResizePluginReadsMetricsAndResizesPods() {
    // GIVEN an app with Spark 4.2's executor resize plugin, typed or in sparkConf
    Stack typed = analytics(pi().plugins(EXECUTOR_RESIZE_PLUGIN));
    Stack conf = analytics(pi().sparkConf("spark.plugins", "com.acme.Other, " + EXECUTOR_RESIZE_PLUGIN));

    // WHEN its RBAC is derived
    // THEN the driver may read pod metrics and patch the resize subresource, nothing more
    List<String> expected = List.of(PODS, SERVICES, CONFIGMAPS, "metrics.k8s.io/pods: get", "pods/resize: patch");
    assertEquals(expected, rules(typed, "pi"));
    assertEquals(expected, rules(conf, "pi"));
  }

  @Test
  void theExecutorResizePluginGetsNothingWithAnotherAllocator() {
    // GIVEN the resize plugin with the deployment allocator: Spark 4.2's plugin does not start
    Stack stack = analytics(pi().plugins(EXECUTOR_RESIZE_PLUGIN).executor(executor().allocator(DEPLOYMENT)));

    // THEN its verbs are not granted (lint reports the combination: spark/resize-allocator)
    assertEquals(List.of(
        "pods: get, list, watch, create, patch, delete, deletecollection", SERVICES, CONFIGMAPS,
        "apps/deployments: get, create, delete", "apps/deployments/scale: get, update"), rules(stack, "pi"));
  }

  @Test
  void thePvcResizePluginReadsAndPatchesClaims() {
    // GIVEN on-demand claims grown by Spark 4.2's PVC resize plugin
    Stack stack = analytics(pi().plugins(PVC_RESIZE_PLUGIN)
        .executor(executor().volumes(claimOnDemand("spark-local-dir-1", "/data").size(gib(1)))));
    // and the plugin turned off by a zero interval
    Stack off = analytics(pi().plugins(PVC_RESIZE_PLUGIN)
        .sparkConf("spark.kubernetes.executor.pvc.resizeInterval", "0min")
        .executor(executor().volumes(claimOnDemand("spark-local-dir-1", "/data").size(gib(1)))));

    // THEN the driver may also get and patch claims; with the plugin off, only what claims need
    assertEquals(List.of(PODS, SERVICES, CONFIGMAPS, "persistentvolumeclaims: get, list, create, patch, deletecollection"),
        rules(stack, "pi"));
    assertEquals(List.of(PODS, SERVICES, CONFIGMAPS, "persistentvolumeclaims: list, create, deletecollection"),
        rules(off, "pi"));
  }
}
