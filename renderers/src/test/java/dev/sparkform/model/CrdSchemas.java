package dev.sparkform.model;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates plain trees (as {@link dev.sparkform.render.PlainData} makes them) against the
 * {@code openAPIV3Schema} of an upstream CRD in {@code shared/reference/crds/}, with
 * com.networknt:json-schema-validator as JSON Schema draft 4 (the base of OpenAPI 3.0 schemas).
 *
 * <p>The CRD schema is translated first: {@code x-kubernetes-int-or-string} becomes "integer or
 * string"; {@code nullable} adds {@code null}; {@code format: int32} becomes 32-bit bounds (int64 is
 * a JSON integer anyway); other {@code x-kubernetes-*} keywords are dropped. Objects with declared
 * properties and neither {@code additionalProperties} nor {@code x-kubernetes-preserve-unknown-fields}
 * reject unknown fields: the API server would silently prune them, which for a rendered resource is
 * a bug to report, not to ship.
 */
public final class CrdSchemas {
  private static final Pattern TYPE_MISMATCH = Pattern.compile("(\\w+) found, (\\w+) expected");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, Map<String, Object>> RAW = new ConcurrentHashMap<>();
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private CrdSchemas() {}

  /**
   * Problems of {@code tree} against the CRD's schema for {@code version}, each as
   * {@code "<JSON pointer>: <message>"} (e.g. {@code /spec/driver/cores: string found, integer
   * expected}; {@code /} is the resource itself); empty when valid.
   *
   * @param crdFile path under {@code shared/reference/crds/}, e.g.
   *     {@code kubeflow-spark-operator/sparkoperator.k8s.io_sparkapplications.yaml}
   */
  public static List<String> validate(String crdFile, String version, Map<String, Object> tree) {
    Schema schema = SCHEMAS.computeIfAbsent(crdFile + "@" + version,
        k -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(JSON.valueToTree(translateRoot(openApiSchema(crdFile, version)))));
    // One problem per place: the alternatives of an anyOf (int-or-string) report as one.
    Map<String, List<Error>> byPlace = new LinkedHashMap<>();
    for (Error e : schema.validate(JSON.<JsonNode>valueToTree(tree))) {
      String location = e.getInstanceLocation().toString();
      boolean alternative = e.getEvaluationPath().toString().contains("/anyOf/");
      byPlace.computeIfAbsent((location.isEmpty() ? "/" : location) + (alternative ? " anyOf" : " " + e), k -> new ArrayList<>()).add(e);
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<Error>> place : byPlace.entrySet()) {
      String location = place.getKey().substring(0, place.getKey().indexOf(' '));
      out.add(location + ": " + message(place.getValue()));
    }
    return out;
  }

  private static String message(List<Error> alternatives) {
    if (alternatives.size() == 1) {
      return alternatives.get(0).getMessage();
    }
    List<String> expected = new ArrayList<>();
    String found = null;
    for (Error e : alternatives) {
      Matcher m = TYPE_MISMATCH.matcher(e.getMessage());
      if (!m.matches()) {
        return alternatives.stream().map(Error::getMessage).distinct().collect(Collectors.joining("; or "));
      }
      found = m.group(1);
      expected.add(m.group(2));
    }
    return found + " found, " + String.join(" or ", expected) + " expected";
  }

  /** The untranslated {@code openAPIV3Schema} of a CRD version, as parsed from the file. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> openApiSchema(String crdFile, String version) {
    Map<String, Object> crd = RAW.computeIfAbsent(crdFile, CrdSchemas::load);
    Map<String, Object> spec = (Map<String, Object>) crd.get("spec");
    for (Object v : (List<Object>) spec.get("versions")) {
      Map<String, Object> ver = (Map<String, Object>) v;
      if (version.equals(ver.get("name"))) {
        return (Map<String, Object>) ((Map<String, Object>) ver.get("schema")).get("openAPIV3Schema");
      }
    }
    throw new IllegalArgumentException(crdFile + " has no version " + version);
  }

  /** Whether the CRD serves {@code version}. */
  @SuppressWarnings("unchecked")
  public static boolean hasVersion(String crdFile, String version) {
    Map<String, Object> spec = (Map<String, Object>) RAW.computeIfAbsent(crdFile, CrdSchemas::load).get("spec");
    return ((List<Object>) spec.get("versions")).stream().anyMatch(v -> version.equals(((Map<?, ?>) v).get("name")));
  }

  /** Whether a schema node is Kubernetes' int-or-string. */
  public static boolean isIntOrString(Map<?, ?> schema) {
    return schema != null && Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(String crdFile) {
    Path f = SharedReference.require().resolve("crds").resolve(crdFile);
    try {
      return (Map<String, Object>) UpstreamExamples.yaml().load(Files.readString(f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resource schema; apiVersion, kind and metadata are always allowed (some CRDs omit them). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> translateRoot(Map<String, Object> root) {
    Map<String, Object> out = translate(root);
    Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) out.getOrDefault("properties", Map.of()));
    props.putIfAbsent("apiVersion", Map.of("type", "string"));
    props.putIfAbsent("kind", Map.of("type", "string"));
    props.putIfAbsent("metadata", Map.of("type", "object"));
    out.put("properties", props);
    return out;
  }

  /** The CRD dialect of a schema node, as draft 4. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> translate(Map<String, Object> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : in.entrySet()) {
      String k = e.getKey();
      Object v = e.getValue();
      if (k.startsWith("x-kubernetes-") || k.equals("description") || k.equals("nullable") || k.equals("format")) {
        continue;
      }
      if (k.equals("properties")) {
        Map<String, Object> props = new LinkedHashMap<>();
        ((Map<String, Object>) v).forEach((name, s) -> props.put(name, translate((Map<String, Object>) s)));
        out.put(k, props);
      } else if ((k.equals("items") || k.equals("additionalProperties") || k.equals("not")) && v instanceof Map) {
        out.put(k, translate((Map<String, Object>) v));
      } else if ((k.equals("anyOf") || k.equals("allOf") || k.equals("oneOf")) && v instanceof List) {
        List<Object> list = new ArrayList<>();
        for (Object s : (List<Object>) v) {
          list.add(translate((Map<String, Object>) s));
        }
        out.put(k, list);
      } else {
        out.put(k, v);
      }
    }
    if (isIntOrString(in)) {
      out.remove("type");
      out.remove("anyOf");
      out.put("anyOf", List.of(Map.of("type", "integer"), Map.of("type", "string")));
    }
    if ("int32".equals(in.get("format")) && "integer".equals(in.get("type"))) {
      out.putIfAbsent("minimum", Integer.MIN_VALUE);
      out.putIfAbsent("maximum", Integer.MAX_VALUE);
    }
    if ("date-time".equals(in.get("format"))) {
      out.put("format", "date-time");
    }
    if (Boolean.TRUE.equals(in.get("nullable")) && out.get("type") instanceof String t) {
      out.put("type", List.of(t, "null"));
    }
    if ("object".equals(in.get("type")) && in.containsKey("properties") && !in.containsKey("additionalProperties")
        && !Boolean.TRUE.equals(in.get("x-kubernetes-preserve-unknown-fields"))) {
      out.put("additionalProperties", false);
    }
    return out;
  }
}
