package dev.sparkform.cli;

import dev.sparkform.lint.Lint;
import dev.sparkform.lint.LintReport;
import dev.sparkform.lint.Rule;
import java.io.PrintWriter;
import picocli.CommandLine.Model.OptionSpec;

/** {@code lint}: policy checks of a stack as --target renders it. */
final class LintCommand extends StackCommand {
  /** Exit code when lint found errors: distinct from 1 (the stack itself failed) and plan's 2 (changes). */
  static final int FINDINGS = 3;

  private final OptionSpec output = Options.add(spec, Options.value(String.class, "text|json", "-o", "--output")
      .defaultValue("text").description("Output format (default: ${DEFAULT-VALUE}); json is one document."));

  private final OptionSpec rules = Options.add(spec, Options.flag("--rules")
      .description("List every rule (id, severity, what it finds) and exit."));

  LintCommand(RootCommand root) {
    super(root);
    spec.usageMessage()
        .description(
            "Check a stack, as --target renders it, against policy: Pod Security \"restricted\" on every pod",
            "(Spark's and the operators' included), least-privilege RBAC, image tags and digests, and",
            "Spark settings that fail or waste at run time. Each finding has a rule id, a severity, a path",
            "and a one-line fix. Reads and writes nothing but the stack. See --rules for every rule.")
        .footerHeading("%nExamples:%n")
        .footer(
            "  sparkform lint --example spark-pi",
            "  sparkform lint --stack com.acme.Analytics -cp target/classes --target spark-submit --output json",
            "  sparkform lint --rules",
            "",
            "Exit codes: 0 no errors (warnings and infos allowed), " + FINDINGS
                + " errors found, 1 the stack is invalid or cannot be read, 64 usage.");
    Options.addStandardHelp(spec);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String output = this.output.getValue();
    if (!output.equals("text") && !output.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output must be text or json, not " + output);
    }
    if (rules.<Boolean>getValue()) {
      for (Rule r : Rule.values()) {
        out.printf("%-34s %-8s %s%n", r.id(), r.severity().label(), r.summary());
      }
      out.flush();
      return Cli.OK;
    }
    var stack = chosenStack();
    LintReport report = Lint.of(stack, stackOptions.target(), compile(stack));
    out.print(output.equals("json") ? report.toJson() : report.toText());
    out.flush();
    return report.hasErrors() ? FINDINGS : Cli.OK;
  }
}
