package dev.sparkform.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks each CRD's {@code openAPIV3Schema} (all of {@code spec}; {@code status} is the operator's)
 * beside the model classes: every CRD property must have a {@code @JsonProperty} field of the
 * matching Java type (integer: Integer for int32, Long for int64; number: Double; boolean: Boolean;
 * string: String; int-or-string: Quantity or IntOrString; array: List; string map: Map), and every
 * field of our model classes must be a CRD property. Below a fabric8 Kubernetes class the walk
 * goes on and requires the property names only (fabric8's own types are its business).
 */
class CrdCoverageTest {
  /**
   * CRD properties that the fabric8 model classes do not declare (Gateway API's newer
   * {@code sessionPersistence.idleTimeout}). fabric8 keeps unknown fields in
   * {@code additionalProperties}, so they still round-trip ({@link #aFieldFabric8LacksStillRoundTrips}).
   */
  static final Map<Class<?>, Set<String>> KNOWN_FABRIC8_GAPS = Map.of(
      dev.sparkform.model.apache.SparkApplication.class, new TreeSet<>(Set.of(
          "$.spec.driverGrpcRouteList[].grpcRouteSpec.rules[].sessionPersistence.idleTimeout: no @JsonProperty(\"idleTimeout\") field in io.fabric8.kubernetes.api.model.gatewayapi.v1.SessionPersistence",
          "$.spec.driverHttpRouteList[].httpRouteSpec.rules[].sessionPersistence.idleTimeout: no @JsonProperty(\"idleTimeout\") field in io.fabric8.kubernetes.api.model.gatewayapi.v1.SessionPersistence")));

  /** Fields of every resource that some CRDs leave out of their schema. */
  private static final Set<String> RESOURCE_FIELDS = Set.of("apiVersion", "kind", "metadata");

  @Test
  void aFieldFabric8LacksStillRoundTrips() {
    String json = """
        {"apiVersion": "spark.apache.org/v1", "kind": "SparkApplication", "metadata": {"name": "a"},
         "spec": {"runtimeVersions": {"sparkVersion": "4.0.1"},
          "driverHttpRouteList": [{"httpRouteSpec": {"rules": [{"sessionPersistence": {"idleTimeout": "1h", "sessionName": "s"}}]}}]}}
        """;
    var app = new io.fabric8.kubernetes.client.utils.KubernetesSerialization()
        .unmarshal(json, dev.sparkform.model.apache.SparkApplication.class);
    Map<String, Object> tree = dev.sparkform.render.PlainData.of(app);
    assertEquals("{sessionPersistence={idleTimeout=1h, sessionName=s}}",
        String.valueOf(((List<?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) tree.get("spec"))
            .get("driverHttpRouteList")).get(0)).get("httpRouteSpec")).get("rules")).get(0)));
  }
  @TestFactory
  Stream<DynamicTest> everyCrdPropertyHasAField() {
    SharedReference.require();
    return ModelTypes.ALL.stream().map(t -> DynamicTest.dynamicTest(t.apiVersion() + " " + t.kind(), () -> {
      Map<String, Object> schema = CrdSchemas.openApiSchema(t.crdFile(), t.crdVersion());
      List<String> problems = problems(schema, t.modelClass());
      List<String> fabric8Gaps = problems.stream().filter(p -> p.contains(" field in io.fabric8.")).toList();
      List<String> ours = problems.stream().filter(p -> !fabric8Gaps.contains(p)).toList();
      assertTrue(ours.isEmpty(), t.kind() + " (" + t.crdFile() + " " + t.crdVersion() + "): "
          + ours.size() + " problems:\n  " + String.join("\n  ", ours));
      assertEquals(KNOWN_FABRIC8_GAPS.getOrDefault(t.modelClass(), Set.of()), new TreeSet<>(fabric8Gaps),
          "CRD properties that fabric8 " + "8.0.0 model classes lack (kept in their additionalProperties)");
    }));
  }

  @Test
  void theWalkFindsAMissingFieldAndAWrongType() {
    Map<String, Object> schema = Map.of("type", "object", "properties", Map.of(
        "name", Map.of("type", "string"),
        "quantity", Map.of("type", "string"),
        "absent", Map.of("type", "integer")));
    List<String> problems = problems(schema, dev.sparkform.model.kubeflow.GPUSpec.class);
    assertEquals(Set.of(
        "$.absent: no @JsonProperty(\"absent\") field in dev.sparkform.model.kubeflow.GPUSpec",
        "$.quantity: CRD type string but field type java.lang.Long"), new TreeSet<>(problems));
  }

  /** Problems of {@code type} against the CRD schema of a whole resource. */
  @SuppressWarnings("unchecked")
  static List<String> problems(Map<String, Object> schema, Class<?> type) {
    List<String> out = new ArrayList<>();
    Map<String, Object> copy = new LinkedHashMap<>(schema);
    if (copy.get("properties") instanceof Map<?, ?> props && props.containsKey("status")) {
      Map<String, Object> p = new LinkedHashMap<>((Map<String, Object>) props);
      p.remove("status");
      copy.put("properties", p);
    }
    walk(copy, type, "$", true, out);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void walk(Map<String, Object> schema, Type javaType, String path, boolean ours, List<String> out) {
    Class<?> raw = raw(javaType);
    ours = ours && !raw.getName().startsWith("io.fabric8.");
    String crdType = String.valueOf(schema.get("type"));
    if (CrdSchemas.isIntOrString(schema)) {
      if (ours && raw != Quantity.class && raw != IntOrString.class) {
        out.add(path + ": CRD int-or-string but field type " + raw.getName());
      }
      return;
    }
    switch (crdType) {
      case "string" -> expect(ours, raw, path, out, crdType, String.class);
      case "boolean" -> expect(ours, raw, path, out, crdType, Boolean.class);
      case "number" -> expect(ours, raw, path, out, crdType, Double.class);
      case "integer" -> {
        Object format = schema.get("format");
        if ("int32".equals(format)) {
          expect(ours, raw, path, out, "integer/int32", Integer.class);
        } else if ("int64".equals(format)) {
          expect(ours, raw, path, out, "integer/int64", Long.class);
        } else {
          expect(ours, raw, path, out, crdType, Integer.class, Long.class);
        }
      }
      case "array" -> {
        if (!List.class.isAssignableFrom(raw)) {
          out.add(path + ": CRD array but field type " + raw.getName());
          return;
        }
        walk((Map<String, Object>) schema.get("items"), typeArgument(javaType, 0), path + "[]", ours, out);
      }
      case "object" -> {
        if (schema.get("properties") instanceof Map<?, ?> props) {
          if (Map.class.isAssignableFrom(raw) || raw == Object.class) {
            out.add(path + ": CRD object with properties but field type " + raw.getName());
            return;
          }
          Map<String, Field> fields = fields(raw);
          for (Map.Entry<String, Object> p : ((Map<String, Object>) props).entrySet()) {
            Field f = fields.get(p.getKey());
            if (f == null) {
              out.add(path + "." + p.getKey() + ": no @JsonProperty(\"" + p.getKey() + "\") field in " + raw.getName());
            } else {
              walk((Map<String, Object>) p.getValue(), resolve(f, raw), path + "." + p.getKey(), ours, out);
            }
          }
          if (ours) {
            for (String name : fields.keySet()) {
              if (!props.containsKey(name) && !(path.equals("$") && RESOURCE_FIELDS.contains(name))) {
                out.add(path + "." + name + ": field of " + raw.getName() + " is not in the CRD");
              }
            }
          }
        } else if (schema.get("additionalProperties") instanceof Map<?, ?> additional) {
          if (!Map.class.isAssignableFrom(raw)) {
            out.add(path + ": CRD map but field type " + raw.getName());
            return;
          }
          walk((Map<String, Object>) additional, typeArgument(javaType, 1), path + "{}", ours, out);
        }
        // else: free-form object (x-kubernetes-preserve-unknown-fields); any type may hold it
      }
      default -> out.add(path + ": CRD type " + crdType + " not understood");
    }
  }

  private static void expect(boolean ours, Class<?> raw, String path, List<String> out, String crdType, Class<?>... allowed) {
    if (!ours) {
      return;
    }
    for (Class<?> a : allowed) {
      if (a == raw) {
        return;
      }
    }
    out.add(path + ": CRD type " + crdType + " but field type " + raw.getName());
  }

  /** JSON name to field, up the class hierarchy, as PlainData reads them. */
  static Map<String, Field> fields(Class<?> type) {
    Map<String, Field> out = new LinkedHashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        JsonProperty jp = f.getAnnotation(JsonProperty.class);
        if (jp != null && !Modifier.isStatic(f.getModifiers())) {
          out.putIfAbsent(jp.value().isEmpty() ? f.getName() : jp.value(), f);
        }
      }
    }
    return out;
  }

  /** The field's type, with a type variable of a generic superclass resolved against {@code owner}. */
  private static Type resolve(Field f, Class<?> owner) {
    Type t = f.getGenericType();
    if (!(t instanceof TypeVariable<?> v)) {
      return t;
    }
    TypeVariable<?>[] params = f.getDeclaringClass().getTypeParameters();
    for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType p && p.getRawType() == f.getDeclaringClass()) {
        for (int i = 0; i < params.length; i++) {
          if (params[i].getName().equals(v.getName())) {
            return p.getActualTypeArguments()[i];
          }
        }
      }
    }
    return Object.class;
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type typeArgument(Type t, int i) {
    if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      return p.getActualTypeArguments()[i];
    }
    return Object.class;
  }
}
