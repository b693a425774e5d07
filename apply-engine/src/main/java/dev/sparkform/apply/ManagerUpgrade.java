package dev.sparkform.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Before the first server-side apply of an object that was written client-side, moves the fields
 * our client-side writes own (managed-fields entries with operation {@code Update}) to our
 * server-side manager's {@code Apply} entry, as kubectl's client-side to server-side upgrade does
 * ({@code csaupgrade}). Without it the switch conflicts with our own earlier writes, and after a
 * forced switch a field removed from the stack stays, still owned by the old entry.
 *
 * <p>Whose entries move: {@value WriteStrategy#FIELD_MANAGER}'s, and {@value #FABRIC8}'s (what the
 * server recorded for sparkform's client-side writes before they named a field manager). Since
 * other fabric8-based programs write as {@value #FABRIC8} too (operators among them), only the
 * fields our last-applied record names move: never a finalizer or label someone else set.
 */
final class ManagerUpgrade {
  static final String FABRIC8 = "fabric8-kubernetes-client";
  private static final Set<String> OURS = Set.of(WriteStrategy.FIELD_MANAGER, FABRIC8);

  private ManagerUpgrade() {}

  /** Managers whose fields this object's upgrade would move to us (empty: nothing to upgrade). */
  static Set<String> managers(Map<String, Object> live) {
    if (live == null || LiveReader.annotation(live, LastApplied.ANNOTATION) == null) {
      return Set.of();
    }
    Set<String> out = new java.util.TreeSet<>();
    for (Map<String, Object> e : entries(live)) {
      if (movable(e)) {
        out.add(String.valueOf(e.get("manager")));
      }
    }
    return out;
  }

  /**
   * The managed fields after the upgrade, or null when there is nothing to move: the movable entries'
   * fields (limited to those our last-applied record names) joined into our Apply entry.
   */
  static List<Map<String, Object>> upgraded(Map<String, Object> live, String apiVersion) {
    if (managers(live).isEmpty()) {
      return null;
    }
    // What we set: the record, and the record itself (an annotation the record does not list).
    Map<String, Object> record = LastApplied.read(live);
    Map<String, Object> annotations = Plain.map(Plain.map(record.computeIfAbsent("metadata",
        k -> new LinkedHashMap<>())).computeIfAbsent("annotations", k -> new LinkedHashMap<>()));
    annotations.put(LastApplied.ANNOTATION, "");
    Map<String, Object> moved = new LinkedHashMap<>();
    Map<String, Object> apply = null;
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> e : entries(live)) {
      if (movable(e)) {
        // Our own manager's entry moves whole (only we write as sparkform); fabric8's only as far as the record goes.
        Object scope = WriteStrategy.FIELD_MANAGER.equals(e.get("manager")) ? "everything" : record;
        union(moved, within(Plain.map(e.get("fieldsV1")), scope));
        Map<String, Object> rest = without(Plain.map(e.get("fieldsV1")), scope);
        if (!rest.isEmpty()) {
          Map<String, Object> kept = new LinkedHashMap<>(e);
          kept.put("fieldsV1", rest);
          out.add(kept);
        }
      } else if (isOurApply(e)) {
        apply = new LinkedHashMap<>(e);
      } else {
        out.add(e);
      }
    }
    if (apply == null) {
      apply = new LinkedHashMap<>();
      apply.put("manager", WriteStrategy.FIELD_MANAGER);
      apply.put("operation", "Apply");
      apply.put("apiVersion", apiVersion);
      apply.put("fieldsType", "FieldsV1");
      apply.put("fieldsV1", new LinkedHashMap<>());
    }
    Map<String, Object> fields = Plain.copy(Plain.map(apply.get("fieldsV1")));
    union(fields, moved);
    apply.put("fieldsV1", fields);
    out.add(apply);
    return out;
  }

  private static boolean movable(Map<String, Object> e) {
    return "Update".equals(e.get("operation")) && OURS.contains(String.valueOf(e.get("manager")))
        && (e.get("subresource") == null || "".equals(e.get("subresource")));
  }

  private static boolean isOurApply(Map<String, Object> e) {
    return "Apply".equals(e.get("operation")) && WriteStrategy.FIELD_MANAGER.equals(e.get("manager"))
        && (e.get("subresource") == null || "".equals(e.get("subresource")));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(Map<String, Object> live) {
    Object m = Plain.map(live.get("metadata")).get("managedFields");
    List<Map<String, Object>> out = new ArrayList<>();
    if (m instanceof List<?> l) {
      for (Object e : l) {
        out.add((Map<String, Object>) e);
      }
    }
    return out;
  }

  /**
   * The part of a field set ({@code f:name} keys, {@code .} for the node itself, {@code k:}/{@code v:}/
   * {@code i:} for list items) under paths the record has. Below a record value that is not a map
   * (a list or a scalar) the whole subtree counts: we set that value as a whole.
   */
  static Map<String, Object> within(Map<String, Object> fields, Object record) {
    if (!(record instanceof Map<?, ?> r)) {
      return Plain.copy(fields);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      String k = f.getKey();
      if (k.equals(".")) {
        out.put(k, f.getValue());
      } else if (k.startsWith("f:") && r.containsKey(k.substring(2))) {
        Map<String, Object> sub = within(Plain.map(f.getValue()), r.get(k.substring(2)));
        out.put(k, sub);
      }
    }
    return out;
  }

  /** The rest of a field set: what {@link #within} does not take. */
  static Map<String, Object> without(Map<String, Object> fields, Object record) {
    if (!(record instanceof Map<?, ?> r)) {
      return new LinkedHashMap<>();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      String k = f.getKey();
      if (k.equals(".")) {
        continue;
      }
      if (k.startsWith("f:") && r.containsKey(k.substring(2))) {
        Map<String, Object> sub = without(Plain.map(f.getValue()), r.get(k.substring(2)));
        if (!sub.isEmpty()) {
          out.put(k, sub);
        }
      } else {
        out.put(k, f.getValue());
      }
    }
    return out;
  }

  /** Adds {@code more} into {@code into} (field sets are trees of keys: a union is a deep merge). */
  static void union(Map<String, Object> into, Map<String, Object> more) {
    for (Map.Entry<String, Object> e : more.entrySet()) {
      Object have = into.get(e.getKey());
      if (have instanceof Map<?, ?> && e.getValue() instanceof Map<?, ?>) {
        Map<String, Object> merged = Plain.copy(Plain.map(have));
        union(merged, Plain.map(e.getValue()));
        into.put(e.getKey(), merged);
      } else if (have == null) {
        into.put(e.getKey(), Plain.copy(e.getValue()));
      }
    }
  }
}
