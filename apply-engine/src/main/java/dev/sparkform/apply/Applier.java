package dev.sparkform.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out a plan, in its order: creates, updates and replaces in install order, then prunes in
 * reverse. The ApplySet parent is written before the first member that lives in a namespace
 * (listing the union of old and new group-kinds, so an interrupted apply still finds everything it
 * may have written) and narrowed to the new set at the end, when everything succeeded.
 *
 * <p>A failure does not stop independent objects; objects that depend on a failed one (those in a
 * namespace that could not be created, bindings of a role that could not be written) are skipped.
 */
final class Applier {
  private final Cluster cluster;
  private final WriteStrategy strategy;

  Applier(Cluster cluster, WriteStrategy strategy) {
    this.cluster = cluster;
    this.strategy = strategy;
  }

  ApplyReport apply(Plan plan) {
    if (plan.hasErrors()) {
      throw new PlanException(plan.errors());
    }
    ApplySet set = plan.applySet();
    Set<ObjectRef> everything = new LinkedHashSet<>();
    plan.changes().forEach(c -> everything.add(c.ref()));
    Optional<Map<String, Object>> parentNow = Optional.ofNullable(plan.parentLive());

    List<Outcome> outcomes = new ArrayList<>();
    Set<String> failedNamespaces = new HashSet<>();
    Set<String> failedRoles = new HashSet<>();
    String parentFailure = null;
    boolean parentChecked = false;
    for (Change c : plan.changes()) {
      if (c.action() == Action.NOOP) {
        outcomes.add(new Outcome(c.ref(), c.action(), Outcome.Status.UNCHANGED, ""));
        continue;
      }
      if (!parentChecked && !c.ref().kind().equals("Namespace")) {
        parentChecked = true;
        try {
          parentNow = writeParent(set, set.parentObject(everything), parentNow);
        } catch (KubernetesClientException e) {
          parentFailure = "the stack's ApplySet parent " + set.parent() + " could not be written: " + message(e);
        }
      }
      String blocked = parentFailure != null && !c.ref().kind().equals("Namespace") ? parentFailure
          : blockedBy(c, failedNamespaces, failedRoles);
      if (blocked != null) {
        outcomes.add(new Outcome(c.ref(), c.action(), Outcome.Status.SKIPPED, blocked));
        continue;
      }
      try {
        write(c);
        outcomes.add(new Outcome(c.ref(), c.action(), Outcome.Status.APPLIED, c.note()));
      } catch (KubernetesClientException e) {
        outcomes.add(new Outcome(c.ref(), c.action(), Outcome.Status.FAILED, message(e)));
        if (c.action() != Action.DELETE) {
          if (c.ref().kind().equals("Namespace")) {
            failedNamespaces.add(c.ref().name());
          } else if (c.ref().kind().endsWith("Role")) {
            failedRoles.add(c.ref().kind() + " " + c.ref().name() + " " + c.ref().namespace());
          }
        }
      }
    }
    boolean allDone = outcomes.stream().allMatch(o -> o.status() == Outcome.Status.APPLIED
        || o.status() == Outcome.Status.UNCHANGED);
    if (allDone && parentFailure == null) {
      // The members are written; a failure here (say the revisions outgrew the Secret) is reported
      // on the parent itself, and the next apply retries it.
      try {
        if (plan.destroy()) {
          if (parentNow.isPresent()) {
            cluster.delete(set.parent());
          }
        } else if (plan.hasChanges()) {
          writeParent(set, withRevision(plan, parentNow.orElse(null)), parentNow);
        } else {
          writeParent(set, plan.parent(), parentNow);
        }
      } catch (KubernetesClientException e) {
        outcomes.add(new Outcome(set.parent(), plan.destroy() ? Action.DELETE : Action.UPDATE, Outcome.Status.FAILED,
            "the stack's ApplySet parent (inventory and history): " + message(e)));
      }
    }
    return new ApplyReport(plan, outcomes);
  }

  private void write(Change c) {
    switch (c.action()) {
      case CREATE -> strategy.create(c.desired());
      case UPDATE -> strategy.update(c);
      case REPLACE -> {
        cluster.delete(c.ref());
        awaitGone(c.ref());
        strategy.create(c.desired());
      }
      case DELETE -> cluster.delete(c.ref());
      case NOOP -> { }
    }
  }

  /** The final parent with this apply recorded as the next revision (older ones beyond the last 10 dropped). */
  private static Map<String, Object> withRevision(Plan plan, Map<String, Object> parentNow) {
    List<Map<String, Object>> objects = new ArrayList<>();
    plan.changes().stream().filter(c -> c.action() != Action.DELETE).forEach(c -> objects.add(c.desired()));
    History.Revision r = new History.Revision(History.next(parentNow), java.time.Instant.now().toString(),
        plan.summary(), objects);
    Map<String, Object> parent = Plain.copy(plan.parent());
    parent.put("data", History.withRevision(parentNow, r));
    return Plain.object(parent);
  }

  /**
   * Creates or updates the parent unless it already says exactly this; returns it as now stored.
   * Its data (the revisions) is replaced as a whole, so dropped revisions go.
   */
  private Optional<Map<String, Object>> writeParent(ApplySet set, Map<String, Object> want,
      Optional<Map<String, Object>> now) {
    if (now.isEmpty()) {
      return Optional.of(cluster.create(want));
    }
    if (Projection.of(now.get(), want, Map.of()).equals(want)) {
      return now;
    }
    Map<String, Object> dropData = want.containsKey("data") ? Map.of("data", Plain.map(now.get().get("data"))) : Map.of();
    return Optional.of(cluster.update(Merge.apply(now.get(), dropData, want)));
  }

  private static String blockedBy(Change c, Set<String> failedNamespaces, Set<String> failedRoles) {
    if (c.action() == Action.DELETE) {
      return null;
    }
    if (c.ref().namespace() != null && failedNamespaces.contains(c.ref().namespace())) {
      return "skipped: its namespace " + c.ref().namespace() + " could not be created";
    }
    Map<String, Object> roleRef = Plain.map(c.desired().get("roleRef"));
    if (!roleRef.isEmpty()) {
      String kind = String.valueOf(roleRef.get("kind"));
      String ns = kind.equals("ClusterRole") ? null : c.ref().namespace();
      if (failedRoles.contains(kind + " " + roleRef.get("name") + " " + ns)) {
        return "skipped: its " + kind + " " + roleRef.get("name") + " could not be written";
      }
    }
    return null;
  }

  /** After a delete, wait (bounded) until the object is gone: finalizers can keep it a while. */
  private void awaitGone(ObjectRef ref) {
    for (int i = 0; i < 300 && cluster.get(ref).isPresent(); i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KubernetesClientException("interrupted while waiting for " + ref + " to be deleted");
      }
    }
  }

  /** The API server's own message (HTTP code and reason), without fabric8's long preamble. */
  static String message(KubernetesClientException e) {
    if (e.getStatus() != null && e.getStatus().getMessage() != null) {
      return e.getCode() + " " + e.getStatus().getMessage();
    }
    return (e.getCode() > 0 ? e.getCode() + " " : "") + e.getMessage();
  }
}
