package dev.sparkform.apply;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine knows about kinds without asking the server (fabric8's in-memory server has no
 * discovery, and asking a real one costs requests): the API version to read a group-kind the
 * parent lists, and which kinds are cluster-scoped.
 */
final class Kinds {
  private static final Map<String, String> API_VERSIONS = Map.ofEntries(
      Map.entry("Namespace", "v1"), Map.entry("ResourceQuota", "v1"), Map.entry("LimitRange", "v1"),
      Map.entry("ServiceAccount", "v1"), Map.entry("ConfigMap", "v1"), Map.entry("Secret", "v1"),
      Map.entry("Service", "v1"), Map.entry("Pod", "v1"), Map.entry("PersistentVolumeClaim", "v1"),
      Map.entry("PersistentVolume", "v1"),
      Map.entry("Role.rbac.authorization.k8s.io", "rbac.authorization.k8s.io/v1"),
      Map.entry("RoleBinding.rbac.authorization.k8s.io", "rbac.authorization.k8s.io/v1"),
      Map.entry("ClusterRole.rbac.authorization.k8s.io", "rbac.authorization.k8s.io/v1"),
      Map.entry("ClusterRoleBinding.rbac.authorization.k8s.io", "rbac.authorization.k8s.io/v1"),
      Map.entry("Deployment.apps", "apps/v1"), Map.entry("StatefulSet.apps", "apps/v1"),
      Map.entry("Job.batch", "batch/v1"), Map.entry("CronJob.batch", "batch/v1"),
      Map.entry("HorizontalPodAutoscaler.autoscaling", "autoscaling/v2"),
      Map.entry("PodDisruptionBudget.policy", "policy/v1"),
      Map.entry("NetworkPolicy.networking.k8s.io", "networking.k8s.io/v1"),
      Map.entry("Ingress.networking.k8s.io", "networking.k8s.io/v1"),
      Map.entry("PriorityClass.scheduling.k8s.io", "scheduling.k8s.io/v1"),
      Map.entry("CustomResourceDefinition.apiextensions.k8s.io", "apiextensions.k8s.io/v1"),
      Map.entry("SparkApplication.sparkoperator.k8s.io", "sparkoperator.k8s.io/v1beta2"),
      Map.entry("ScheduledSparkApplication.sparkoperator.k8s.io", "sparkoperator.k8s.io/v1beta2"),
      Map.entry("SparkConnect.sparkoperator.k8s.io", "sparkoperator.k8s.io/v1alpha1"),
      Map.entry("HTTPRoute.gateway.networking.k8s.io", "gateway.networking.k8s.io/v1"),
      Map.entry("SparkApplication.spark.apache.org", "spark.apache.org/v1"),
      Map.entry("SparkCluster.spark.apache.org", "spark.apache.org/v1"));

  private static final Set<String> CLUSTER_SCOPED = Set.of(
      "Namespace", "PersistentVolume", "ClusterRole.rbac.authorization.k8s.io",
      "ClusterRoleBinding.rbac.authorization.k8s.io", "PriorityClass.scheduling.k8s.io",
      "CustomResourceDefinition.apiextensions.k8s.io");

  /** Kubernetes' own API groups: their kind names are unique; other groups' (CRDs') may not be. */
  private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "autoscaling", "policy",
      "rbac.authorization.k8s.io", "networking.k8s.io", "scheduling.k8s.io", "apiextensions.k8s.io",
      "storage.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "node.k8s.io", "certificates.k8s.io",
      "admissionregistration.k8s.io", "events.k8s.io", "flowcontrol.apiserver.k8s.io", "resource.k8s.io",
      "apiregistration.k8s.io", "authentication.k8s.io", "authorization.k8s.io");

  private Kinds() {}

  static boolean builtInGroup(String group) {
    return BUILT_IN_GROUPS.contains(group);
  }

  static Optional<String> apiVersion(String groupKind) {
    return Optional.ofNullable(API_VERSIONS.get(groupKind));
  }

  static boolean clusterScoped(String groupKind) {
    return CLUSTER_SCOPED.contains(groupKind);
  }
}
