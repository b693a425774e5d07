package dev.sparkform.cli;

import dev.sparkform.dsl.ValidationException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON document a run with {@code --output json} prints on standard output, whatever
 * happens: what it planned ({@code plan}), wrote ({@code report}) or listed ({@code revisions}),
 * the {@code error} that stopped it ({@code kind}, {@code message}, {@code problems}) and the
 * {@code exitCode}. A script reads one object and never has to tell text from JSON.
 */
final class JsonDocument {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  /** Adds {@code json}, a JSON object the engine formatted, under {@code key}. */
  void putJson(String key, String json) {
    fields.put(key, serialization().unmarshal(json, Map.class));
  }

  /** Adds a value made of maps, lists, strings, numbers and booleans. */
  void put(String key, Object value) {
    fields.put(key, value);
  }

  /** Records the error that ended the run: {@code usage}, {@code invalid-stack} or {@code error}. */
  void error(String kind, String message, List<?> problems) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("kind", kind);
    e.put("message", message);
    e.put("problems", problems);
    fields.put("error", e);
  }

  /** The kind, headline and problems of an exception, as {@link #error} records them. */
  void error(Exception e, boolean usage) {
    if (e instanceof ValidationException v) {
      error("invalid-stack", "the stack is not valid", v.problems().stream()
          .map(JsonDocument::problem).toList());
    } else {
      String message = e instanceof UserError || e instanceof java.io.IOException || usage ? e.getMessage() : e.toString();
      error(usage ? "usage" : "error", message, List.of());
    }
  }

  private static Map<String, Object> problem(dev.sparkform.dsl.Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", p.path());
    m.put("message", p.message());
    return m;
  }

  String render(int exitCode) {
    fields.put("exitCode", exitCode);
    return serialization().asJson(fields) + "\n";
  }

  /** Made when a document is, so that text output never loads Jackson. */
  private static KubernetesSerialization serialization() {
    return Holder.JSON;
  }

  private static final class Holder {
    static final KubernetesSerialization JSON = new KubernetesSerialization();
  }
}
