package dev.sparkform.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Carries out a plan, in its order: creates, updates and replaces in install order, then prunes in
 * reverse. The ApplySet parent is written before the first member that lives in a namespace
 * (listing the union of old and new group-kinds, so an interrupted apply still finds everything it
 * may have written) and narrowed to the new set at the end, when everything succeeded.
 *
 * <p>A failure does not stop independent objects; objects that depend on a failed one (those in a
 * namespace that could not be created, bindings of a role that could not be written) are skipped.
 * Objects of one level (same install rank) are written concurrently, at most {@code parallelism}
 * at a time; outcomes are reported in plan order either way.
 */
final class Applier {
  private final Cluster cluster;
  private final WriteStrategy strategy;
  private final int parallelism;
  private final Waiter waiter;
  private final java.time.Duration establishTimeout;

  /** {@code establishTimeout} zero: do not wait for CRDs (the sandbox has no controller to establish them). */
  Applier(Cluster cluster, WriteStrategy strategy, int parallelism, Waiter waiter, java.time.Duration establishTimeout) {
    this.cluster = cluster;
    this.strategy = strategy;
    this.parallelism = parallelism;
    this.waiter = waiter;
    this.establishTimeout = establishTimeout;
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
    Blockers blockers = new Blockers();
    boolean parentChecked = false;
    for (List<Change> level : levels(plan.changes())) {
      if (!parentChecked && level.stream().anyMatch(c -> c.action() != Action.NOOP && !c.ref().kind().equals("Namespace"))) {
        parentChecked = true;
        try {
          parentNow = writeParent(set, set.parentObject(everything), parentNow);
        } catch (KubernetesClientException e) {
          blockers.parentFailed("the stack's ApplySet parent " + set.parent() + " could not be written: " + message(e));
        }
      }
      // Objects of one level do not depend on each other: they are written concurrently (bounded).
      Outcome[] results = new Outcome[level.size()];
      List<Callable<Void>> writes = new ArrayList<>();
      for (int i = 0; i < level.size(); i++) {
        Change c = level.get(i);
        String blocked = blockers.reason(c);
        int at = i;
        if (c.action() == Action.NOOP) {
          results[i] = new Outcome(c.ref(), c.action(), Outcome.Status.UNCHANGED, "");
        } else if (blocked != null) {
          results[i] = new Outcome(c.ref(), c.action(), Outcome.Status.SKIPPED, blocked);
        } else {
          writes.add(() -> {
            results[at] = attempt(c);
            return null;
          });
        }
      }
      runAll(writes);
      awaitEstablished(results, blockers);
      for (Outcome o : results) {
        outcomes.add(o);
        blockers.record(o);
      }
    }
    boolean allDone = outcomes.stream().allMatch(o -> o.status() == Outcome.Status.APPLIED
        || o.status() == Outcome.Status.UNCHANGED);
    if (allDone && !blockers.parentFailed()) {
      // The members are written; a failure here (say the revisions outgrew the Secret) is reported
      // on the parent itself, and the next apply retries it.
      try {
        if (plan.destroy()) {
          if (parentNow.isPresent()) {
            cluster.delete(parentNow.get(), false);
          }
        } else if (plan.hasChanges() || plan.revisionOutdated()) {
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

  /**
   * After CRDs were written, waits (bounded) until each is Established: their custom resources
   * cannot be created before. A CRD that fails or does not get there blocks its custom resources,
   * recorded in {@code blockers} by the group-kind it defines.
   */
  private void awaitEstablished(Outcome[] results, Blockers blockers) {
    List<ObjectRef> crds = new ArrayList<>();
    for (Outcome o : results) {
      if (o.ref().kind().equals(ApplyOrder.CRD) && o.action() != Action.DELETE) {
        if (o.status() == Outcome.Status.APPLIED && !establishTimeout.isZero()) {
          crds.add(o.ref());
        } else if (o.status() == Outcome.Status.FAILED || o.status() == Outcome.Status.SKIPPED) {
          blockers.block(definedKind(o.ref()), "skipped: its " + o.ref() + " could not be written");
        }
      }
    }
    if (crds.isEmpty()) {
      return;
    }
    for (Waiter.Result r : waiter.await(crds, Set.of(), establishTimeout, line -> { })) {
      if (r.state().phase() != Readiness.State.Phase.READY) {
        blockers.block(definedKind(r.ref()), "skipped: its " + r.ref() + " is not Established ("
            + r.state().reason() + ")");
      }
    }
  }

  /** {@code Kind.group} that a CRD named {@code plural.group} defines, from its live spec. */
  private String definedKind(ObjectRef crd) {
    Map<String, Object> spec = cluster.get(crd).map(o -> Plain.map(o.get("spec"))).orElse(Map.of());
    return Plain.map(spec.get("names")).get("kind") + "." + spec.get("group");
  }

  private Outcome attempt(Change c) {
    try {
      write(c);
      return new Outcome(c.ref(), c.action(), Outcome.Status.APPLIED, c.note());
    } catch (KubernetesClientException e) {
      if (c.action() == Action.CREATE && e.getCode() == HttpURLConnection.HTTP_CONFLICT && createdAlready(c)) {
        return new Outcome(c.ref(), c.action(), Outcome.Status.APPLIED, "it existed already, as this stack's and as"
            + " wanted (a retried create whose first response was lost)");
      }
      if (c.action() != Action.CREATE && e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        return new Outcome(c.ref(), c.action(), Outcome.Status.FAILED, "it changed since the plan read it, so it"
            + " was left as it is; plan again (" + message(e) + ")");
      }
      return new Outcome(c.ref(), c.action(), Outcome.Status.FAILED, message(e));
    }
  }

  /**
   * A create answered 409 AlreadyExists: when the client retried a create whose response was lost,
   * the object is there as this stack's member with exactly the desired content. Anything else
   * (another writer, another stack) stays a failure.
   */
  private boolean createdAlready(Change c) {
    Map<String, Object> live;
    try {
      live = cluster.get(c.ref()).orElse(null);
    } catch (KubernetesClientException e) {
      return false;
    }
    String ours = LiveReader.label(c.desired(), ApplySet.PART_OF_LABEL);
    return live != null && ours != null && ours.equals(LiveReader.label(live, ApplySet.PART_OF_LABEL))
        && Projection.of(live, c.desired(), Map.of()).equals(c.desired());
  }

  /** Consecutive changes of the same install rank and direction (writes, then deletes): one level. */
  static List<List<Change>> levels(List<Change> changes) {
    List<List<Change>> out = new ArrayList<>();
    String key = null;
    for (Change c : changes) {
      String k = (c.action() == Action.DELETE ? "delete " : "write ") + ApplyOrder.rank(c.ref().kind());
      if (!k.equals(key)) {
        out.add(new ArrayList<>());
        key = k;
      }
      out.get(out.size() - 1).add(c);
    }
    return out;
  }

  private void runAll(List<Callable<Void>> writes) {
    if (parallelism <= 1 || writes.size() <= 1) {
      for (Callable<Void> w : writes) {
        call(w);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, writes.size()));
    try {
      for (Future<Void> f : pool.invokeAll(writes)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KubernetesClientException("interrupted while applying");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void call(Callable<Void> w) {
    try {
      w.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void write(Change c) {
    switch (c.action()) {
      case CREATE -> strategy.create(c.desired());
      case UPDATE -> strategy.update(c);
      case REPLACE -> {
        cluster.delete(c.live(), true);
        awaitGone(c.ref());
        strategy.create(c.desired());
      }
      case DELETE -> cluster.delete(c.live(), true);
      case NOOP -> { }
    }
  }

  /**
   * The final parent with this apply recorded as the next revision (Secret values as digests; older
   * revisions beyond what fits dropped, and counted in an annotation).
   */
  private static Map<String, Object> withRevision(Plan plan, Map<String, Object> parentNow) {
    History.Revision r = new History.Revision(History.next(parentNow), java.time.Instant.now().toString(),
        plan.summary(), History.kept(plan.objects()));
    Map<String, Object> parent = Plain.copy(plan.parent());
    int[] dropped = new int[1];
    parent.put("data", History.withRevision(parentNow, r, dropped));
    if (dropped[0] > 0) {
      Map<String, Object> meta = Plain.map(parent.get("metadata"));
      Map<String, Object> annotations = Plain.map(meta.get("annotations"));
      String before = parentNow == null ? null : LiveReader.annotation(parentNow, History.DROPPED);
      annotations.put(History.DROPPED, Integer.toString(dropped[0] + (before == null ? 0 : Integer.parseInt(before))));
      meta.put("annotations", annotations);
    }
    return Plain.object(parent);
  }

  /**
   * Creates or updates the parent unless it already says exactly this; returns it as now stored.
   * Its data (the revisions) is replaced as a whole, so dropped revisions go.
   */
  private Optional<Map<String, Object>> writeParent(ApplySet set, Map<String, Object> want,
      Optional<Map<String, Object>> now) {
    if (now.isEmpty()) {
      try {
        return Optional.of(cluster.create(want));
      } catch (KubernetesClientException e) {
        // Created after the plan read it: by a retried create whose response was lost, or by another
        // apply of this stack. Ours (its id label): update it; anything else stays a failure.
        now = e.getCode() == HttpURLConnection.HTTP_CONFLICT ? cluster.get(set.parent()) : Optional.empty();
        if (now.isEmpty() || !set.id().equals(LiveReader.label(now.get(), ApplySet.ID_LABEL))) {
          throw e;
        }
      }
    }
    if (Projection.of(now.get(), want, Map.of()).equals(want)) {
      return now;
    }
    Map<String, Object> dropData = want.containsKey("data") ? Map.of("data", Plain.map(now.get().get("data"))) : Map.of();
    return Optional.of(cluster.update(Merge.apply(now.get(), dropData, want)));
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
