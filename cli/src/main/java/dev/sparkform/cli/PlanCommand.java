package dev.sparkform.cli;

import dev.sparkform.apply.Plan;

/** {@code plan}: what apply would change, read from the cluster; writes nothing. */
final class PlanCommand extends ClusterCommand {
  final ChangeOptions changeOptions = new ChangeOptions(spec);

  PlanCommand(RootCommand root) {
    super(root);
    spec.usageMessage()
        .description(
            "Show what apply would change (a diff per object); reads only, writes nothing.",
            "The diff covers the fields sparkform manages. Errors (objects of other stacks, unowned objects without "
                + "--adopt, immutable fields without --allow-replace, missing or Terminating namespaces) are listed, and "
                + "apply refuses while there are any. On a real cluster every create and update is also sent with "
                + "dryRun=All: what the server would refuse (invalid, denied, field conflicts) is an error too.")
        .footerHeading("%nExamples:%n")
        .footer(
            "  sparkform plan --sandbox --example spark-pi          against an in-memory API server",
            "  sparkform plan --example spark-pi --context prod     against a kubeconfig context",
            "  sparkform plan --stack com.acme.Analytics -cp target/classes --detailed-exitcode",
            "  sparkform plan --example spark-pi --output json",
            "",
            "Exit codes: 0 ok (with --detailed-exitcode: no changes), 2 changes (--detailed-exitcode), 1 error, 64 usage.");
    Options.addStandardHelp(spec);
  }

  @Override
  public Integer call() {
    var stack = stack();
    return onCluster(cluster -> {
      Plan plan = cluster.engine.plan(stack.name(), stack.namespace(), compile(stack), changeOptions.options());
      printPlan(plan);
      return exitCode(plan.hasErrors(), plan.hasChanges());
    });
  }
}
