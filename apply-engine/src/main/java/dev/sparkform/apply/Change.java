package dev.sparkform.apply;

import java.util.List;
import java.util.Map;

/**
 * One object in a plan. {@code before} is the live object projected onto the fields we manage
 * (null when absent), {@code after} what we want (null for a delete): both without the
 * last-applied bookkeeping, so a diff of the two is exactly what the apply changes. {@code desired}
 * is the full object to write (with bookkeeping), {@code live} the full live object. Only the
 * engine makes changes (a hand-built delete could name any object); {@code toString()} shows no data.
 */
public final class Change {
  private final Action action;
  private final ObjectRef ref;
  private final Map<String, Object> before;
  private final Map<String, Object> after;
  private final Map<String, Object> desired;
  private final Map<String, Object> live;
  private final List<String> immutableFields;
  private final String note;

  Change(Action action, ObjectRef ref, Map<String, Object> before, Map<String, Object> after,
      Map<String, Object> desired, Map<String, Object> live, List<String> immutableFields, String note) {
    this.action = action;
    this.ref = ref;
    this.before = before;
    this.after = after;
    this.desired = desired;
    this.live = live;
    this.immutableFields = List.copyOf(immutableFields);
    this.note = note;
  }

  public Action action() {
    return action;
  }

  public ObjectRef ref() {
    return ref;
  }

  public Map<String, Object> before() {
    return before;
  }

  public Map<String, Object> after() {
    return after;
  }

  public Map<String, Object> desired() {
    return desired;
  }

  public Map<String, Object> live() {
    return live;
  }

  public List<String> immutableFields() {
    return immutableFields;
  }

  public String note() {
    return note;
  }

  /** {@code update ConfigMap etl/settings}: never the object's data (a Secret's values would show). */
  @Override
  public String toString() {
    return action.verb() + " " + ref + (note.isEmpty() ? "" : " (" + note + ")");
  }
}
