package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which stack the {@code sparkform} command works on: --example or --stack (+ --class-path). A
 * program's own {@code main} ({@code Sparkform.run(args, stack)}) has its stack and is not offered these.
 */
final class SourceOptions {
  @Option(names = "--example", paramLabel = "NAME", description = "A built-in example (see: sparkform examples).")
  String example;

  @Option(names = "--stack", paramLabel = "CLASS",
      description = {"A class with a public static define() method, or a Supplier, that gives a Stack",
          "(or, for render, a list of stacks)."})
  String stackClass;

  @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
      description = "Where --stack's class is found: directories and jars, separated by '${sys:path.separator}'.")
  String classPath;

  /** The chosen stacks: one, or every stack a --stack class provides. */
  List<Stack> stacks(CommandSpec spec) {
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
