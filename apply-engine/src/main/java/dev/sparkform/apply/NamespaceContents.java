package dev.sparkform.apply;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deleting a Namespace deletes everything in it. Before a plan deletes one, this lists what lives
 * there that the stack does not own (unlabelled objects, other stacks' members), through discovery:
 * every namespaced kind the server serves, not a fixed table. Such a Namespace is not pruned unless
 * allowed ({@code --allow-namespace-delete}); destroy keeps it and says so. Left out: what the
 * cluster itself puts in every namespace (the {@code default} ServiceAccount, the
 * {@code kube-root-ca.crt} ConfigMap, events, endpoints) and objects with an owner (they go with it).
 */
final class NamespaceContents {
  private static final Set<String> SKIPPED_RESOURCES = Set.of("events", "endpoints", "endpointslices", "leases");
  private static final int SHOWN = 10;

  private NamespaceContents() {}

  static Plan check(Plan plan, Cluster cluster, PlanOptions options) {
    List<Change> changes = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> reads = new ArrayList<>(plan.reads());
    List<String[]> kinds = null;
    for (Change c : plan.changes()) {
      if (c.action() != Action.DELETE || !c.ref().kind().equals("Namespace") || Planner.terminating(c.live())) {
        changes.add(c);
        continue;
      }
      if (kinds == null) {
        kinds = namespacedKinds(cluster, reads);
      }
      List<String> foreign = foreign(cluster, c.ref().name(), plan.applySet().id(), kinds, reads);
      if (foreign.isEmpty()) {
        changes.add(c);
        continue;
      }
      String listed = foreign.size() + " objects stack " + plan.stack() + " does not own: "
          + String.join(", ", foreign.subList(0, Math.min(SHOWN, foreign.size())))
          + (foreign.size() > SHOWN ? " and " + (foreign.size() - SHOWN) + " more" : "");
      if (options.allowNamespaceDelete()) {
        changes.add(new Change(c.action(), c.ref(), c.before(), c.after(), c.desired(), c.live(), c.immutableFields(),
            "deletes with it " + listed));
      } else if (plan.destroy()) {
        changes.add(new Change(Action.NOOP, c.ref(), c.before(), c.before(), c.desired(), c.live(), List.of(),
            "kept, not deleted: it holds " + listed + "; --allow-namespace-delete deletes it with them"));
      } else {
        changes.add(c);
        errors.add(c.ref() + " is no longer declared, but deleting it would delete " + listed
            + "; move or remove them first, or pass --allow-namespace-delete to delete them with it");
      }
    }
    Plan checked = new Plan(plan.stack(), plan.applySet(), changes, plan.errors(), plan.parent(), plan.parentLive(),
        plan.destroy(), plan.reads(), plan.warnings());
    return checked.withErrors(errors, reads);
  }

  /** {path, plural} of every namespaced kind that can be listed. */
  private static List<String[]> namespacedKinds(Cluster cluster, List<String> reads) {
    var client = cluster.client();
    List<String> groupVersions = new ArrayList<>(List.of("v1"));
    reads.add("discovery (API groups and their resources)");
    client.getApiGroups().getGroups().forEach(g -> groupVersions.add(g.getPreferredVersion().getGroupVersion()));
    List<String[]> out = new ArrayList<>();
    for (String gv : groupVersions) {
      for (APIResource r : client.getApiResources(gv).getResources()) {
        if (Boolean.TRUE.equals(r.getNamespaced()) && !r.getName().contains("/") && r.getVerbs().contains("list")
            && !SKIPPED_RESOURCES.contains(r.getName())) {
          out.add(new String[] {gv, r.getKind(), r.getName()});
        }
      }
    }
    return out;
  }

  private static List<String> foreign(Cluster cluster, String namespace, String setId, List<String[]> kinds,
      List<String> reads) {
    List<String> out = new ArrayList<>();
    for (String[] k : kinds) {
      reads.add("list " + k[1] + " in " + namespace + " (what deleting it would delete)");
      List<GenericKubernetesResource> items;
      try {
        items = cluster.listAll(k[0], k[1], k[2], namespace);
      } catch (KubernetesClientException e) {
        if (e.getCode() == 403 || e.getCode() == 404 || e.getCode() == 405) {
          out.add(k[1] + " (cannot list them: " + e.getCode() + ")");
          continue;
        }
        throw e;
      }
      for (GenericKubernetesResource o : items) {
        var meta = o.getMetadata();
        Map<String, String> labels = meta.getLabels() == null ? Map.of() : meta.getLabels();
        String owner = labels.get(ApplySet.PART_OF_LABEL);
        boolean system = setId.equals(labels.get(ApplySet.ID_LABEL)) // the stack's own ApplySet parent
            || (k[1].equals("ServiceAccount") && meta.getName().equals("default"))
            || (k[1].equals("ConfigMap") && meta.getName().equals("kube-root-ca.crt"))
            || (meta.getOwnerReferences() != null && !meta.getOwnerReferences().isEmpty());
        if (!setId.equals(owner) && !system) {
          out.add(k[1] + " " + namespace + "/" + meta.getName() + (owner != null ? " (another stack's)"
              : labels.containsKey(ApplySet.ID_LABEL) ? " (another stack's ApplySet parent)" : ""));
        }
      }
    }
    return out;
  }
}
