package dev.sparkform.cli;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import picocli.CommandLine.Option;

/** The operator the stack is rendered for (--target); every verb that compiles a stack has it. */
final class StackOptions {
  @Option(names = {"-t", "--target"}, paramLabel = "kubeflow|apache|spark-submit", defaultValue = "kubeflow",
      converter = TargetConverter.class,
      description = "Operator the Spark apps and clusters are rendered for, or spark-submit (default: ${DEFAULT-VALUE}).")
  Target target;

  /** The stack's objects for the chosen operator, validated, in install order. */
  List<HasMetadata> compile(Stack stack) {
    return StackCompiler.create().target(target).compile(stack);
  }

  static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      for (Target t : Target.values()) {
        if (t.cliName().equalsIgnoreCase(value)) {
          return t;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected kubeflow, apache or spark-submit, got '" + value + "'");
    }
  }
}
