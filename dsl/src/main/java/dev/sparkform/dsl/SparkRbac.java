package dev.sparkform.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ServiceAccount, Role and RoleBinding that Spark apps get when they bring none: exactly what
 * a driver does through the API — create, watch and delete its executor pods, its services and
 * config maps, and persistent volume claims only when executors use on-demand claims. Apps sharing
 * a service account share one Role. Never a ClusterRole, never a wildcard.
 */
final class SparkRbac {
  static final String[] VERBS = {"get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"};

  private SparkRbac() {}

  static List<StackResource> derive(Stack stack) {
    Map<String, Boolean> needsClaims = new LinkedHashMap<>();
    Map<String, String[]> keyToNsAndName = new LinkedHashMap<>();
    for (StackResource r : stack.resources()) {
      if (!(r instanceof SparkApp)) {
        continue;
      }
      SparkApp app = (SparkApp) r;
      String ns = stack.namespaceOf(app);
      String sa = app.driverServiceAccount();
      if (app.existingServiceAccount() || declared(stack, ns, sa)) {
        continue;
      }
      String key = ns + "/" + sa;
      keyToNsAndName.putIfAbsent(key, new String[] {ns, sa});
      needsClaims.merge(key, app.usesOnDemandClaims(), Boolean::logicalOr);
    }
    List<StackResource> out = new ArrayList<>();
    keyToNsAndName.forEach((key, nsName) -> {
      String ns = nsName[0];
      String name = nsName[1];
      List<String> resources = new ArrayList<>(List.of("pods", "services", "configmaps"));
      if (needsClaims.get(key)) {
        resources.add("persistentvolumeclaims");
      }
      out.add(ServiceAccount.named(name).namespace(ns));
      out.add(Role.named(name, false).namespace(ns)
          .annotation("sparkform.dev/derived-from", "spark driver service account " + name)
          .rules(PolicyRule.empty().apiGroups("").resources(resources.toArray(new String[0])).verbs(VERBS)));
      out.add(RoleBinding.named(name, false).namespace(ns).role(name).serviceAccount(name));
    });
    return out;
  }

  private static boolean declared(Stack stack, String ns, String serviceAccount) {
    return stack.resources().stream().anyMatch(r -> r instanceof ServiceAccount && r.name().equals(serviceAccount)
        && ns.equals(stack.namespaceOf(r)));
  }
}
