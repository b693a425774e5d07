package dev.sparkform.cli;

import dev.sparkform.apply.History;
import java.util.List;

/** {@code history}: the stack's recorded revisions. */
final class HistoryCommand extends ClusterCommand {
  HistoryCommand(RootCommand root) {
    super(root);
    spec.usageMessage()
        .description("List the stack's recorded revisions.",
            "Each apply that changed something is recorded (the last 10) in the stack's ApplySet parent Secret. "
                + "Roll back with: rollback --to N.")
        .footerHeading("%nExamples:%n")
        .footer("  sparkform history --example spark-pi --context dev");
    Options.addStandardHelp(spec);
  }

  @Override
  public Integer call() {
    var stack = stack();
    return onCluster(cluster -> {
      List<History.Revision> revisions = cluster.engine.history(stack);
      if (json()) {
        print("history", () -> History.json(stack.name(), revisions), () -> "");
        return Cli.OK;
      }
      if (revisions.isEmpty()) {
        out().println("No revisions recorded for stack " + stack.name() + ".");
      }
      for (History.Revision r : revisions) {
        out().printf("%3d  %s  %2d objects  %s%n", r.number(), r.appliedAt(), r.objects().size(), r.summary());
      }
      return Cli.OK;
    });
  }
}
