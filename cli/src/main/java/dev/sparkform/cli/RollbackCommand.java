package dev.sparkform.cli;

import dev.sparkform.apply.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(addMethodSubcommands = false, name = "rollback", mixinStandardHelpOptions = true,
    description = {"Plan and apply an earlier revision of the stack (see: history).",
        "Its objects become the desired state; objects added since are pruned. The rollback is recorded as a "
            + "new revision."},
    footerHeading = "%nExamples:%n",
    footer = {"  sparkform rollback --example spark-pi --context dev --to 3"})
final class RollbackCommand extends ClusterCommand {
  @Mixin
  WaitOptions waitOptions;

  @Mixin
  ChangeOptions changeOptions;

  @Option(names = "--to", paramLabel = "N", required = true, description = "The revision to go back to.")
  int revision;

  @Override
  public Integer call() {
    var stack = stack();
    return onCluster(cluster -> {
      Plan plan;
      try {
        plan = cluster.engine.planRollback(stack, revision, changeOptions.options());
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), e);
      }
      return applyPlan(cluster, plan, report -> !awaitReady(cluster, report, waitOptions));
    });
  }
}
