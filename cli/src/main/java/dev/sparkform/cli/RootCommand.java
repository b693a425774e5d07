package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/** {@code sparkform} itself: its --debug (every verb inherits it), help, version and examples; run alone, a usage error. */
final class RootCommand implements Runnable {
  /** The footer of a program's own command line ({@code Sparkform.run}): no --example, no --stack. */
  static final String[] PROGRAM_FOOTER = {
      "  render                       the stack's YAML on standard output",
      "  render --out out/            one file per object + kustomization.yaml (install: kubectl apply -k out/)",
      "  render --out stack.yaml      one multi-document file",
      "  explain                      every Spark key with its origin, and the capacity plan",
      "  lint                         policy checks: restricted pods, RBAC, images, Spark settings",
      "  plan --sandbox               against an in-memory API server",
      "  apply --context dev --wait",
      "",
      "Exit codes: 0 ok, 1 error, 64 usage error; with --detailed-exitcode, 2 means changes; lint: 3 means errors found."};

  final Stack preset;

  final CommandSpec spec = CommandSpec.wrapWithoutInspection(this, Factory.INSTANCE).name("sparkform")
      .versionProvider(new Version());

  /** The --output json document of this run; made on first use. */
  private JsonDocument document;

  RootCommand(Stack preset) {
    this.preset = preset;
    spec.usageMessage()
        .description("Spark on Kubernetes as typed Java: render stacks to YAML, JSON or a directory; plan and apply them.")
        .synopsisSubcommandLabel("COMMAND")
        .footerHeading("%nExamples:%n")
        .footer(
            "  sparkform examples",
            "  sparkform render --example spark-pi",
            "  sparkform render --example spark-pi --out out/",
            "  sparkform render --stack com.acme.Analytics --class-path target/classes --format json --out stack.json",
            "  sparkform plan --sandbox --example spark-pi",
            "  sparkform apply --example spark-pi --context dev",
            "  sparkform lint --example spark-pi",
            "",
            "Exit codes: 0 ok, 1 error, 64 usage error; with --detailed-exitcode, 2 means changes; lint: 3 means errors found.");
    Options.add(spec, Options.flag("--debug").scopeType(ScopeType.INHERIT).description("Show stack traces of errors."));
    Options.addStandardHelp(spec);
  }

  JsonDocument document() {
    if (document == null) {
      document = new JsonDocument();
    }
    return document;
  }

  @Override
  public void run() {
    java.util.List<String> verbs = spec.subcommands().values().stream().filter(c -> !c.getCommandSpec().usageMessage().hidden())
        .map(CommandLine::getCommandName).toList();
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: "
        + String.join(", ", verbs.subList(0, verbs.size() - 1)) + " or " + verbs.get(verbs.size() - 1));
  }
}
