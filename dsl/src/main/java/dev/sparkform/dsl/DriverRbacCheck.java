package dev.sparkform.dsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Spark app whose driver runs as a service account declared in the stack gets no derived RBAC, so
 * the stack must grant that account what the driver does ({@link DriverAccess}); otherwise the
 * driver fails with 403 "pods is forbidden" at run time. No binding at all, or bound roles lacking
 * what the driver needs to start ({@link #STARTS}), is a problem; lacking only what it does later
 * (clean-up, patches) is a warning. Roles declared in the stack are checked rule by rule; a binding
 * to a role outside the stack (or a built-in one) is trusted, as its rules cannot be seen.
 * Built once per validation: the bindings are indexed by subject.
 */
final class DriverRbacCheck {
  /** Without these the driver cannot start: it reads its own pod, watches and creates executors, and their ConfigMap. */
  private static final ApiAccess STARTS = new ApiAccess()
      .grant("", "pods", Verb.GET, Verb.LIST, Verb.WATCH, Verb.CREATE).grant("", "configmaps", Verb.CREATE);

  private final Stack stack;
  private final ResourceIndex index;
  private final Set<String> declaredAccounts = new HashSet<>();
  private final Map<String, List<RoleBinding>> bindings = new HashMap<>();

  DriverRbacCheck(Stack stack, ResourceIndex index, List<StackResource> resources) {
    this.stack = stack;
    this.index = index;
    for (StackResource r : stack.resources()) {
      if (r instanceof ServiceAccount) {
        declaredAccounts.add(stack.namespaceOf(r) + "/" + r.name());
      }
    }
    for (StackResource r : resources) {
      if (r instanceof RoleBinding b) {
        String bindingNs = b.clusterWide() ? stack.namespace() : stack.namespaceOf(b);
        for (Subject s : b.subjects()) {
          String ns = s.namespace().orElse(bindingNs);
          // a RoleBinding grants only in its own namespace
          if (s.kind() == Subject.Kind.SERVICE_ACCOUNT && (b.clusterWide() || ns.equals(bindingNs))) {
            String account = ns + "/" + s.name();
            if (!bindings.containsKey(account)) {
              bindings.put(account, new ArrayList<>());
            }
            bindings.get(account).add(b);
          }
        }
      }
    }
  }

  void check(SparkApp app, Problems p) {
    String key = stack.namespaceOf(app) + "/" + app.driverServiceAccount();
    if (app.existingServiceAccount() || !declaredAccounts.contains(key)) {
      return; // outside the stack, or derived with exactly what the driver needs
    }
    List<PolicyRule> rules = new ArrayList<>();
    List<RoleBinding> bound = bindings.getOrDefault(key, List.of());
    for (RoleBinding b : bound) {
      boolean namespaced = "Role".equals(b.roleKind().orElse(""));
      Optional<StackResource> role = b.roleExisting() || b.roleName().isEmpty() ? Optional.empty()
          : index.find(namespaced ? "Role" : "ClusterRole", namespaced ? stack.namespaceOf(b) : null, b.roleName().get());
      if (role.isEmpty()) {
        return; // a role outside the stack: its rules are unknown
      }
      rules.addAll(((Role) role.get()).rules());
    }
    // What the driver does; not what an in-cluster spark-submit does, which depends on the target.
    ApiAccess needs = DriverAccess.of(app);
    String sa = app.driverServiceAccount();
    if (bound.isEmpty()) {
      p.add("the driver's service account \"%s\" is declared in this stack but no role binding grants it anything:"
          + " the driver will get 403 (pods is forbidden) when it starts. Bind it to a role with %s, or leave the"
          + " service account out of the stack to get that RBAC derived", sa, String.join("; ", needs.missingFrom(List.of())));
      return;
    }
    List<String> missing = needs.missingFrom(rules);
    if (!STARTS.missingFrom(rules).isEmpty()) {
      p.add("the roles bound to the driver's service account \"%s\" lack what the driver does; it will get 403"
          + " (forbidden) when it starts: %s", sa, String.join("; ", missing));
    } else if (!missing.isEmpty()) {
      p.warn("the roles bound to the driver's service account \"%s\" lack what the driver does later (403 then): %s",
          sa, String.join("; ", missing));
    }
  }
}
