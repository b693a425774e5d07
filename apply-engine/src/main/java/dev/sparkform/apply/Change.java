package dev.sparkform.apply;

import java.util.List;
import java.util.Map;

/**
 * One object in a plan. {@code before} is the live object projected onto the fields we manage
 * (null when absent), {@code after} what we want (null for a delete): both without the
 * last-applied bookkeeping, so a diff of the two is exactly what the apply changes. {@code desired}
 * is the full object to write (with bookkeeping), {@code live} the full live object.
 */
public record Change(Action action, ObjectRef ref, Map<String, Object> before, Map<String, Object> after,
    Map<String, Object> desired, Map<String, Object> live, List<String> immutableFields, String note) {
  public Change {
    immutableFields = List.copyOf(immutableFields);
  }
}
