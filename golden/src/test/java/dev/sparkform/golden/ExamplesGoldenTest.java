package dev.sparkform.golden;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.render.Format;
import dev.sparkform.render.OutputWriter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example's rendered output, byte for byte, as approved under golden/approved/. */
class ExamplesGoldenTest {
  static Stream<Named<Example>> examples() {
    return Examples.all().stream().map(e -> Named.of(e.name(), e));
  }

  private static List<HasMetadata> compile(Example e) {
    return StackCompiler.create().compile(e.define());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void yaml(Example example) {
    Golden.verify(example.name(), "yaml", Format.YAML.render(compile(example)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void json(Example example) {
    Golden.verify(example.name(), "json", Format.JSON.render(compile(example)));
  }

  /** The directory layout: file names in install order and the kustomization that lists them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void directory(Example example, @TempDir Path dir) throws IOException {
    OutputWriter.writeDirectory(dir, compile(example), Format.YAML, example.define().name());
    Golden.verify(example.name() + ".kustomization", "yaml",
        Files.readString(dir.resolve("kustomization.yaml"), StandardCharsets.UTF_8));
  }
}
