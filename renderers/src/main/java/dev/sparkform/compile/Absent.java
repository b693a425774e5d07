package dev.sparkform.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Empty collections as {@code null} for the operator model classes, whose fields are null when a
 * manifest leaves them out: so a compiled object equals the one read back from its rendered YAML.
 */
final class Absent {
  private Absent() {}

  static <T> List<T> ifEmpty(Collection<T> values) {
    return values.isEmpty() ? null : new ArrayList<>(values);
  }

  static <K, V> Map<K, V> ifEmpty(Map<K, V> values) {
    return values.isEmpty() ? null : new LinkedHashMap<>(values);
  }

  static Integer ifEmpty(java.util.OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** {@code true}, or null for false: a flag a manifest leaves out unless it is set. */
  static Boolean ifFalse(boolean value) {
    return value ? Boolean.TRUE : null;
  }
}
