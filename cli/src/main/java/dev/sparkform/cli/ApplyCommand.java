package dev.sparkform.cli;

import dev.sparkform.apply.ApplyReport;
import dev.sparkform.apply.Plan;
import dev.sparkform.dsl.Stack;

/** {@code apply}: plan, then write in install order; prune what the stack no longer declares. */
final class ApplyCommand extends ClusterCommand {
  final ChangeOptions changeOptions = new ChangeOptions(spec);

  final WaitOptions waitOptions = new WaitOptions(spec);

  ApplyCommand(RootCommand root) {
    super(root);
    spec.usageMessage()
        .description(
            "Make the cluster match the stack: plan, then write in install order.",
            "Creates, updates, replaces and prunes (prunes in reverse order). Nothing is written when the plan has "
                + "errors. Objects that fail do not stop independent ones; objects depending on a failed one are "
                + "skipped; re-running converges.")
        .footerHeading("%nExamples:%n")
        .footer(
            "  sparkform apply --sandbox --example spark-pi         the whole lifecycle, no cluster needed",
            "  sparkform apply --example spark-pi --context prod",
            "  sparkform apply --stack com.acme.Analytics -cp target/classes --adopt",
            "  sparkform apply --example spark-pi --context dev --wait --timeout 10m",
            "",
            "Exit codes: 0 ok (with --detailed-exitcode: no changes), 2 changes applied (--detailed-exitcode),",
            "1 error, an incomplete apply or (with --wait) an object not ready in time, 64 usage.");
    Options.addStandardHelp(spec);
  }

  @Override
  public Integer call() {
    var stack = stack();
    return onCluster(cluster -> applyPlan(cluster, cluster.engine.plan(stack.name(), stack.namespace(), compile(stack), changeOptions.options()),
        report -> !awaitReady(cluster, report, waitOptions) | replanSandbox(cluster, stack, report)));
  }

  /** The sandbox forgets everything when this process ends: show convergence while it lives. Never fails. */
  private boolean replanSandbox(Cluster cluster, Stack stack, ApplyReport report) {
    if (cluster.sandbox && report.ok() && !json()) {
      Plan again = cluster.engine.plan(stack.name(), stack.namespace(), compile(stack), changeOptions.options());
      out().println("Sandbox re-plan after apply: " + (again.hasChanges() || again.hasErrors() ? again.summary()
          : "no changes") + ".");
    }
    return false;
  }
}
