package dev.sparkform.apply;

import java.util.List;
import java.util.Map;

/**
 * What an apply would do, computed from live state without writing anything. {@code errors} make
 * the plan unappliable: nothing is written while there is one. {@code parent} is the ApplySet
 * parent as it should be at the end ({@code null} for destroy: it is deleted), {@code parentLive}
 * as it is now. Only the engine makes plans (a forged one could delete anything);
 * {@code toString()} shows the summary and the changes, never objects' data.
 */
public final class Plan {
  private final String stack;
  private final ApplySet applySet;
  private final List<Change> changes;
  private final List<String> errors;
  private final Map<String, Object> parent;
  private final Map<String, Object> parentLive;
  private final boolean destroy;
  private final List<String> reads;
  private final List<String> warnings;

  Plan(String stack, ApplySet applySet, List<Change> changes, List<String> errors, Map<String, Object> parent,
      Map<String, Object> parentLive, boolean destroy, List<String> reads, List<String> warnings) {
    this.stack = stack;
    this.applySet = applySet;
    this.changes = List.copyOf(changes);
    this.errors = List.copyOf(errors);
    this.parent = parent;
    this.parentLive = parentLive;
    this.destroy = destroy;
    this.reads = List.copyOf(reads);
    this.warnings = List.copyOf(warnings);
  }

  /** The same plan with more errors (and the reads that found them). */
  Plan withErrors(List<String> more, List<String> reads) {
    List<String> all = new java.util.ArrayList<>(errors);
    all.addAll(more);
    return new Plan(stack, applySet, changes, all, parent, parentLive, destroy, reads, warnings);
  }

  public String stack() {
    return stack;
  }

  public ApplySet applySet() {
    return applySet;
  }

  public List<Change> changes() {
    return changes;
  }

  public List<String> errors() {
    return errors;
  }

  public Map<String, Object> parent() {
    return parent;
  }

  public Map<String, Object> parentLive() {
    return parentLive;
  }

  public boolean destroy() {
    return destroy;
  }

  public List<String> reads() {
    return reads;
  }

  /** What the plan says without being stopped by it (a kind the server no longer serves). */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return summary() + (errors.isEmpty() ? "" : ", " + errors.size() + " errors") + ": " + changes;
  }

  public long count(Action a) {
    return changes.stream().filter(c -> c.action() == a).count();
  }

  /** Whether applying would write a member (the parent's bookkeeping alone does not count). */
  public boolean hasChanges() {
    return changes.stream().anyMatch(c -> c.action().writes());
  }

  /**
   * Whether the ApplySet parent must be (re)written although no member changes: it is missing (deleted
   * by hand) or lists other group-kinds or namespaces (an earlier apply stopped half-way).
   */
  public boolean parentOutdated() {
    if (destroy) {
      return false;
    }
    if (parentLive == null) {
      return !changes.isEmpty(); // a stack that declares and owns nothing needs no inventory
    }
    return !Projection.of(parentLive, parent, Map.of()).equals(parent) || revisionOutdated();
  }

  /** The objects the stack has after this plan (what a revision records): everything but deletes. */
  List<Map<String, Object>> objects() {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    changes.stream().filter(c -> c.action() != Action.DELETE).forEach(c -> out.add(c.desired()));
    return out;
  }

  /**
   * Whether the newest recorded revision is not what the cluster will hold after this plan: the
   * last apply converged over several runs, or history was lost. Then applying records one.
   */
  public boolean revisionOutdated() {
    if (destroy || changes.isEmpty()) {
      return false;
    }
    return History.last(parentLive).map(r -> !r.objects().equals(History.kept(objects()))).orElse(true);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** {@code Plan: 3 to add, 1 to change, 1 to replace, 2 to prune} */
  public String summary() {
    return "Plan: " + count(Action.CREATE) + " to add, " + count(Action.UPDATE) + " to change, "
        + count(Action.REPLACE) + " to replace, " + count(Action.DELETE) + " to prune";
  }
}
