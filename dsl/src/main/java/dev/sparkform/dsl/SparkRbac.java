package dev.sparkform.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ServiceAccount, Role and RoleBinding that Spark apps (and Spark Connect servers, whose executors
 * their pod starts) get when they bring none: per resource,
 * exactly the verbs Spark 4.2's driver uses ({@link DriverAccess}: persistent volume claims only
 * with on-demand claims, StatefulSets or Deployments only with that executor allocator, what the
 * executor and PVC resize plugins do only with them), plus what {@code spark-submit} uses when it
 * runs in the cluster with the same account ({@link SubmitterAccess}; never when an operator
 * submits, see {@link Submission}). Apps sharing a service account share one Role: the union of their
 * needs. Never a ClusterRole, never a wildcard.
 */
final class SparkRbac {
  private SparkRbac() {}

  static List<StackResource> derive(Stack stack, Submission submission) {
    Map<String, ApiAccess> access = new LinkedHashMap<>();
    Map<String, String[]> keyToNsAndName = new LinkedHashMap<>();
    List<StackResource> accounts = new ArrayList<>();
    for (StackResource r : stack.resources()) {
      if (r instanceof ServiceAccount) {
        accounts.add(r);
      }
    }
    ResourceIndex declared = ResourceIndex.of(stack, accounts);
    for (StackResource r : stack.resources()) {
      Optional<SparkApp> runs = SparkApp.of(r);
      if (runs.isEmpty()) {
        continue;
      }
      SparkApp app = runs.get();
      String ns = stack.namespaceOf(app);
      String sa = app.driverServiceAccount();
      if (app.existingServiceAccount() || declared.find("ServiceAccount", ns, sa).isPresent()) {
        continue;
      }
      String key = ns + "/" + sa;
      keyToNsAndName.putIfAbsent(key, new String[] {ns, sa});
      if (!access.containsKey(key)) {
        access.put(key, new ApiAccess());
      }
      ApiAccess needs = access.get(key).addAll(DriverAccess.of(app));
      if (submission == Submission.SPARK_SUBMIT && SubmitterAccess.submitsInCluster(app)) {
        needs.addAll(SubmitterAccess.of(app));
      }
    }
    List<StackResource> out = new ArrayList<>();
    for (Map.Entry<String, String[]> e : keyToNsAndName.entrySet()) {
      String ns = e.getValue()[0];
      String name = e.getValue()[1];
      out.add(ServiceAccount.named(name).namespace(ns));
      out.add(Role.named(name, false).namespace(ns)
          .annotation("sparkform.dev/derived-from", "spark driver service account " + name)
          .rules(access.get(e.getKey()).rules().toArray(new PolicyRule[0])));
      out.add(RoleBinding.named(name, false).namespace(ns).role(name).serviceAccount(name));
    }
    return out;
  }
}
