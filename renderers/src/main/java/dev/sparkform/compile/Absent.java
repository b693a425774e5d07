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
}
