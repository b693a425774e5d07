package dev.sparkform.golden;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** Every example for every target, and what compiling it gives: objects, or the problems that name the target. */
final class Rendering {
  private Rendering() {}

  /** (example, target) pairs, named {@code spark-pi kubeflow}. */
  static Stream<Arguments> all() {
    return Examples.all().stream().flatMap(e -> Arrays.stream(Target.values())
        .map(t -> Arguments.of(Named.of(e.name(), e), Named.of(t.cliName(), t))));
  }

  /** Only the pairs that compile. */
  static Stream<Arguments> compiling() {
    return all().filter(a -> compile((Example) ((Named<?>) a.get()[0]).getPayload(),
        (Target) ((Named<?>) a.get()[1]).getPayload()).isPresent());
  }

  static Optional<List<HasMetadata>> compile(Example e, Target t) {
    try {
      return Optional.of(StackCompiler.create().target(t).compile(e.define()));
    } catch (ValidationException ex) {
      return Optional.empty();
    }
  }

  static List<HasMetadata> objects(Example e, Target t) {
    return StackCompiler.create().target(t).compile(e.define());
  }
}
