package dev.sparkform.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rollback's Secrets: revisions keep only digests of their values, so the values are found where
 * they still are: the live Secret, or the stack's current source (its files and environment, read
 * when compiled), whichever has bytes with exactly the recorded digests. Neither: the rollback
 * cannot restore that Secret and says so, naming it.
 */
final class SecretRestore {
  private SecretRestore() {}

  /** {@code object} with its values restored; empty (and a line in {@code errors}) when they cannot be. */
  static Optional<Map<String, Object>> restore(Map<String, Object> object, int revision, List<Map<String, Object>> candidates,
      List<String> errors) {
    Map<String, Object> data = Plain.map(object.get("data"));
    if (!"Secret".equals(object.get("kind")) || data.values().stream().noneMatch(History::isDigest)) {
      return Optional.of(object);
    }
    ObjectRef ref = ObjectRef.of(object);
    for (Map<String, Object> c : candidates) {
      if (c != null && ObjectRef.of(c).equals(ref) && matches(data, Plain.map(c.get("data")))) {
        Map<String, Object> restored = Plain.copy(object);
        restored.put("data", Plain.copy(Plain.map(c.get("data"))));
        return Optional.of(Plain.object(restored));
      }
    }
    errors.add(ref + ": revision " + revision + " keeps only digests of its values, and neither the live Secret"
        + " nor the stack's current source has them; restore the values at their source (file or environment"
        + " variable) and roll back again, or apply the stack as it is");
    return Optional.empty();
  }

  private static boolean matches(Map<String, Object> digests, Map<String, Object> values) {
    if (!digests.keySet().equals(values.keySet())) {
      return false;
    }
    for (Map.Entry<String, Object> d : digests.entrySet()) {
      Object v = values.get(d.getKey());
      if (!d.getValue().equals(History.digest(java.util.Base64.getDecoder().decode(String.valueOf(v))))) {
        return false;
      }
    }
    return true;
  }

  static List<Map<String, Object>> candidates(Live live, List<Map<String, Object>> sources) {
    List<Map<String, Object>> out = new ArrayList<>(live.members.values());
    out.addAll(live.others.values());
    out.addAll(sources);
    return out;
  }
}
