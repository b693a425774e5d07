package dev.sparkform.apply;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What we wrote last time, kept on the object in annotation {@value #ANNOTATION} (compact JSON),
 * so that a field we set before and no longer declare is removed rather than left behind. Only
 * which keys we manage matters for that, so the values of Secret and ConfigMap data are blanked:
 * annotations are readable by anyone who may read the object, and all of an object's annotations
 * together may not exceed 256 KiB, which a Spark configuration file in a ConfigMap could.
 */
final class LastApplied {
  static final String ANNOTATION = "sparkform.dev/last-applied";

  private LastApplied() {}

  /** The annotation value for a desired object (given without the annotation). */
  static String of(Map<String, Object> desired) {
    Map<String, Object> shape = Plain.copy(desired);
    if ("Secret".equals(shape.get("kind")) || "ConfigMap".equals(shape.get("kind"))) {
      for (String field : new String[] {"data", "binaryData", "stringData"}) {
        Map<String, Object> data = Plain.map(shape.get(field));
        data.replaceAll((k, v) -> "");
      }
    }
    return Plain.json(shape);
  }

  /** What the live object says we applied last; empty when it has no (readable) record. */
  static Map<String, Object> read(Map<String, Object> live) {
    String json = LiveReader.annotation(live, ANNOTATION);
    if (json == null) {
      return new LinkedHashMap<>();
    }
    try {
      return Plain.parseJson(json);
    } catch (RuntimeException e) {
      return new LinkedHashMap<>(); // someone edited it by hand: treat as unknown
    }
  }

  /** {@code object} without the annotation (for diffs: it changes whenever anything else does). */
  static Map<String, Object> without(Map<String, Object> object) {
    Map<String, Object> copy = Plain.copy(object);
    Map<String, Object> meta = Plain.map(copy.get("metadata"));
    Map<String, Object> annotations = Plain.map(meta.get("annotations"));
    annotations.remove(ANNOTATION);
    if (annotations.isEmpty()) {
      meta.remove("annotations");
    }
    return Plain.object(copy);
  }
}
