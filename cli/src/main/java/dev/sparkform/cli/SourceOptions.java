package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
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
      description = "A class with a public static Stack define() method, or a Supplier<Stack>.")
  String stackClass;

  @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
      description = "Where --stack's class is found: directories and jars, separated by '${sys:path.separator}'.")
  String classPath;

  Stack stack(CommandSpec spec) {
    if (example != null && stackClass != null) {
      throw new ParameterException(spec.commandLine(), "--example and --stack exclude each other: give one");
    }
    if (classPath != null && stackClass == null) {
      throw new ParameterException(spec.commandLine(), "--class-path needs --stack CLASS");
    }
    if (example != null) {
      return StackSource.example(example);
    }
    if (stackClass != null) {
      return StackSource.fromClass(stackClass, classPath);
    }
    throw new ParameterException(spec.commandLine(), "Missing stack: give --example NAME or --stack CLASS");
  }
}
