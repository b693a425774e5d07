package dev.sparkform.cli;

import dev.sparkform.compile.ClientUrl;
import dev.sparkform.compile.SparkSubmitCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Problem;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkConnect;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import dev.sparkform.render.Format;
import dev.sparkform.render.OutputFile;
import dev.sparkform.render.OutputWriter;
import dev.sparkform.render.SparkSubmitFiles;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import picocli.CommandLine.Model.OptionSpec;

/** {@code render}: a stack's objects as YAML or JSON, to standard output, one file or a directory. */
final class RenderCommand extends StackCommand {
  private final OptionSpec out = Options.add(spec, Options.value(String.class, "DIR|FILE", "-o", "--out")
      .description("A directory, or one file when the path ends in .yaml, .yml or .json; default: standard output."));

  private final OptionSpec format = Options.add(spec, Options.value(Format.class, "yaml|json", "-f", "--format")
      .converters(new FormatConverter())
      .description("Output format (default: yaml; for --out FILE.json, json)."));

  private final OptionSpec masterUrl = Options.add(spec, Options.value(String.class, "URL", "--master-url")
      .description("With --target spark-submit: the Kubernetes API server (https://HOST:PORT) written into the",
          "scripts; without it they read $" + SparkSubmitFiles.MASTER_ENV + "."));

  RenderCommand(RootCommand root) {
    super(root);
    spec.usageMessage()
        .description(
            "Validate a stack and render its Kubernetes objects, in install order.",
            "Nothing is written when the stack has problems: all of them are listed.",
            "--out PATH is a directory unless PATH ends in .yaml, .yml or .json (one file).",
            "--out never replaces or removes a file that sparkform did not write: a",
            "directory's kustomization.yaml records what its last render wrote there",
            "(spark-submit/ too); one YAML file starts with sparkform's marker line.",
            "A directory render is all or nothing: a failure keeps the previous output.")
        .footerHeading("%nExamples:%n")
        .footer(
            "  sparkform render --example spark-pi                      YAML on standard output",
            "  sparkform render --example spark-pi --out out            one file per object + kustomization.yaml",
            "                                                           (install: kubectl apply -k out)",
            "  sparkform render --example spark-pi --out stack.yaml     one multi-document file",
            "  sparkform render --example spark-pi --format json        a v1 List",
            "  sparkform render --example daily-summary --target apache  for the Apache Spark operator",
            "  sparkform render --example spark-pi --target spark-submit --out out/",
            "                      objects + out/spark-submit/spark-pi.{sh,args,properties} and pod templates",
            "  sparkform render --stack com.acme.Analytics --class-path target/classes --out out/",
            "  sparkform render --stack com.acme.AllTeams --class-path target/classes --out out/",
            "                      a class that gives several stacks: out/<stack>/ for each");
    Options.addStandardHelp(spec);
  }

  @Override
  public Integer call() throws IOException {
    String out = this.out.getValue();
    String masterUrl = this.masterUrl.getValue();
    List<Stack> stacks = chosenStacks();
    boolean submit = stackOptions.target() == Target.SPARK_SUBMIT;
    if (masterUrl != null && !submit) {
      throw new UsageError("--master-url is only for --target spark-submit");
    }
    Optional<String> master = Optional.empty();
    if (masterUrl != null) {
      try {
        master = Optional.of(SparkSubmitFiles.master(masterUrl));
      } catch (IllegalArgumentException e) {
        throw new UsageError(e.getMessage());
      }
    }
    Format format = format(out, this.format.getValue());
    if (stacks.size() == 1) {
      render(stacks.get(0), out, master, format);
      return Cli.OK;
    }
    // Several stacks: one stream on standard output, or a directory per stack.
    if (out != null && OutputWriter.isDirectory(out)) {
      Set<String> names = new HashSet<>();
      for (Stack stack : stacks) {
        if (!names.add(stack.name())) {
          throw new UserError("two stacks are named " + stack.name() + ": each gets a directory of that name");
        }
      }
      for (Stack stack : stacks) {
        render(stack, Path.of(out).resolve(stack.name()) + "/", master, format);
      }
      return Cli.OK;
    }
    if (out != null || submit) {
      throw new UserError(stacks.size() + " stacks " + (submit ? "with --target spark-submit" : "in one file")
          + ": give a directory (--out DIR), which gets a directory per stack");
    }
    List<HasMetadata> objects = new ArrayList<>();
    for (Stack stack : stacks) {
      objects.addAll(compile(stack));
      report(stack);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(format.render(objects));
    stdout.flush();
    return Cli.OK;
  }

  /** Warnings and each app's footprint, on standard error. */
  private void report(Stack stack) {
    PrintWriter stderr = spec.commandLine().getErr();
    for (Problem w : stack.warnings()) {
      stderr.println("warning: " + w);
    }
    for (StackResource r : stack.resources()) {
      if (r instanceof SparkApp) {
        stderr.println("footprint of spark app " + r.name() + ": "
            + dev.sparkform.compile.EffectiveConf.of(stack, (SparkApp) r).footprint());
      } else if (r instanceof SparkConnect c) {
        stderr.println("footprint of spark connect server " + c.name() + ": "
            + dev.sparkform.compile.EffectiveConf.of(stack, c.app()).footprint() + "; clients: "
            + ClientUrl.of(stackOptions.target(), c, stack.namespaceOf(c)));
      }
    }
  }

  private void render(Stack stack, String out, Optional<String> master, Format format) throws IOException {
    boolean submit = stackOptions.target() == Target.SPARK_SUBMIT;
    List<HasMetadata> objects = compile(stack);
    List<SparkSubmitCompiler.Job> jobs = submit ? SparkSubmitCompiler.jobs(stack) : List.of();
    // Without apps (a SparkCluster renders as objects only) there are no per-app files.
    boolean scripts = !jobs.isEmpty();
    if (scripts && out != null && !OutputWriter.isDirectory(out)) {
      throw new UsageError("--target spark-submit writes several files per app, and --out " + out
          + " is one file (it ends in " + out.substring(out.lastIndexOf('.')) + "): give a directory");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    report(stack);
    if (scripts && out == null) {
      for (SparkSubmitCompiler.Job job : jobs) {
        stdout.print(SparkSubmitFiles.files(job, master, stack.name()).get(job.name() + ".sh"));
      }
      stdout.flush();
      stderr.println(objects.size() + " objects to apply first and the pod template files: render with --out DIR/");
    } else if (out == null) {
      stdout.print(format.render(objects));
      stdout.flush();
    } else if (OutputWriter.isDirectory(out)) {
      List<OutputFile> beside = new ArrayList<>();
      Map<String, List<OutputFile>> byApp = new LinkedHashMap<>();
      for (SparkSubmitCompiler.Job job : jobs) {
        List<OutputFile> files = SparkSubmitFiles.outputFiles(job, master, stack.name());
        byApp.put(job.name(), files);
        beside.addAll(files);
      }
      List<Path> files = OutputWriter.writeDirectory(Path.of(out), objects, format, stack.name(), beside);
      stderr.println("wrote " + objects.size() + " objects of stack " + stack.name() + " to " + out + " ("
          + (files.size() - beside.size()) + " files with kustomization.yaml; install: kubectl apply -k " + out + ")");
      Path submitDir = Path.of(out).resolve(SparkSubmitFiles.DIRECTORY);
      for (Map.Entry<String, List<OutputFile>> app : byApp.entrySet()) {
        StringJoiner names = new StringJoiner(" ");
        for (OutputFile f : app.getValue()) {
          names.add(Path.of(f.path()).getFileName().toString());
        }
        stderr.println("wrote spark-submit files of app " + app.getKey() + " to " + submitDir + ": " + names);
      }
    } else {
      OutputWriter.writeFile(Path.of(out), objects, format, stack.name());
      stderr.println("wrote " + objects.size() + " objects of stack " + stack.name() + " to " + out);
    }
  }

  /** --format, else what --out FILE's extension says, else YAML; a --format that contradicts the extension is refused. */
  static Format format(String out, Format given) {
    Optional<Format> byName = out == null ? Optional.empty() : OutputWriter.fileFormat(out);
    if (given != null && byName.isPresent() && given != byName.get()) {
      throw new UsageError("--format " + given.extension() + " does not fit --out " + out + ", a "
          + out.substring(out.lastIndexOf('.')) + " file name: leave --format out, or give a file name ending in ."
          + given.extension());
    }
    return given != null ? given : byName.orElse(Format.YAML);
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
