package dev.sparkform.cli;

import dev.sparkform.apply.Plan;
import picocli.CommandLine.Model.OptionSpec;

/** {@code rollback --to N}: plan and apply an earlier revision. */
final class RollbackCommand extends ClusterCommand {
  final WaitOptions waitOptions = new WaitOptions(spec);

  final ChangeOptions changeOptions = new ChangeOptions(spec);

  private final OptionSpec revision = Options.add(spec, Options.value(int.class, "N", "--to").required(true)
      .description("The revision to go back to."));

  RollbackCommand(RootCommand root) {
    super(root);
    spec.usageMessage()
        .description("Plan and apply an earlier revision of the stack (see: history).",
            "Its objects become the desired state; objects added since are pruned. The rollback is recorded as a "
                + "new revision.")
        .footerHeading("%nExamples:%n")
        .footer("  sparkform rollback --example spark-pi --context dev --to 3");
    Options.addStandardHelp(spec);
  }

  @Override
  public Integer call() {
    var stack = stack();
    return onCluster(cluster -> {
      Plan plan;
      try {
        plan = cluster.engine.planRollback(stack, revision.<Integer>getValue(), changeOptions.options());
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), e);
      }
      return applyPlan(cluster, plan, report -> !awaitReady(cluster, report, waitOptions));
    });
  }
}
