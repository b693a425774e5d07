package dev.sparkform.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Grants a Role or ClusterRole to subjects, in a namespace (RoleBinding) or cluster-wide
 * (ClusterRoleBinding). References into the stack are checked by {@link Stack#validate()}:
 * {@code role(..)} and {@code serviceAccount(..)} must be declared in it; {@code existingRole(..)},
 * {@code existingServiceAccount(..)} and the built-in ClusterRoles point outside it.
 */
@Value.Immutable
public abstract class RoleBinding implements StackResource {
  /** ClusterRoles every cluster has (user-facing roles and the {@code system:} ones). */
  static final Set<String> BUILT_IN_CLUSTER_ROLES = Set.of("cluster-admin", "admin", "edit", "view");

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  /** True for a ClusterRoleBinding. */
  public abstract boolean clusterWide();

  /** {@code Role} or {@code ClusterRole}; empty until {@link #role} or {@link #clusterRole} is called. */
  public abstract Optional<String> roleKind();

  public abstract Optional<String> roleName();

  /** True when the referenced role is not declared in this stack. */
  @Value.Default
  public boolean roleExisting() {
    return false;
  }

  public abstract List<Subject> subjects();

  @Override
  public String kind() {
    return clusterWide() ? "ClusterRoleBinding" : "RoleBinding";
  }

  @Override
  public boolean namespaced() {
    return !clusterWide();
  }

  public RoleBinding namespace(String namespace) {
    return ImmutableRoleBinding.builder().from(this).namespace(namespace).build();
  }

  public RoleBinding label(String key, String value) {
    return ImmutableRoleBinding.builder().from(this).putLabels(key, value).build();
  }

  public RoleBinding annotation(String key, String value) {
    return ImmutableRoleBinding.builder().from(this).putAnnotations(key, value).build();
  }

  /** Binds a Role declared in this stack, in the binding's namespace. */
  public RoleBinding role(String name) {
    return roleRef("Role", name, false);
  }

  /** Binds a Role that exists in the cluster but not in this stack. */
  public RoleBinding existingRole(String name) {
    return roleRef("Role", name, true);
  }

  /** Binds a ClusterRole declared in this stack, or a built-in one ({@code edit}, {@code view}, ...). */
  public RoleBinding clusterRole(String name) {
    return roleRef("ClusterRole", name, false);
  }

  /** Binds a ClusterRole that exists in the cluster but not in this stack. */
  public RoleBinding existingClusterRole(String name) {
    return roleRef("ClusterRole", name, true);
  }

  private RoleBinding roleRef(String kind, String name, boolean existing) {
    return ImmutableRoleBinding.builder().from(this).roleKind(kind).roleName(name).roleExisting(existing).build();
  }

  /** A service account declared in this stack, in the binding's namespace. */
  public RoleBinding serviceAccount(String name) {
    return subject(Subject.of(Subject.Kind.SERVICE_ACCOUNT, name, null, false));
  }

  /** A service account declared in this stack, in another namespace. */
  public RoleBinding serviceAccount(String namespace, String name) {
    return subject(Subject.of(Subject.Kind.SERVICE_ACCOUNT, name, namespace, false));
  }

  /** A service account that exists in the cluster but not in this stack. */
  public RoleBinding existingServiceAccount(String namespace, String name) {
    return subject(Subject.of(Subject.Kind.SERVICE_ACCOUNT, name, namespace, true));
  }

  public RoleBinding user(String name) {
    return subject(Subject.of(Subject.Kind.USER, name, null, true));
  }

  public RoleBinding group(String name) {
    return subject(Subject.of(Subject.Kind.GROUP, name, null, true));
  }

  public RoleBinding subject(Subject subject) {
    return ImmutableRoleBinding.builder().from(this).addSubjects(subject).build();
  }

  static RoleBinding named(String name, boolean clusterWide) {
    return ImmutableRoleBinding.builder().name(name).clusterWide(clusterWide).build();
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.PATH_SEGMENT);
    if (roleName().isEmpty()) {
      p.add("binds no role (call role(..) or clusterRole(..))");
    } else {
      Names.pathSegment(p, "role name", roleName().get());
      if (clusterWide() && "Role".equals(roleKind().orElse(""))) {
        p.add("a ClusterRoleBinding can only bind a ClusterRole, not Role \"%s\"", roleName().get());
      }
    }
    if (subjects().isEmpty()) {
      p.add("has no subjects");
    }
    for (int i = 0; i < subjects().size(); i++) {
      subjects().get(i).validate(p.at("subject", i));
    }
  }
}
