package dev.sparkform.cli;

import dev.sparkform.compile.Explanation;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {
        "Every Spark app's effective configuration — each key, its value and where it came from (typed field,",
        "Sparkform default, your sparkConf, Spark's own default) — and its capacity plan: pod requests and",
        "limits with overhead, totals at the fewest and most executors, and warnings against the namespace's quota."},
    footerHeading = "%nExamples:%n",
    footer = {"  sparkform explain --example daily-summary"})
final class ExplainCommand extends StackCommand {
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(Explanation.report(chosenStack()));
    out.flush();
    return Cli.OK;
  }
}
