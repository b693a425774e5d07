package dev.sparkform.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields the server owns: never part of what we write or compare. Of metadata we manage only
 * name, namespace, labels and annotations (kapp's default "rebase" rules); {@code status} is the
 * controllers'. Everything else the server adds or defaults is outside our projection anyway.
 */
final class ServerFields {
  private static final List<String> OWN_METADATA = List.of("name", "namespace", "labels", "annotations");

  private ServerFields() {}

  /** A copy of {@code object} without status and server-populated metadata. */
  static Map<String, Object> strip(Map<String, Object> object) {
    Map<String, Object> out = new LinkedHashMap<>(object);
    out.remove("status");
    Map<String, Object> meta = new LinkedHashMap<>();
    Map<String, Object> live = Plain.map(object.get("metadata"));
    for (String k : OWN_METADATA) {
      if (live.containsKey(k)) {
        meta.put(k, live.get(k));
      }
    }
    out.put("metadata", meta);
    return Plain.object(out);
  }
}
