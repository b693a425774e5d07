package dev.sparkform.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fields the API server refuses to change (422 "field is immutable"): a change to one needs the
 * object deleted and re-created. Paths per group-kind, from the Kubernetes API's validation.
 */
final class ImmutableFields {
  private static final Map<String, List<String>> PATHS = Map.of(
      "RoleBinding.rbac.authorization.k8s.io", List.of("roleRef"),
      "ClusterRoleBinding.rbac.authorization.k8s.io", List.of("roleRef"),
      "Job.batch", List.of("spec.template", "spec.selector"),
      "Deployment.apps", List.of("spec.selector"),
      "StatefulSet.apps", List.of("spec.selector", "spec.volumeClaimTemplates", "spec.serviceName",
          "spec.podManagementPolicy"),
      "Service", List.of("spec.clusterIP"));

  private ImmutableFields() {}

  /** The immutable fields whose value differs between {@code before} (live, projected) and {@code after}. */
  static List<String> changed(ObjectRef ref, Map<String, Object> before, Map<String, Object> after,
      Map<String, Object> live) {
    List<String> out = new ArrayList<>();
    for (String path : PATHS.getOrDefault(ref.groupKind(), List.of())) {
      Object was = Plain.at(before, path);
      if (was != null && !Objects.equals(was, Plain.at(after, path))) {
        out.add(path);
      }
    }
    // A ConfigMap or Secret marked immutable: true keeps its data for life.
    if ((ref.groupKind().equals("ConfigMap") || ref.groupKind().equals("Secret"))
        && Boolean.TRUE.equals(live.get("immutable"))) {
      for (String path : List.of("data", "binaryData", "stringData", "immutable")) {
        if (!Objects.equals(Plain.at(before, path), Plain.at(after, path))) {
          out.add(path + " (the object is immutable: true)");
        }
      }
    }
    return out;
  }
}
