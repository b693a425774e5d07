package dev.sparkform.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Semantic normal form of plain trees, for comparing an upstream manifest with what the model
 * renders: key order ignored (sorted maps), nulls and empty maps/lists dropped, integers as
 * {@code Long} and other numbers as {@code Double}, and, where the CRD schema says int-or-string,
 * numbers as their string (a Quantity renders {@code 1} as {@code "1"}). Below an untyped CRD node
 * ({@code x-kubernetes-preserve-unknown-fields} without properties, e.g. kubeflow's pod
 * {@code template}, which the model types as a fabric8 PodTemplateSpec) every number compares as its
 * string: the CRD does not say which fields are quantities there.
 */
public final class Trees {
  private Trees() {}

  /** Normal form of {@code value} under {@code schema} (may be null: no int-or-string knowledge). */
  public static Object normalize(Object value, Map<?, ?> schema) {
    return normalize(value, schema, false);
  }

  private static boolean untyped(Map<?, ?> schema) {
    return schema != null && Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"))
        && !schema.containsKey("properties");
  }

  private static Object normalize(Object value, Map<?, ?> schema, boolean inUntyped) {
    inUntyped = inUntyped || untyped(schema);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      Map<?, ?> props = schema == null ? null : (Map<?, ?>) schema.get("properties");
      Map<?, ?> additional = schema != null && schema.get("additionalProperties") instanceof Map<?, ?> a ? a : null;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Map<?, ?> child = props != null && props.get(e.getKey()) instanceof Map<?, ?> p ? p : additional;
        Object x = normalize(e.getValue(), child, inUntyped);
        if (x != null) {
          out.put(String.valueOf(e.getKey()), x);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (value instanceof List<?> l) {
      Map<?, ?> items = schema != null && schema.get("items") instanceof Map<?, ?> i ? i : null;
      List<Object> out = new ArrayList<>();
      for (Object e : l) {
        Object x = normalize(e, items, inUntyped);
        if (x != null) {
          out.add(x);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if ((inUntyped || CrdSchemas.isIntOrString(schema)) && (value instanceof Number || value instanceof String)) {
      return value instanceof Number n ? number(n).toString() : value;
    }
    if (value instanceof Number n) {
      return number(n);
    }
    return value;
  }

  private static Object number(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    if (n instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    if (n instanceof BigDecimal d) {
      return d.doubleValue();
    }
    return n.doubleValue();
  }

  /** The first difference between two normal forms, as a path and both values; null if equal. */
  public static String firstDifference(Object expected, Object actual, String path) {
    if (expected instanceof Map<?, ?> a && actual instanceof Map<?, ?> b) {
      TreeMap<String, Object> keys = new TreeMap<>();
      a.keySet().forEach(k -> keys.put(String.valueOf(k), k));
      b.keySet().forEach(k -> keys.put(String.valueOf(k), k));
      for (Object k : keys.values()) {
        String d = firstDifference(a.get(k), b.get(k), path + "." + k);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected instanceof List<?> a && actual instanceof List<?> b && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        String d = firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return java.util.Objects.equals(expected, actual) ? null
        : path + ": upstream " + describe(expected) + " but the model gives " + describe(actual);
  }

  private static String describe(Object v) {
    return v == null ? "nothing" : v + " (" + v.getClass().getSimpleName() + ")";
  }
}
