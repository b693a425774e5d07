package dev.sparkform.cli;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which stack a command works on: --example, --stack (+ --class-path), or the program's own. Shared by every verb. */
final class StackOptions {
  static final class Source {
    @Option(names = "--example", paramLabel = "NAME", description = "A built-in example (see: sparkform examples).")
    String example;

    @Option(names = "--stack", paramLabel = "CLASS",
        description = {"A class with a public static define() method, or a Supplier, that gives a Stack",
            "(or, for render, a list of stacks)."})
    String stackClass;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source;

  @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
      description = "Where --stack's class is found: directories and jars, separated by '${sys:path.separator}'.")
  String classPath;

  @Option(names = {"-t", "--target"}, paramLabel = "kubeflow|apache|spark-submit", defaultValue = "kubeflow",
      converter = TargetConverter.class,
      description = "Operator the Spark apps and clusters are rendered for, or spark-submit (default: ${DEFAULT-VALUE}).")
  Target target;

  /** The stack's objects for the chosen operator, validated, in install order. */
  List<HasMetadata> compile(Stack stack) {
    return StackCompiler.create().target(target).compile(stack);
  }

  /** The chosen stack; {@code preset} is the program's own (Sparkform.run), used when none is named. */
  Stack stack(CommandSpec spec, Stack preset) {
    List<Stack> stacks = stacks(spec, preset);
    if (stacks.size() > 1) {
      throw new UserError(source.stackClass + " provides " + stacks.size() + " stacks; "
          + spec.name() + " works on one (render takes several)");
    }
    return stacks.get(0);
  }

  /** The chosen stacks: one, or every stack a --stack class provides. */
  List<Stack> stacks(CommandSpec spec, Stack preset) {
    if (source != null && source.example != null) {
      return List.of(StackSource.example(source.example));
    }
    if (source != null && source.stackClass != null) {
      return StackSource.fromClass(source.stackClass, classPath);
    }
    if (classPath != null) {
      throw new ParameterException(spec.commandLine(), "--class-path needs --stack CLASS");
    }
    if (preset != null) {
      return List.of(preset);
    }
    throw new ParameterException(spec.commandLine(), "Missing stack: give --example NAME or --stack CLASS");
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
