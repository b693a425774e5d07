package dev.sparkform.dsl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a stack as a whole: each resource, duplicates per kind and namespace, references. */
final class StackValidator {
  private StackValidator() {}

  static void validate(Stack stack, Problems root) {
    Problems p = root.at("stack " + stack.name());
    Names.dnsLabel(p, "stack name", stack.name());
    Names.dnsLabel(p, "namespace", stack.namespace());
    Names.labels(p, stack.labels());
    reserved(p, stack.labels());

    Map<String, Integer> seen = new HashMap<>();
    List<StackResource> resources = stack.allResources();
    for (int i = 0; i < resources.size(); i++) {
      StackResource r = resources.get(i);
      Problems rp = p.at(r.describe());
      r.validate(rp);
      reserved(rp, r.labels());
      String ns = stack.namespaceOf(r);
      String key = r.kind() + "/" + (ns == null ? "" : ns) + "/" + r.name();
      Integer prev = seen.putIfAbsent(key, i);
      if (prev != null) {
        if (i >= stack.resources().size()) {
          rp.add("%s \"%s\", derived for a Spark app's driver service account, clashes with the one declared at"
              + " resources[%d]; declare the service account too, or give the app another one", Kinds.display(r.kind()),
              r.name(), prev);
        } else {
          rp.add("duplicate %s \"%s\"%s (also declared at resources[%d])", Kinds.display(r.kind()), r.name(),
              ns == null ? "" : " in namespace " + ns, prev);
        }
      }
    }
    EventLogReaders.check(resources, p);
    ResourceIndex index = ResourceIndex.of(stack, resources);
    DriverRbacCheck driverRbac = new DriverRbacCheck(stack, index, resources);
    for (StackResource r : resources) {
      Problems rp = p.at(r.describe());
      if (r instanceof RoleBinding) {
        references(stack, index, (RoleBinding) r, rp);
      } else if (r instanceof ServiceAccount) {
        pullSecrets(stack, index, (ServiceAccount) r, rp);
      } else if (r instanceof SparkApp) {
        driverRbac.check((SparkApp) r, rp);
      }
    }
  }

  private static void reserved(Problems p, Map<String, String> labels) {
    String v = labels.get(Stack.MANAGED_BY_LABEL);
    if (v != null && !v.equals(Stack.MANAGED_BY)) {
      p.add("label %s is reserved: sparkform sets it to \"%s\"", Stack.MANAGED_BY_LABEL, Stack.MANAGED_BY);
    }
  }

  private static void references(Stack stack, ResourceIndex index, RoleBinding b, Problems p) {
    String bindingNs = b.clusterWide() ? stack.namespace() : stack.namespaceOf(b);
    if (b.roleName().isPresent() && !b.roleExisting()) {
      String name = b.roleName().get();
      if ("Role".equals(b.roleKind().orElse(""))) {
        if (index.find("Role", bindingNs, name).isEmpty()) {
          p.add("role \"%s\" is not declared in namespace %s of this stack (declare it, or use existingRole(\"%s\")"
              + " for one that exists in the cluster)", name, bindingNs, name);
        }
      } else if (index.find("ClusterRole", null, name).isEmpty()
          && !RoleBinding.BUILT_IN_CLUSTER_ROLES.contains(name) && !name.startsWith("system:")) {
        p.add("cluster role \"%s\" is not declared in this stack nor built in (declare it, or use"
            + " existingClusterRole(\"%s\"))", name, name);
      }
    }
    List<Subject> subjects = b.subjects();
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      if (s.kind() != Subject.Kind.SERVICE_ACCOUNT || s.existing() || s.name().equals("default")) {
        continue;
      }
      String ns = s.namespace().orElse(bindingNs);
      if (index.find("ServiceAccount", ns, s.name()).isEmpty()) {
        p.at("subject", i).add("service account \"%s\" is not declared in namespace %s of this stack (declare it,"
            + " or use existingServiceAccount(\"%s\", \"%s\"))", s.name(), ns, ns, s.name());
      }
    }
  }

  private static void pullSecrets(Stack stack, ResourceIndex index, ServiceAccount sa, Problems p) {
    List<String> names = sa.imagePullSecrets();
    for (int i = 0; i < names.size(); i++) {
      Optional<StackResource> secret = index.find("Secret", stack.namespaceOf(sa), names.get(i));
      if (secret.isPresent() && secret.get() instanceof Secret) {
        String type = ((Secret) secret.get()).type();
        if (!type.equals("kubernetes.io/dockerconfigjson") && !type.equals("kubernetes.io/dockercfg")) {
          p.at("imagePullSecrets", i).add("secret \"%s\" has type %s; image pull secrets need"
              + " kubernetes.io/dockerconfigjson", names.get(i), type);
        }
      }
    }
  }
}
