package dev.sparkform.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares desired objects with live state and decides, per object, create / update / replace /
 * delete / no-op, collecting every reason the plan cannot be applied (each names the object).
 * Pure: it reads nothing and writes nothing.
 */
final class Planner {
  private Planner() {}

  static Plan plan(ApplySet set, List<Map<String, Object>> desired, Live live, PlanOptions options, boolean destroy) {
    List<String> errors = new ArrayList<>();
    checkParent(set, live.parent, errors);

    List<Change> changes = new ArrayList<>();
    Map<ObjectRef, Map<String, Object>> wanted = new LinkedHashMap<>();
    for (Map<String, Object> d : desired) {
      wanted.put(ObjectRef.of(d), d);
    }
    for (Map.Entry<ObjectRef, Map<String, Object>> e : wanted.entrySet()) {
      changes.add(classify(set, e.getKey(), e.getValue(), live, options, errors));
    }

    List<Change> deletes = new ArrayList<>();
    for (Map.Entry<ObjectRef, Map<String, Object>> m : live.members.entrySet()) {
      if (!wanted.containsKey(m.getKey())) {
        Map<String, Object> before = LastApplied.without(ServerFields.strip(m.getValue()));
        deletes.add(new Change(Action.DELETE, m.getKey(), before, null, null, m.getValue(), List.of(),
            destroy ? "" : "no longer declared"));
      }
    }
    if (desired.isEmpty() && !deletes.isEmpty() && !options.allowEmpty()) {
      errors.add("stack " + set.stack() + " declares no objects: applying it would delete all " + deletes.size()
          + " objects it owns; pass --allow-empty to really do that (or use destroy)");
    }
    changes.sort(Comparator.comparingInt(c -> ApplyOrder.rank(c.ref().kind())));
    // Deletes go in reverse install order: workloads before the RBAC and namespaces they use.
    deletes.sort(Comparator.comparingInt((Change c) -> ApplyOrder.rank(c.ref().kind())).reversed());
    changes.addAll(deletes);

    Map<String, Object> parent = destroy ? null : set.parentObject(wanted.keySet());
    Plan plan = new Plan(set.stack(), set, changes, errors, parent, live.parent, destroy, live.reads(), live.warnings);
    if (destroy) {
      return plan;
    }
    checkNamespaces(set, plan, live, errors);
    return new Plan(set.stack(), set, changes, errors, parent, live.parent, destroy, live.reads(), live.warnings);
  }

  /**
   * Every namespace the apply will write to (its objects' that change, its ApplySet parent's when
   * that is written) must exist or be declared by the stack, and must not be Terminating: the server
   * refuses new objects there. Where nothing is written, nothing is checked.
   */
  private static void checkNamespaces(ApplySet set, Plan plan, Live live, List<String> errors) {
    java.util.Set<String> declared = new java.util.LinkedHashSet<>();
    java.util.Set<String> used = new java.util.LinkedHashSet<>();
    if (plan.hasChanges() || plan.parentOutdated()) {
      used.add(set.parent().namespace());
    }
    for (Change c : plan.changes()) {
      if (c.ref().kind().equals("Namespace") && c.action() != Action.DELETE) {
        declared.add(c.ref().name());
      } else if (c.ref().namespace() != null && c.action().writes() && c.action() != Action.DELETE) {
        used.add(c.ref().namespace());
      }
    }
    for (String ns : used) {
      Map<String, Object> now = declared.contains(ns) ? live.get(LiveReader.namespace(ns)).orElse(null)
          : live.namespaces.get(ns);
      if (live.missingNamespaces.contains(ns) && !declared.contains(ns)) {
        errors.add("namespace " + ns + " does not exist and stack " + set.stack() + " does not declare it"
            + " (its objects and ApplySet parent go there): declare it in the stack, or create it first");
      } else if (now != null && terminating(now)) {
        errors.add("namespace " + ns + " is being deleted (Terminating): the server refuses new objects in it"
            + " until it is gone; wait for it, or see what holds it (its finalizers, objects with finalizers)");
      }
    }
  }

  static boolean terminating(Map<String, Object> namespace) {
    return Plain.at(namespace, "metadata.deletionTimestamp") != null
        || "Terminating".equals(Plain.at(namespace, "status.phase"));
  }

  private static void checkParent(ApplySet set, Map<String, Object> parent, List<String> errors) {
    if (parent == null) {
      return;
    }
    String tooling = LiveReader.annotation(parent, ApplySet.TOOLING);
    String id = LiveReader.label(parent, ApplySet.ID_LABEL);
    if (id == null || !id.equals(set.id())) {
      errors.add(set.parent() + " exists but is not the ApplySet parent of stack " + set.stack()
          + " (label " + ApplySet.ID_LABEL + " is " + (id == null ? "missing" : id) + ", expected " + set.id()
          + "); rename the stack or remove that Secret");
    } else if (!ApplySet.ownTooling(tooling)) {
      errors.add(set.parent() + " is an ApplySet managed by " + (tooling == null ? "an unknown tool" : tooling)
          + ", not sparkform; sparkform does not take over another tool's set");
    }
  }

  private static Change classify(ApplySet set, ObjectRef ref, Map<String, Object> desired, Live live,
      PlanOptions options, List<String> errors) {
    Map<String, Object> after = LastApplied.without(desired);
    Map<String, Object> current = live.get(ref).orElse(null);
    if (current == null) {
      return new Change(Action.CREATE, ref, null, after, desired, null, List.of(), "");
    }
    String owner = LiveReader.label(current, ApplySet.PART_OF_LABEL);
    String note = "";
    if (owner != null && !owner.equals(set.id())) {
      errors.add(ref + " belongs to another stack (" + ApplySet.PART_OF_LABEL + "=" + owner
          + "); sparkform never changes or deletes another stack's objects");
    } else if (owner == null && !options.adopt()) {
      boolean ours = ApplySet.TOOL.equals(LiveReader.label(current, ApplySet.MANAGED_BY_LABEL));
      errors.add(ref + " already exists and is not part of stack " + set.stack()
          + (ours ? " (it is labelled managed-by: sparkform but has no " + ApplySet.PART_OF_LABEL + " label)" : "")
          + "; pass --adopt to take it over");
    } else if (owner == null) {
      note = "adopted: it existed without this stack's label";
    }
    Map<String, Object> last = LastApplied.read(current);
    Map<String, Object> before = LastApplied.without(Projection.of(current, desired, last));
    if (before.equals(after)) {
      return new Change(Action.NOOP, ref, before, after, desired, current, List.of(), note);
    }
    List<String> immutable = ImmutableFields.changed(ref, before, after, current);
    if (immutable.isEmpty()) {
      return new Change(Action.UPDATE, ref, before, after, desired, current, List.of(), note);
    }
    if (!options.allowReplace()) {
      errors.add(ref + ": " + String.join(", ", immutable) + " cannot be changed in place"
          + " (immutable); pass --allow-replace to delete and re-create it");
    }
    return new Change(Action.REPLACE, ref, before, after, desired, current, immutable,
        "immutable: " + String.join(", ", immutable));
  }
}
