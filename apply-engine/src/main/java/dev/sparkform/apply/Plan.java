package dev.sparkform.apply;

import java.util.List;
import java.util.Map;

/**
 * What an apply would do, computed from live state without writing anything. {@code errors} make
 * the plan unappliable: nothing is written while there is one. {@code parent} is the ApplySet
 * parent as it should be at the end ({@code null} for destroy: it is deleted), {@code parentLive}
 * as it is now.
 */
public record Plan(String stack, ApplySet applySet, List<Change> changes, List<String> errors,
    Map<String, Object> parent, Map<String, Object> parentLive, boolean destroy, List<String> reads) {
  public Plan {
    changes = List.copyOf(changes);
    errors = List.copyOf(errors);
    reads = List.copyOf(reads);
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
    return !Projection.of(parentLive, parent, Map.of()).equals(parent);
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
