package dev.sparkform.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * On a real API server, a plan sends every create and update it would make with {@code dryRun=All}
 * (one request per object, the same strategy and field manager as the apply): what the server would
 * refuse (422 invalid, 403 admission or RBAC, 409 field conflicts, 404 missing namespace or kind)
 * becomes a plan error, so apply writes nothing instead of failing half-way. Objects in a namespace
 * the plan creates, and custom resources whose CRD it creates, cannot be checked before (the server
 * does not know them yet): they are left to the apply. So are objects in a namespace the plan
 * already reports as missing or Terminating.
 */
final class DryRun {
  private DryRun() {}

  /** The errors, one per refused object; {@code reads} gets one line per request. */
  static List<String> check(List<Change> changes, WriteStrategy strategy, List<String> reads,
      java.util.function.Predicate<String> unusableNamespace, int parallelism) {
    Set<String> newNamespaces = new HashSet<>();
    Set<String> newKinds = new HashSet<>();
    for (Change c : changes) {
      if (c.action() == Action.CREATE && c.ref().kind().equals("Namespace")) {
        newNamespaces.add(c.ref().name());
      }
      if (c.action() == Action.CREATE && c.ref().kind().equals(ApplyOrder.CRD)) {
        Map<String, Object> spec = Plain.map(c.desired().get("spec"));
        newKinds.add(Plain.map(spec.get("names")).get("kind") + "." + spec.get("group"));
      }
    }
    List<Change> asked = new ArrayList<>();
    for (Change c : changes) {
      boolean write = c.action() == Action.CREATE || c.action() == Action.UPDATE;
      String ns = c.ref().namespace();
      if (write && !newNamespaces.contains(ns) && !newKinds.contains(c.ref().groupKind())
          && (ns == null || !unusableNamespace.test(ns))) {
        asked.add(c);
        reads.add("dry-run " + c.action().verb() + " " + c.ref());
      }
    }
    // The dry runs do not depend on each other: up to `parallelism` at once, errors in plan order.
    String[] refused = new String[asked.size()];
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, asked.size())));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < asked.size(); i++) {
        int at = i;
        running.add(pool.submit(() -> refused[at] = ask(asked.get(at), strategy)));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KubernetesClientException("interrupted while planning");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<String> errors = new ArrayList<>();
    for (String r : refused) {
      if (r != null) {
        errors.add(r);
      }
    }
    return errors;
  }

  /** Why the server would refuse {@code c}, or null when it would not. */
  private static String ask(Change c, WriteStrategy strategy) {
    try {
      if (c.action() == Action.CREATE) {
        strategy.create(c.desired(), true);
      } else {
        strategy.update(c, true);
      }
      return null;
    } catch (KubernetesClientException e) {
      return c.ref() + ": the server refuses to " + c.action().verb() + " it (dry run): " + Applier.message(e);
    }
  }
}
