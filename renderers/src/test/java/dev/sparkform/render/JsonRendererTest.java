package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON output: valid, strict JSON; a Kubernetes v1 List; strings escaped; two-space indent. */
class JsonRendererTest {
  private static final JsonMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  @Test
  void stackRendersAsAValidV1ListOfItemsInInstallOrder() {
    // GIVEN every kind
    List<HasMetadata> objects = StackCompiler.create().compile(SampleStacks.platform());

    // WHEN rendered as JSON
    String json = Format.JSON.render(objects);

    // THEN a strict JSON parser accepts it, and it is a v1 List of the objects in order
    JsonNode root = STRICT.readTree(json);
    assertEquals(List.of("apiVersion", "kind", "items"), fieldNames(root));
    assertEquals("v1", root.get("apiVersion").asString());
    assertEquals("List", root.get("kind").asString());
    assertEquals(objects.size(), root.get("items").size());
    for (int i = 0; i < objects.size(); i++) {
      JsonNode item = root.get("items").get(i);
      assertEquals(objects.get(i).getKind(), item.get("kind").asString());
      assertEquals(objects.get(i).getApiVersion(), item.get("apiVersion").asString());
      assertEquals(objects.get(i).getMetadata().getName(), item.get("metadata").get("name").asString());
    }
    // AND it ends with one newline, and booleans stay booleans
    assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
    assertTrue(root.get("items").get(3).get("automountServiceAccountToken").isBoolean());
  }

  @Test
  void emptyStackIsAListWithoutItems() {
    // GIVEN no objects
    String json = JsonRenderer.render(List.of());

    // THEN still a valid List
    JsonNode root = STRICT.readTree(json);
    assertEquals("List", root.get("kind").asString());
    assertEquals(0, root.get("items").size());
  }

  @Test
  void stringsAreEscapedAndReadBackUnchanged() {
    // GIVEN values with quotes, backslashes, line breaks, control characters and non-ASCII text
    Map<String, String> values = new LinkedHashMap<>();
    values.put("quote", "say \"hi\"");
    values.put("backslash", "C:\\spark\\bin");
    values.put("newline", "line 1\nline 2\n");
    values.put("crlf", "a\r\nb");
    values.put("tab", "a\tb");
    values.put("control", "\u0000\u0001\u0008\u000b\u000c\u001b\u001f\u007f");
    values.put("unicode", "Grüße ✓ 日本 İı 😀");
    values.put("separators", "a\u2028b\u2029c");
    values.put("slash", "</script>");
    values.put("empty", "");
    var cm = configMap("escapes");
    for (Map.Entry<String, String> e : values.entrySet()) {
      cm = cm.data(e.getKey(), e.getValue());
    }
    HasMetadata object = StackCompiler.create().compile(stack("json").add(cm)).get(0);

    // WHEN rendered as JSON
    String json = JsonRenderer.render(object);

    // THEN no raw control character is left in the text (but the newlines between lines)
    for (char c : json.toCharArray()) {
      assertFalse(c < 0x20 && c != '\n', () -> "raw control character " + (int) c + " in\n" + json);
    }
    assertTrue(json.contains("\"quote\": \"say \\\"hi\\\"\""), json);
    assertTrue(json.contains("\"backslash\": \"C:\\\\spark\\\\bin\""), json);
    assertTrue(json.contains("\"newline\": \"line 1\\nline 2\\n\""), json);
    assertTrue(json.contains("\"crlf\": \"a\\r\\nb\""), json);
    assertTrue(json.contains("\"tab\": \"a\\tb\""), json);
    assertTrue(json.contains("\\u0000\\u0001\\b\\u000b\\f\\u001b\\u001f"), json);
    assertTrue(json.contains("\"unicode\": \"Grüße ✓ 日本 İı 😀\""), json);
    // AND a strict parser reads every value back unchanged
    JsonNode data = STRICT.readTree(json).get("data");
    values.forEach((k, v) -> assertEquals(v, data.get(k).asString(), k));
  }

  @Test
  void singleObjectIsAnObjectTwoSpaceIndented() {
    // GIVEN one service account
    HasMetadata sa = StackCompiler.create().compile(stack("json").add(serviceAccount("sa"))).get(0);

    // WHEN rendered alone
    String json = Format.JSON.render(sa);

    // THEN it is the object itself, indented by two spaces per level
    assertEquals("""
        {
          "apiVersion": "v1",
          "kind": "ServiceAccount",
          "metadata": {
            "name": "sa",
            "namespace": "default",
            "labels": {
              "app.kubernetes.io/managed-by": "sparkform",
              "app.kubernetes.io/name": "json",
              "app.kubernetes.io/part-of": "json"
            }
          }
        }
        """, json);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
