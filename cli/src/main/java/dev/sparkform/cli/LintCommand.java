package dev.sparkform.cli;

import dev.sparkform.lint.Lint;
import dev.sparkform.lint.LintReport;
import dev.sparkform.lint.Rule;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(addMethodSubcommands = false, name = "lint", mixinStandardHelpOptions = true,
    description = {
        "Check a stack, as --target renders it, against policy: Pod Security \"restricted\" on every pod",
        "(Spark's and the operators' included), least-privilege RBAC, image tags and digests, and",
        "Spark settings that fail or waste at run time. Each finding has a rule id, a severity, a path",
        "and a one-line fix. Reads and writes nothing but the stack. See --rules for every rule."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sparkform lint --example spark-pi",
        "  sparkform lint --stack com.acme.Analytics -cp target/classes --target spark-submit --output json",
        "  sparkform lint --rules",
        "",
        "Exit codes: 0 no errors (warnings and infos allowed), " + LintCommand.FINDINGS
            + " errors found, 1 the stack is invalid or cannot be read, 64 usage."})
final class LintCommand extends StackCommand {
  /** Exit code when lint found errors: distinct from 1 (the stack itself failed) and plan's 2 (changes). */
  static final int FINDINGS = 3;

  @Option(names = {"-o", "--output"}, paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}); json is one document.")
  String output;

  @Option(names = "--rules", description = "List every rule (id, severity, what it finds) and exit.")
  boolean rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!output.equals("text") && !output.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output must be text or json, not " + output);
    }
    if (rules) {
      for (Rule r : Rule.values()) {
        out.printf("%-34s %-8s %s%n", r.id(), r.severity().label(), r.summary());
      }
      out.flush();
      return Cli.OK;
    }
    var stack = chosenStack();
    LintReport report = Lint.of(stack, stackOptions.target, compile(stack));
    out.print(output.equals("json") ? report.toJson() : report.toText());
    out.flush();
    return report.hasErrors() ? FINDINGS : Cli.OK;
  }
}
