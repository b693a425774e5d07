package dev.sparkform.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.examples.Example;
import dev.sparkform.render.Format;
import dev.sparkform.render.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's output for every target, byte for byte, as approved under golden/approved/:
 * {@code NAME.TARGET.approved.yaml}, or {@code NAME.TARGET.approved.txt} with the problems when the
 * target cannot express the example (each must name the target).
 */
class ExamplesGoldenTest {
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#all")
  void yamlOrProblems(Example example, Target target) {
    String name = example.name() + "." + target.cliName();
    try {
      Golden.verify(name, "yaml", Format.YAML.render(StackCompiler.create().target(target).compile(example.define())));
    } catch (ValidationException e) {
      assertTrue(e.getMessage().contains("target " + target.cliName()), e.getMessage());
      Golden.verify(name, "txt", e.getMessage() + "\n");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void json(Example example, Target target) {
    Golden.verify(example.name() + "." + target.cliName(), "json", Format.JSON.render(Rendering.objects(example, target)));
  }

  /** The directory layout: file names in install order and the kustomization that lists them. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void directory(Example example, Target target, @TempDir Path dir) throws IOException {
    OutputWriter.writeDirectory(dir, Rendering.objects(example, target), Format.YAML, example.define().name());
    Golden.verify(example.name() + "." + target.cliName() + ".kustomization", "yaml",
        Files.readString(dir.resolve("kustomization.yaml"), StandardCharsets.UTF_8));
  }
}
