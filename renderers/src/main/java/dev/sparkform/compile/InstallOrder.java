package dev.sparkform.compile;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Comparator;
import java.util.List;

/**
 * The order objects are installed in: what others depend on first (a CustomResourceDefinition
 * before its custom resources, a PriorityClass before the pods that name it; both come into a
 * stack through {@code include(..)}). Kinds not listed (workloads, custom resources, other
 * included objects) come after all listed ones, in the order given. Deletion uses the reverse.
 */
public final class InstallOrder {
  static final List<String> KINDS = List.of(
      "Namespace", "CustomResourceDefinition", "PriorityClass", "ResourceQuota", "LimitRange", "ServiceAccount", "ClusterRole", "Role",
      "ClusterRoleBinding", "RoleBinding", "ConfigMap", "Secret");

  private InstallOrder() {}

  /** Rank of a kind; unlisted kinds share the last rank. */
  public static int rank(String kind) {
    int i = KINDS.indexOf(kind);
    return i < 0 ? KINDS.size() : i;
  }

  /** Orders by rank; a stable sort keeps declaration order within a rank. */
  public static Comparator<HasMetadata> comparator() {
    return BY_RANK;
  }

  private static final Comparator<HasMetadata> BY_RANK = new Comparator<>() {
    @Override
    public int compare(HasMetadata a, HasMetadata b) {
      return Integer.compare(rank(a.getKind()), rank(b.getKind()));
    }
  };
}
