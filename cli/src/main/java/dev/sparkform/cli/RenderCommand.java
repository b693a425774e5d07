package dev.sparkform.cli;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import dev.sparkform.render.Format;
import dev.sparkform.render.OutputWriter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
    description = {
        "Validate a stack and render its Kubernetes objects, in install order.",
        "Nothing is written when the stack has problems: all of them are listed."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sparkform render --example spark-pi                      YAML on standard output",
        "  sparkform render --example spark-pi --out out/           one file per object + kustomization.yaml",
        "  sparkform render --example spark-pi --out stack.yaml     one multi-document file",
        "  sparkform render --example spark-pi --format json        a v1 List",
        "  sparkform render --example daily-summary --target apache  for the Apache Spark operator",
        "  sparkform render --stack com.acme.Analytics --class-path target/classes --out out/"})
final class RenderCommand implements Callable<Integer> {
  static final class Source {
    @Option(names = "--example", paramLabel = "NAME", description = "A built-in example (see: sparkform examples).")
    String example;

    @Option(names = "--stack", paramLabel = "CLASS",
        description = "A class with a public static Stack define() method, or a Supplier<Stack>.")
    String stackClass;
  }

  @ParentCommand
  RootCommand root;

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source;

  @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
      description = "Where --stack's class is found: directories and jars, separated by '${sys:path.separator}'.")
  String classPath;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR/|FILE",
      description = "A directory (existing, or written with a trailing '/') or a file; default: standard output.")
  String out;

  @Option(names = {"-t", "--target"}, paramLabel = "kubeflow|apache", defaultValue = "kubeflow",
      converter = TargetConverter.class,
      description = "Operator the Spark apps and clusters are rendered for (default: ${DEFAULT-VALUE}).")
  Target target;

  @Option(names = {"-f", "--format"}, paramLabel = "yaml|json", defaultValue = "yaml",
      converter = FormatConverter.class, description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    Stack stack = stack();
    List<HasMetadata> objects = StackCompiler.create().target(target).compile(stack);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    stack.warnings().forEach(w -> stderr.println("warning: " + w));
    for (StackResource r : stack.resources()) {
      if (r instanceof SparkApp) {
        stderr.println("footprint of spark app " + r.name() + ": " + ((SparkApp) r).footprint());
      }
    }
    if (out == null) {
      stdout.print(format.render(objects));
      stdout.flush();
    } else if (OutputWriter.isDirectory(out)) {
      List<Path> files = OutputWriter.writeDirectory(Path.of(out), objects, format, stack.name());
      stderr.printf("wrote %d objects of stack %s to %s (%d files with kustomization.yaml)%n",
          objects.size(), stack.name(), out, files.size());
    } else {
      OutputWriter.writeFile(Path.of(out), objects, format);
      stderr.printf("wrote %d objects of stack %s to %s%n", objects.size(), stack.name(), out);
    }
    return Cli.OK;
  }

  private Stack stack() {
    if (source != null && source.example != null) {
      return StackSource.example(source.example);
    }
    if (source != null && source.stackClass != null) {
      return StackSource.fromClass(source.stackClass, classPath);
    }
    if (classPath != null) {
      throw new ParameterException(spec.commandLine(), "--class-path needs --stack CLASS");
    }
    if (root.preset != null) {
      return root.preset;
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
      throw new picocli.CommandLine.TypeConversionException("expected kubeflow or apache, got '" + value + "'");
    }
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.extension().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected yaml or json, got '" + value + "'");
    }
  }
}
