package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Spark configuration entries with where each came from, in the order they were set: what an
 * app's typed fields mean as {@code spark.*} keys, plus the user's own {@code sparkConf}. A later
 * entry for the same key replaces an earlier one and keeps the later origin.
 */
public final class SparkProperties {
  /** Where a setting came from. */
  public enum Origin {
    /** A typed DSL field, e.g. {@code executor().memory(gib(8))}. */
    TYPED,
    /** A default Sparkform adds for a known failure, e.g. a writable Ivy directory. */
    SPARKFORM_DEFAULT,
    /** The user's {@code sparkConf(..)}. */
    USER,
    /** Spark's own default, which applies because nothing sets the key (shown by {@code explain}). */
    SPARK_DEFAULT
  }

  /** One setting: its value, origin, and the DSL field or reason behind it. */
  public static final class Entry {
    private final String value;
    private final Origin origin;
    private final String because;

    Entry(String value, Origin origin, String because) {
      this.value = value;
      this.origin = origin;
      this.because = because;
    }

    public String value() {
      return value;
    }

    public Origin origin() {
      return origin;
    }

    /** The DSL field ({@code executor.memory}) or the reason for a default. */
    public String because() {
      return because;
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  void put(String key, String value, Origin origin, String because) {
    entries.remove(key);
    entries.put(key, new Entry(value, origin, because));
  }

  void typed(String key, Object value, String field) {
    put(key, String.valueOf(value), Origin.TYPED, field);
  }

  /** {@link #typed(String, Object, String)} with the optional's value; nothing when it is empty. */
  void typed(String key, Optional<?> value, String field) {
    if (value.isPresent()) {
      typed(key, value.get(), field);
    }
  }

  void typed(String key, OptionalInt value, String field) {
    if (value.isPresent()) {
      typed(key, value.getAsInt(), field);
    }
  }

  void typed(String key, OptionalDouble value, String field) {
    if (value.isPresent()) {
      typed(key, value.getAsDouble(), field);
    }
  }

  /** {@link #typed(String, Object, String)} for each entry, its key after {@code prefix}. */
  void typedAll(String prefix, Map<String, String> values, String field) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      typed(prefix + e.getKey(), e.getValue(), field);
    }
  }

  /**
   * A key the target must set to {@code value}: the user's sparkConf may repeat it, not contradict it
   * (a contradiction is a problem and the user's value stays, so that nothing else reports it twice).
   */
  void required(String key, String value, String field, Problems problems) {
    Entry user = entries.get(key);
    if (user != null && user.origin() == Origin.USER && !user.value().equals(value)) {
      problems.add("sparkConf %s=%s contradicts %s (%s); set it in one place", key, user.value(), field, value);
      return;
    }
    typed(key, value, field);
  }

  /** An independent copy, in the same order. */
  SparkProperties copy() {
    SparkProperties out = new SparkProperties();
    out.entries.putAll(entries);
    return out;
  }

  /** Removes a key, returning its entry (or null). */
  Entry remove(String key) {
    return entries.remove(key);
  }

  public Map<String, Entry> entries() {
    return Collections.unmodifiableMap(entries);
  }

  /** Key to value, sorted by key (how operators' sparkConf maps and properties files are written). */
  public Map<String, String> asMap() {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      out.put(e.getKey(), e.getValue().value());
    }
    return out;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
