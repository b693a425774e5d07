package dev.sparkform.cli;

import dev.sparkform.compile.Explanation;
import dev.sparkform.dsl.ClusterCapacity;
import java.io.PrintWriter;
import picocli.CommandLine.Model.OptionSpec;

/** {@code explain}: every Spark key with its origin, and the capacity plan. */
final class ExplainCommand extends StackCommand {
  private final OptionSpec capacity = Options.add(spec, Options.value(ClusterCapacity.class, "cpu=N,memory=SIZE", "--capacity")
      .converters(new CapacityConverter())
      .description("What the cluster (or Spark's node pool) can give, e.g. cpu=64,memory=256Gi; either part"
          + " may be left out. Warns where an app's or the stack's requests exceed it, and by how much."));

  ExplainCommand(RootCommand root) {
    super(root);
    spec.usageMessage()
        .description(
            "Per Spark app: every effective Spark key, its value and where it came from",
            "(typed field, Sparkform default, your sparkConf, Spark's own default), and",
            "the capacity plan: pod requests and limits with overhead, totals at the",
            "fewest and the most executors.",
            "Per namespace: the sum over all its apps at everyone's min and max (the",
            "worst case) against every hard limit of its quotas; pods a quota would",
            "refuse for lack of a CPU limit are errors.",
            "With --capacity: each app and the whole stack against what the cluster has.",
            "With --target spark-submit: also the pod of the Job that submits an app",
            "with a schedule or time to live.")
        .footerHeading("%nExamples:%n")
        .footer("  sparkform explain --example daily-summary",
            "  sparkform explain --example submit-etl --capacity cpu=64,memory=256Gi",
            "  sparkform explain --example daily-summary --target spark-submit");
    Options.addStandardHelp(spec);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(Explanation.report(chosenStack(), stackOptions.target(), java.util.Optional.ofNullable(capacity.getValue())));
    out.flush();
    return Cli.OK;
  }
}
