package dev.sparkform.apply;

import java.util.Map;
import java.util.Objects;

/**
 * Hides Secret values in plan output while still showing which keys changed: an unchanged value
 * reads {@code sensitive (masked)} on both sides, a changed one {@code sensitive (old value)} and {@code sensitive (new value)}.
 */
final class SecretMask {
  private SecretMask() {}

  /** Masked copies of a Secret's before/after views (other kinds are returned unchanged); null stays null. */
  static Map<String, Object>[] mask(ObjectRef ref, Map<String, Object> before, Map<String, Object> after) {
    @SuppressWarnings("unchecked")
    Map<String, Object>[] out = new Map[] {before == null ? null : Plain.copy(before), after == null ? null : Plain.copy(after)};
    if (!ref.groupKind().equals("Secret")) {
      return out;
    }
    for (String field : new String[] {"data", "stringData"}) {
      Map<String, Object> b = out[0] == null ? Map.of() : Plain.map(out[0].get(field));
      Map<String, Object> a = out[1] == null ? Map.of() : Plain.map(out[1].get(field));
      for (String key : b.keySet()) {
        b.put(key, a.containsKey(key) && Objects.equals(a.get(key), b.get(key)) ? "sensitive (masked)" : "sensitive (old value)");
      }
      for (String key : a.keySet()) {
        boolean same = out[0] != null && Objects.equals(Plain.map(before.get(field)).get(key), a.get(key));
        a.put(key, same ? "sensitive (masked)" : "sensitive (new value)");
      }
    }
    return out;
  }
}
