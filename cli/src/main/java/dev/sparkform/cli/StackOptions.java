package dev.sparkform.cli;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The operator the stack is rendered for (--target); every verb that compiles a stack has it. */
final class StackOptions {
  private final OptionSpec target;

  StackOptions(CommandSpec command) {
    target = Options.add(command, Options.value(Target.class, "kubeflow|apache|spark-submit", "-t", "--target")
        .defaultValue("kubeflow").converters(new TargetConverter())
        .description("Operator the Spark apps and clusters are rendered for, or spark-submit (default: ${DEFAULT-VALUE})."));
  }

  Target target() {
    return target.getValue();
  }

  /** The stack's objects for the chosen operator, validated, in install order. */
  List<HasMetadata> compile(Stack stack) {
    return StackCompiler.create().target(target()).compile(stack);
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
