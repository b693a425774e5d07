package dev.sparkform.apply;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who a foreign object belongs to, as its labels say. The rules (README, "Ownership"): sparkform
 * changes or deletes only objects carrying its stack's {@code part-of} label; an object without
 * any {@code part-of} label is taken over only with --adopt; another stack's object, or a set of
 * another tool, never.
 */
enum Ownership {
  /** kubectl's, or anyone's: no ApplySet label at all. Adoptable. */
  UNLABELLED(true),
  /** Rendered by sparkform and applied with kubectl: managed-by sparkform, but no part-of. Adoptable. */
  MANAGED_BY_ONLY(true),
  /** Member of stack {@code other} whose parent is in the same namespace. */
  OTHER_STACK(false),
  /** Member of a stack with the same name as ours but its parent in another namespace: another id. */
  SAME_NAME_OTHER_NAMESPACE(false),
  /** kubectl's ApplySet parent where ours would be: it carries our id, and another tool's tooling annotation. */
  OTHER_TOOL_PARENT(false),
  /** A member of that kubectl set: labelled part-of our very id, yet not ours while kubectl's parent is there. */
  OTHER_TOOL_MEMBER(false);

  /** Whether --adopt may legitimately take it over (when the stack declares an object of its kind and name). */
  final boolean adoptable;

  Ownership(boolean adoptable) {
    this.adoptable = adoptable;
  }

  Map<String, String> labels(ApplySet ours) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("owner", "someone-else");
    switch (this) {
      case UNLABELLED -> { }
      case MANAGED_BY_ONLY -> labels.put(ApplySet.MANAGED_BY_LABEL, ApplySet.TOOL);
      case OTHER_STACK -> member(labels, ApplySet.forStack("other", ours.parent().namespace()).id());
      case SAME_NAME_OTHER_NAMESPACE -> member(labels, ApplySet.forStack(ours.stack(), "elsewhere").id());
      case OTHER_TOOL_PARENT -> labels.put(ApplySet.ID_LABEL, ours.id());
      case OTHER_TOOL_MEMBER -> labels.put(ApplySet.PART_OF_LABEL, ours.id());
    }
    return labels;
  }

  Map<String, String> annotations() {
    return this == OTHER_TOOL_PARENT
        ? Map.of(ApplySet.TOOLING, "kubectl/v1.32.0", ApplySet.GROUP_KINDS, "ConfigMap,Secret")
        : Map.of("note", "not sparkform's");
  }

  private static void member(Map<String, String> labels, String id) {
    labels.put(ApplySet.MANAGED_BY_LABEL, ApplySet.TOOL);
    labels.put(ApplySet.PART_OF_LABEL, id);
  }
}
