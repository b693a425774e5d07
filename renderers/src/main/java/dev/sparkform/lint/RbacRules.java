package dev.sparkform.lint;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The RBAC rules, on the Roles, ClusterRoles and bindings the stack renders. */
final class RbacRules {
  private static final Set<String> ESCALATING = Set.of("escalate", "bind", "impersonate");
  private static final Set<String> READS = Set.of("get", "list", "watch", "*");
  private static final Set<String> POWERFUL = Set.of("cluster-admin", "admin", "edit");
  /**
   * Cluster-scoped resources of the built-in API groups (a rule on one needs a ClusterRole), by
   * group; {@code kubectl api-resources --namespaced=false} on Kubernetes 1.37.
   */
  private static final Map<String, Set<String>> CLUSTER_SCOPED = Map.ofEntries(
      Map.entry("", Set.of("componentstatuses", "namespaces", "nodes", "persistentvolumes")),
      Map.entry("admissionregistration.k8s.io", Set.of("mutatingwebhookconfigurations",
          "validatingwebhookconfigurations", "validatingadmissionpolicies", "validatingadmissionpolicybindings",
          "mutatingadmissionpolicies", "mutatingadmissionpolicybindings")),
      Map.entry("apiextensions.k8s.io", Set.of("customresourcedefinitions")),
      Map.entry("apiregistration.k8s.io", Set.of("apiservices")),
      Map.entry("authentication.k8s.io", Set.of("selfsubjectreviews", "tokenreviews")),
      Map.entry("authorization.k8s.io", Set.of("selfsubjectaccessreviews", "selfsubjectrulesreviews",
          "subjectaccessreviews")),
      Map.entry("certificates.k8s.io", Set.of("certificatesigningrequests", "clustertrustbundles")),
      Map.entry("flowcontrol.apiserver.k8s.io", Set.of("flowschemas", "prioritylevelconfigurations")),
      Map.entry("networking.k8s.io", Set.of("ingressclasses", "ipaddresses", "servicecidrs")),
      Map.entry("node.k8s.io", Set.of("runtimeclasses")),
      Map.entry("rbac.authorization.k8s.io", Set.of("clusterrolebindings", "clusterroles")),
      Map.entry("resource.k8s.io", Set.of("deviceclasses", "resourceslices")),
      Map.entry("scheduling.k8s.io", Set.of("priorityclasses")),
      Map.entry("storage.k8s.io", Set.of("csidrivers", "csinodes", "storageclasses", "volumeattachments",
          "volumeattributesclasses")));

  /** Groups whose every resource not listed above is namespaced; a rule on another group may be cluster-wide. */
  private static final Set<String> NAMESPACED_GROUPS = Set.of("apps", "batch", "autoscaling", "policy",
      "coordination.k8s.io", "discovery.k8s.io", "events.k8s.io", "metrics.k8s.io", "sparkoperator.k8s.io",
      "spark.apache.org");

  private RbacRules() {}

  static List<Finding> check(List<HasMetadata> objects) {
    List<Finding> out = new ArrayList<>();
    for (HasMetadata o : objects) {
      if (o instanceof Role r) {
        rules(Lint.describe(o), r.getRules(), out);
      } else if (o instanceof ClusterRole r) {
        rules(Lint.describe(o), r.getRules(), out);
        clusterRoleSuffices(r, objects, out);
      } else if (o instanceof RoleBinding b) {
        binding(Lint.describe(o), b.getRoleRef(), out);
      } else if (o instanceof ClusterRoleBinding b) {
        binding(Lint.describe(o), b.getRoleRef(), out);
      }
    }
    return out;
  }

  private static void rules(String object, List<PolicyRule> rules, List<Finding> out) {
    for (int i = 0; i < (rules == null ? 0 : rules.size()); i++) {
      PolicyRule r = rules.get(i);
      String path = object + " rules[" + i + "]";
      List<String> wild = new ArrayList<>();
      if (list(r.getVerbs()).contains("*")) {
        wild.add("verbs");
      }
      if (list(r.getResources()).stream().anyMatch(s -> s.equals("*") || s.startsWith("*/"))) {
        wild.add("resources");
      }
      if (list(r.getApiGroups()).contains("*")) {
        wild.add("apiGroups");
      }
      if (!wild.isEmpty()) {
        out.add(Finding.of(Rule.RBAC_WILDCARD, path, "\"*\" in " + String.join(", ", wild)
            + ": grants every present and future one"));
      }
      List<String> escalating = list(r.getVerbs()).stream().filter(ESCALATING::contains).collect(Collectors.toList());
      if (!escalating.isEmpty()) {
        out.add(Finding.of(Rule.RBAC_ESCALATION_VERB, path, "grants " + String.join(", ", escalating)
            + " on " + String.join(", ", list(r.getResources()))));
      }
      boolean coreGroup = list(r.getApiGroups()).contains("") || list(r.getApiGroups()).contains("*");
      boolean secrets = list(r.getResources()).contains("secrets") || list(r.getResources()).contains("*");
      List<String> reads = list(r.getVerbs()).stream().filter(READS::contains).collect(Collectors.toList());
      if (coreGroup && secrets && !reads.isEmpty()) {
        boolean named = !list(r.getResourceNames()).isEmpty();
        String what = named ? "the Secrets " + String.join(", ", r.getResourceNames())
            : (object.startsWith("ClusterRole ") ? "every Secret of the namespaces it is bound in (all of them"
                + " through a ClusterRoleBinding)" : "every Secret of its namespace");
        out.add(new Finding(Rule.RBAC_SECRETS_READ, named ? Severity.WARNING : Severity.ERROR, path,
            "may " + String.join(", ", reads) + " " + what, Rule.RBAC_SECRETS_READ.fix()));
      }
    }
  }

  private static void binding(String object, RoleRef ref, List<Finding> out) {
    if (ref != null && "ClusterRole".equals(ref.getKind()) && POWERFUL.contains(ref.getName())) {
      out.add(Finding.of(Rule.RBAC_POWERFUL_BINDING, object + " roleRef", "binds the built-in ClusterRole "
          + ref.getName() + (ref.getName().equals("cluster-admin") ? ": full control" : ": broad write access")));
    }
  }

  /**
   * A ClusterRole whose rules are all on namespaced resources, bound by ClusterRoleBindings whose
   * subjects are all service accounts of one namespace (and by nothing else that needs it cluster-wide):
   * a Role and RoleBinding in that namespace grant the same to them.
   */
  private static void clusterRoleSuffices(ClusterRole role, List<HasMetadata> objects, List<Finding> out) {
    String name = role.getMetadata().getName();
    if (role.getAggregationRule() != null || list(role.getRules()).stream().anyMatch(RbacRules::needsCluster)) {
      return;
    }
    List<ClusterRoleBinding> bindings = objects.stream().filter(o -> o instanceof ClusterRoleBinding)
        .map(o -> (ClusterRoleBinding) o).filter(b -> b.getRoleRef() != null
            && "ClusterRole".equals(b.getRoleRef().getKind()) && name.equals(b.getRoleRef().getName()))
        .collect(Collectors.toList());
    if (bindings.isEmpty()) {
      return;
    }
    List<Subject> subjects = bindings.stream().flatMap(b -> list(b.getSubjects()).stream()).collect(Collectors.toList());
    Set<String> namespaces = subjects.stream().map(s -> "ServiceAccount".equals(s.getKind()) ? s.getNamespace() : null)
        .collect(Collectors.toSet());
    if (subjects.isEmpty() || namespaces.size() != 1 || namespaces.contains(null)) {
      return;
    }
    String ns = namespaces.iterator().next();
    out.add(Finding.of(Rule.RBAC_CLUSTER_ROLE_SUFFICES, Lint.describe(role), "grants only namespaced resources, and "
        + bindings.stream().map(Lint::describe).collect(Collectors.joining(", ")) + " bind"
        + (bindings.size() == 1 ? "s" : "") + " it only to service accounts of namespace " + ns
        + ": it grants them these resources in every namespace"));
  }

  /**
   * Whether a rule names something only a ClusterRole can grant: a cluster-scoped resource, a URL,
   * any via "*", or a resource of a group we cannot tell the scope of (a custom resource may be either).
   */
  private static boolean needsCluster(PolicyRule r) {
    if (!list(r.getNonResourceURLs()).isEmpty()) {
      return true;
    }
    for (String group : list(r.getApiGroups())) {
      for (String resource : list(r.getResources())) {
        String base = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
        boolean known = CLUSTER_SCOPED.containsKey(group) || NAMESPACED_GROUPS.contains(group);
        if (!known || base.equals("*") || CLUSTER_SCOPED.getOrDefault(group, Set.of()).contains(base)) {
          return true;
        }
      }
    }
    return false;
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
