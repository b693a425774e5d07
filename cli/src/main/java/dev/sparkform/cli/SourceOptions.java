package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Which stack the {@code sparkform} command works on: --example or --stack (+ --class-path). A
 * program's own {@code main} ({@code Sparkform.run(args, stack)}) has its stack and is not offered these.
 */
final class SourceOptions {
  private final OptionSpec example;
  private final OptionSpec stackClass;
  private final OptionSpec classPath;

  SourceOptions(CommandSpec command) {
    example = Options.add(command, Options.value(String.class, "NAME", "--example")
        .description("A built-in example (see: sparkform examples)."));
    stackClass = Options.add(command, Options.value(String.class, "CLASS", "--stack")
        .description("A class with a public static define() method, or a Supplier, that gives a Stack",
            "(or, for render, a list of stacks)."));
    classPath = Options.add(command, Options.value(String.class, "PATH", "-cp", "--class-path")
        .description("Where --stack's class is found: directories and jars, separated by '${sys:path.separator}'."));
  }

  String stackClass() {
    return stackClass.getValue();
  }

  /** The chosen stacks: one, or every stack a --stack class provides. */
  List<Stack> stacks(CommandSpec spec) {
    String example = this.example.getValue();
    String stackClass = stackClass();
    String classPath = this.classPath.getValue();
    if (example != null && stackClass != null) {
      throw new ParameterException(spec.commandLine(), "--example and --stack exclude each other: give one");
    }
    if (classPath != null && stackClass == null) {
      throw new ParameterException(spec.commandLine(), "--class-path needs --stack CLASS");
    }
    if (example != null) {
      return List.of(StackSource.example(example));
    }
    if (stackClass != null) {
      return StackSource.fromClass(stackClass, classPath);
    }
    throw new ParameterException(spec.commandLine(), "Missing stack: give --example NAME or --stack CLASS");
  }
}
