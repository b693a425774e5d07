package dev.sparkform.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.render.Format;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every example's output has, checked with fabric8's own deserializer as the oracle. */
class RenderInvariantsTest {
  private static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();
  private static final Pattern EMPTY_FIELD = Pattern.compile("(:|^\\s*-)\\s*(null|~|\\{\\}|\\[\\])\\s*$",
      Pattern.MULTILINE);

  static Stream<Named<Example>> examples() {
    return Examples.all().stream().map(e -> Named.of(e.name(), e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void renderingTwiceGivesTheSameBytes(Example example) {
    String first = Format.YAML.render(StackCompiler.create().compile(example.define()));
    String second = Format.YAML.render(StackCompiler.create().compile(example.define()));
    assertEquals(first, second);
    assertEquals(Format.JSON.render(StackCompiler.create().compile(example.define())),
        Format.JSON.render(StackCompiler.create().compile(example.define())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void outputHasNoNullOrEmptyFields(Example example) {
    String yaml = Format.YAML.render(StackCompiler.create().compile(example.define()));
    assertFalse(EMPTY_FIELD.matcher(yaml).find(), () -> "null or empty field in:\n" + yaml);
    String json = Format.JSON.render(StackCompiler.create().compile(example.define()));
    assertFalse(json.contains("null") || json.contains("{}") || json.contains("[]"), json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyYamlDocumentParsesBackToTheCompiledObject(Example example) {
    List<HasMetadata> compiled = StackCompiler.create().compile(example.define());
    String yaml = Format.YAML.render(compiled);
    List<String> documents = Arrays.stream(yaml.split("(?m)^---\\n")).collect(Collectors.toList());
    assertEquals(compiled.size(), documents.size());
    for (int i = 0; i < compiled.size(); i++) {
      HasMetadata parsed = FABRIC8.unmarshal(documents.get(i));
      assertEquals(compiled.get(i), parsed, "document " + i + ":\n" + documents.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void jsonListParsesBackToTheCompiledObjects(Example example) {
    List<HasMetadata> compiled = StackCompiler.create().compile(example.define());
    KubernetesList list = FABRIC8.unmarshal(Format.JSON.render(compiled), KubernetesList.class);
    assertEquals(compiled, list.getItems());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleIsValidAndNonEmpty(Example example) {
    assertTrue(example.define().problems().isEmpty(), () -> example.define().problems().toString());
    assertFalse(StackCompiler.create().compile(example.define()).isEmpty());
  }
}
