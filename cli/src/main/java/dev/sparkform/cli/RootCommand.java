package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "sparkform",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Spark on Kubernetes as typed Java: render stacks to YAML, JSON or a directory; plan and apply them.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExamples:%n",
    footer = {
        "  sparkform examples",
        "  sparkform render --example spark-pi",
        "  sparkform render --example spark-pi --out out/",
        "  sparkform render --stack com.acme.Analytics --class-path target/classes --format json --out stack.json",
        "  sparkform plan --sandbox --example spark-pi",
        "  sparkform apply --example spark-pi --context dev",
        "  sparkform lint --example spark-pi",
        "",
        "Exit codes: 0 ok, 1 error, 64 usage error; with --detailed-exitcode, 2 means changes; lint: 3 means errors found."})
final class RootCommand implements Runnable {
  final Stack preset;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean debug;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RootCommand(Stack preset) {
    this.preset = preset;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: render, plan, apply, destroy, history, rollback, explain, lint or examples");
  }
}
