package dev.sparkform.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
final class RenderCommand extends StackCommand {
  @Option(names = {"-o", "--out"}, paramLabel = "DIR/|FILE",
      description = "A directory (existing, or written with a trailing '/') or a file; default: standard output.")
  String out;

  @Option(names = {"-f", "--format"}, paramLabel = "yaml|json", defaultValue = "yaml",
      converter = FormatConverter.class, description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    Stack stack = chosenStack();
    List<HasMetadata> objects = compile(stack);
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
