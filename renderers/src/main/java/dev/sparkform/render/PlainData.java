package dev.sparkform.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a fabric8 model object into plain ordered data (maps, lists, strings, numbers, booleans)
 * with the {@link KeyOrder}, dropping nulls, empty maps and empty lists (a model object that is set
 * but has no fields is kept as an empty object: {@code emptyDir: {}}). It reads the Jackson
 * annotations of the model classes directly ({@link JsonFields}, from the class files; by
 * reflection only for a class without one): starting Jackson's object mapper costs more than
 * rendering a whole stack, and its output is neither ordered nor free of empty fields.
 */
public final class PlainData {
  private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

  private PlainData() {}

  /** The object as an ordered map; never null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> of(Object modelObject) {
    Object v = value(modelObject);
    return v instanceof Map ? (Map<String, Object>) v : Map.of();
  }

  /** Plain value of anything a model object holds; null for absent or empty. */
  static Object value(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof String || v instanceof Boolean || v instanceof Number) {
      return v;
    }
    if (v instanceof Quantity) {
      return v.toString();
    }
    if (v instanceof AnyType) {
      return value(((AnyType) v).getValue());
    }
    if (v instanceof Enum) {
      return v.toString();
    }
    if (v instanceof Map) {
      Map<String, Object> out = new TreeMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        Object x = value(e.getValue());
        if (x != null) {
          out.put(String.valueOf(e.getKey()), x);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (v instanceof Collection) {
      List<Object> out = new ArrayList<>();
      for (Object e : (Collection<?>) v) {
        Object x = value(e);
        if (x != null) {
          out.add(x);
        }
      }
      return out.isEmpty() ? null : out;
    }
    return bean(v);
  }

  private static Map<String, Object> bean(Object o) {
    // Properties come in KeyOrder (sorted once per class), so fields go straight into an ordered
    // map; only free-form additional properties, when there are any, need a merge.
    Map<String, Object> out = new LinkedHashMap<>();
    TreeMap<String, Object> merged = null;
    for (Property p : properties(o.getClass())) {
      Object x = value(p.get(o));
      if (x == null) {
        continue;
      }
      if (p.additional) {
        merged = new TreeMap<>(KeyOrder.FIELDS);
        merged.putAll(out);
        merged.putAll(castMap(x));
      } else {
        out.put(p.name, x);
      }
    }
    // An object that is present but has no fields stays as {}: in Kubernetes its presence is the
    // meaning (a volume's emptyDir: {} is the whole volume source). Empty maps and
    // lists are still dropped.
    return merged == null ? out : new LinkedHashMap<>(merged);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object x) {
    return (Map<String, Object>) x;
  }

  /** The class's properties, found once per class. */
  private static List<Property> properties(Class<?> type) {
    List<Property> known = PROPERTIES.get(type);
    if (known != null) {
      return known;
    }
    List<Property> found = find(type);
    known = PROPERTIES.putIfAbsent(type, found);
    return known != null ? known : found;
  }

  private static List<Property> find(Class<?> type) {
    List<Property> out = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Optional<List<JsonFields.Declared>> declared = JsonFields.of(c);
      if (declared.isPresent()) {
        for (JsonFields.Declared d : declared.get()) {
          out.add(new Property(d.json(), accessible(field(c, d.field())), null, false));
        }
        continue;
      }
      for (Field f : c.getDeclaredFields()) {
        JsonProperty jp = f.getAnnotation(JsonProperty.class);
        if (!Modifier.isStatic(f.getModifiers()) && jp != null && f.getAnnotation(JsonIgnore.class) == null) {
          out.add(new Property(jp.value().isEmpty() ? f.getName() : jp.value(), accessible(f), null, false));
        }
      }
    }
    // A stable sort: two fields of one name (a subclass's and its superclass's) stay in that order,
    // and the later one's value, when set, wins as it always has.
    out.sort(null); // by name
    try {
      Method m = type.getMethod("getAdditionalProperties");
      out.add(new Property(null, null, m, true));
    } catch (NoSuchMethodException e) {
      // a model class without free-form properties
    }
    return out;
  }

  private static Field field(Class<?> c, String name) {
    try {
      return c.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(c.getName() + " has no field " + name + " though its class file declares it", e);
    }
  }

  private static Field accessible(Field f) {
    f.setAccessible(true);
    return f;
  }

  /** Ordered by name in {@link KeyOrder}. */
  private static final class Property implements Comparable<Property> {
    final String name;
    final Field field;
    final Method getter;
    final boolean additional;

    Property(String name, Field field, Method getter, boolean additional) {
      this.name = name;
      this.field = field;
      this.getter = getter;
      this.additional = additional;
    }

    @Override
    public int compareTo(Property other) {
      return KeyOrder.FIELDS.compare(name, other.name);
    }

    Object get(Object o) {
      try {
        return field != null ? field.get(o) : getter.invoke(o);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + (name == null ? "additional properties" : name)
            + " of " + o.getClass().getName(), e);
      }
    }
  }
}
