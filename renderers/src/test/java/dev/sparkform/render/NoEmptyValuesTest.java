package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** Absent fields are left out: rendered output holds no {@code null}, no {@code {}} and no {@code []}. */
class NoEmptyValuesTest {

  /** Stacks whose objects leave optional fields unset. */
  static Stream<Arguments> sparseStacks() {
    return Stream.of(
        Arguments.of("service account without pull secrets, labels or annotations",
            stack("sparse").add(serviceAccount("bare"))),
        Arguments.of("config map without data", stack("sparse").add(configMap("empty"))),
        Arguments.of("namespace without quota, limit range or annotations", stack("sparse").add(namespace("bare"))),
        Arguments.of("quota with only a pod count, limit range with only a max",
            stack("sparse").namespace("ns").add(namespace("ns").quota(quota("pods").pods(5))
                .limitRange(limitRange("max-only").max(cores(4), null)))),
        Arguments.of("rule without resource names or non-resource URLs, binding to one service account",
            stack("sparse").add(serviceAccount("sa"), role("r").rules(rule().apiGroups("").resources("pods").verbs(GET)),
                roleBinding("rb").role("r").serviceAccount("sa"))),
        Arguments.of("cluster role with only non-resource URLs, binding to a user",
            stack("sparse").add(clusterRole("cr").rules(rule().nonResourceUrls("/metrics").verbs(GET)),
                clusterRoleBinding("crb").clusterRole("cr").user("alice"))),
        Arguments.of("secret with one key", stack("sparse").add(secret("s").data("k", literal("v")))),
        Arguments.of("every kind at once", SampleStacks.platform()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sparseStacks")
  void yamlHasNoNullOrEmptyValues(String description, Stack stack) {
    // GIVEN a stack with unset optional fields
    List<HasMetadata> objects = StackCompiler.create().compile(stack);

    // WHEN it is rendered as YAML
    String yaml = Format.YAML.render(objects);

    // THEN no line holds null, {} or []
    for (String line : yaml.split("\n")) {
      assertFalse(line.matches(".*(: |- )\\s*(null|~)\\s*"), () -> "null value in line: " + line + "\n" + yaml);
      assertFalse(line.contains("{}"), () -> "empty map in line: " + line + "\n" + yaml);
      assertFalse(line.contains("[]"), () -> "empty list in line: " + line + "\n" + yaml);
    }
    // AND read back, no value anywhere is null, an empty map or an empty list
    for (String doc : yaml.split("(?m)^---\n")) {
      assertNoEmpty(new Yaml().load(doc), "");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sparseStacks")
  void jsonHasNoNullOrEmptyValues(String description, Stack stack) {
    // GIVEN a stack with unset optional fields
    List<HasMetadata> objects = StackCompiler.create().compile(stack);

    // WHEN it is rendered as JSON
    String json = Format.JSON.render(objects);

    // THEN it holds no null, {} or []
    assertFalse(json.contains("null"), json);
    assertFalse(json.matches("(?s).*\\{\\s*}.*"), json);
    assertFalse(json.matches("(?s).*\\[\\s*].*"), json);
  }

  @Test
  void unsetFieldsAreLeftOutRatherThanWrittenEmpty() {
    // GIVEN a service account without pull secrets and a config map without data
    List<HasMetadata> objects = StackCompiler.create().compile(
        stack("sparse").add(serviceAccount("bare"), configMap("empty")));

    // WHEN they are rendered
    String sa = YamlRenderer.render(objects.get(0));
    String cm = YamlRenderer.render(objects.get(1));

    // THEN the fields are absent
    assertFalse(sa.contains("\nimagePullSecrets:"), sa);
    assertFalse(sa.contains("\nautomountServiceAccountToken:"), sa);
    assertFalse(sa.contains("\nsecrets:"), sa);
    assertFalse(sa.contains("  annotations:"), sa);
    assertFalse(cm.contains("\ndata:"), cm);
    assertFalse(cm.contains("\nbinaryData:"), cm);
    assertFalse(cm.contains("\nimmutable:"), cm);
    assertEquals(List.of("apiVersion", "kind", "metadata"), List.copyOf(((Map<?, ?>) new Yaml().load(cm)).keySet()));
  }

  @Test
  void falseAndEmptyStringAreValuesNotAbsences() {
    // GIVEN a false flag and an empty string value
    List<HasMetadata> objects = StackCompiler.create().compile(stack("sparse").add(
        serviceAccount("sa").automountToken(false), configMap("cm").data("blank", "").immutable(false)));

    // WHEN rendered
    String yaml = Format.YAML.render(objects);

    // THEN they are kept
    assertTrue(yaml.contains("\nautomountServiceAccountToken: false\n"), yaml);
    assertTrue(yaml.contains("\n  blank: \"\"\n"), yaml);
    assertTrue(yaml.contains("\nimmutable: false\n"), yaml);
  }

  private static void assertNoEmpty(Object value, String path) {
    assertNotNull(value, () -> "null at " + path);
    if (value instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) value;
      assertFalse(m.isEmpty(), () -> "empty map at " + path);
      m.forEach((k, v) -> assertNoEmpty(v, path + "/" + k));
    } else if (value instanceof Collection) {
      List<?> l = new ArrayList<>((Collection<?>) value);
      assertFalse(l.isEmpty(), () -> "empty list at " + path);
      for (int i = 0; i < l.size(); i++) {
        assertNoEmpty(l.get(i), path + "[" + i + "]");
      }
    }
  }
}
