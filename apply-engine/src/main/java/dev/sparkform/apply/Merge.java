package dev.sparkform.apply;

import java.util.Map;

/**
 * The client-side three-way merge kubectl does: start from the live object, remove what we set
 * last time and no longer declare, then set every field we declare (maps merge, lists and scalars
 * replace). Fields that others set stay untouched. Done here rather than by a JSON merge patch
 * with nulls, because fabric8's in-memory server stores the nulls instead of removing the keys.
 */
final class Merge {
  private Merge() {}

  static Map<String, Object> apply(Map<String, Object> live, Map<String, Object> last, Map<String, Object> desired) {
    Map<String, Object> out = Plain.copy(live);
    removeDropped(out, last, desired);
    overlay(out, desired);
    return out;
  }

  private static void removeDropped(Map<String, Object> target, Map<String, Object> last, Map<String, Object> desired) {
    for (Map.Entry<String, Object> e : last.entrySet()) {
      Object want = desired.get(e.getKey());
      if (want == null) {
        target.remove(e.getKey());
      } else if (e.getValue() instanceof Map && want instanceof Map && target.get(e.getKey()) instanceof Map) {
        removeDropped(Plain.map(target.get(e.getKey())), Plain.map(e.getValue()), Plain.map(want));
      }
    }
  }

  private static void overlay(Map<String, Object> target, Map<String, Object> desired) {
    for (Map.Entry<String, Object> e : desired.entrySet()) {
      Object have = target.get(e.getKey());
      if (e.getValue() instanceof Map && have instanceof Map) {
        overlay(Plain.map(have), Plain.map(e.getValue()));
      } else {
        target.put(e.getKey(), Plain.copy(e.getValue()));
      }
    }
  }
}
