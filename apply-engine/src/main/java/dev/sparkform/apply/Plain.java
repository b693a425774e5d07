package dev.sparkform.apply;

import dev.sparkform.render.KeyOrder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain object data (maps, lists, strings, numbers, booleans) in one canonical form, so that what
 * we compiled and what the server returns compare equal when they mean the same: keys in
 * {@link KeyOrder}, no null values or empty lists, integral numbers as {@code Long}. Empty maps
 * stay ({@code emptyDir: {}}); comparisons only ever look at the fields we set, so the empty maps
 * a server adds elsewhere do not matter.
 */
final class Plain {
  static final KubernetesSerialization JSON = new KubernetesSerialization();

  private Plain() {}

  /** Any model object or parsed JSON as canonical plain data; null for null and empty lists. */
  static Object canonical(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Map<?, ?> m) {
      TreeMap<String, Object> out = new TreeMap<>(KeyOrder.FIELDS);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object x = canonical(e.getValue());
        if (x != null) {
          out.put(String.valueOf(e.getKey()), x);
        }
      }
      return new LinkedHashMap<>(out); // an empty map can mean something: emptyDir: {} is a whole volume source
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      for (Object e : c) {
        Object x = canonical(e);
        if (x != null) {
          out.add(x);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) n.longValue() : (Object) d;
    }
    if (v instanceof String || v instanceof Boolean) {
      return v;
    }
    // A model object (e.g. GenericKubernetesResource): through JSON, then canonical.
    return canonical(JSON.convertValue(v, Map.class));
  }

  /** {@link #canonical} of an object, as a map (empty when the object is empty). */
  static Map<String, Object> object(Object v) {
    Object c = canonical(v);
    return c == null ? new LinkedHashMap<>() : map(c);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object v) {
    return v instanceof Map ? (Map<String, Object>) v : new LinkedHashMap<>();
  }

  /** A deep, mutable copy. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), copy(x)));
      return (T) out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(copy(x)));
      return (T) out;
    }
    return v;
  }

  /** The value at a dotted path ({@code metadata.labels}), or null. */
  static Object at(Map<String, Object> object, String path) {
    Object v = object;
    for (String part : path.split("\\.")) {
      if (!(v instanceof Map)) {
        return null;
      }
      v = ((Map<?, ?>) v).get(part);
    }
    return v;
  }

  /** Compact JSON (for annotations and request bodies). */
  static String json(Object v) {
    return JSON.asJson(v);
  }

  static Map<String, Object> parseJson(String json) {
    return object(JSON.unmarshal(json, Map.class));
  }
}
