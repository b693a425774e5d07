package dev.sparkform.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.Target;
import dev.sparkform.examples.Example;
import dev.sparkform.compile.Target;
import dev.sparkform.render.Format;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every example's output has, checked with fabric8's own deserializer as the oracle. */
class RenderInvariantsTest {
  private static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();
  private static final Pattern EMPTY_FIELD = Pattern.compile("(:|^\\s*-)\\s*(null|~|\\{\\}|\\[\\])\\s*$",
      Pattern.MULTILINE);

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void renderingTwiceGivesTheSameBytes(Example example, Target target) {
    String first = Format.YAML.render(Rendering.objects(example, target));
    String second = Format.YAML.render(Rendering.objects(example, target));
    assertEquals(first, second);
    assertEquals(Format.JSON.render(Rendering.objects(example, target)),
        Format.JSON.render(Rendering.objects(example, target)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void outputHasNoNullOrEmptyFields(Example example, Target target) {
    String yaml = Format.YAML.render(Rendering.objects(example, target));
    assertFalse(EMPTY_FIELD.matcher(yaml).find(), () -> "null or empty field in:\n" + yaml);
    String json = Format.JSON.render(Rendering.objects(example, target));
    assertFalse(json.contains("null") || json.contains("{}") || json.contains("[]"), json);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void everyYamlDocumentParsesBackToTheCompiledObject(Example example, Target target) {
    List<HasMetadata> compiled = Rendering.objects(example, target);
    String yaml = Format.YAML.render(compiled);
    List<String> documents = Arrays.stream(yaml.split("(?m)^---\\n")).collect(Collectors.toList());
    assertEquals(compiled.size(), documents.size());
    for (int i = 0; i < compiled.size(); i++) {
      HasMetadata parsed = FABRIC8.unmarshal(documents.get(i), compiled.get(i).getClass());
      assertEquals(compiled.get(i), parsed, "document " + i + ":\n" + documents.get(i));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void jsonListParsesBackToTheCompiledObjects(Example example, Target target) {
    List<HasMetadata> compiled = Rendering.objects(example, target);
    KubernetesList list = FABRIC8.unmarshal(Format.JSON.render(compiled), KubernetesList.class);
    assertEquals(compiled.size(), list.getItems().size());
    for (int i = 0; i < compiled.size(); i++) {
      // custom resources come back generic: read them as the class they were compiled as
      assertEquals(compiled.get(i), FABRIC8.convertValue(list.getItems().get(i), compiled.get(i).getClass()));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void everyExampleIsValidAndNonEmpty(Example example, Target target) {
    assertTrue(example.define().problems().isEmpty(), () -> example.define().problems().toString());
    assertTrue(example.define().warnings().isEmpty(), () -> example.define().warnings().toString());
    assertFalse(Rendering.objects(example, target).isEmpty());
  }
}
