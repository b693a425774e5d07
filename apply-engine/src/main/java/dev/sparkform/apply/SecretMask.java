package dev.sparkform.apply;

import java.util.Map;
import java.util.Objects;

/**
 * Hides Secret values in plan output while still showing which keys changed: an unchanged value
 * reads {@code sensitive (masked)} on both sides, a changed one {@code sensitive (old value)} and {@code sensitive (new value)}.
 */
final class SecretMask {
  private SecretMask() {}

  /** Before and after views of one object, as shown. */
  record Views(Map<String, Object> before, Map<String, Object> after) {}

  /** Masked copies of a Secret's before/after views (other kinds are returned unchanged); null stays null. */
  static Views mask(ObjectRef ref, Map<String, Object> before, Map<String, Object> after) {
    Views out = new Views(before == null ? null : Plain.copy(before), after == null ? null : Plain.copy(after));
    if (!ref.groupKind().equals("Secret")) {
      return out;
    }
    for (String field : new String[] {"data", "stringData"}) {
      Map<String, Object> b = out.before() == null ? Map.of() : Plain.map(out.before().get(field));
      Map<String, Object> a = out.after() == null ? Map.of() : Plain.map(out.after().get(field));
      for (String key : b.keySet()) {
        b.put(key, a.containsKey(key) && Objects.equals(a.get(key), b.get(key)) ? "sensitive (masked)" : "sensitive (old value)");
      }
      for (String key : a.keySet()) {
        boolean same = out.before() != null && Objects.equals(Plain.map(before.get(field)).get(key), a.get(key));
        a.put(key, same ? "sensitive (masked)" : "sensitive (new value)");
      }
    }
    return out;
  }
}
