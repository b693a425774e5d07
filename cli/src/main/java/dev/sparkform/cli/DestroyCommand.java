package dev.sparkform.cli;

import dev.sparkform.apply.ApplyReport;
import dev.sparkform.apply.Plan;
import picocli.CommandLine.Command;

@Command(name = "destroy", mixinStandardHelpOptions = true,
    description = {
        "Delete every object the stack owns (its ApplySet members), in reverse install order, then its",
        "ApplySet parent. Objects without the stack's membership label are never touched."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sparkform destroy --example spark-pi --context dev",
        "",
        "Exit codes: 0 ok, 1 error or an incomplete destroy, 64 usage."})
final class DestroyCommand extends ClusterCommand {
  @Override
  public Integer call() {
    var stack = stack();
    return onTarget(target -> {
      Plan plan = target.engine.planDestroy(stack);
      printPlan(plan);
      if (plan.hasErrors()) {
        err().println("error: the plan has errors; nothing was deleted");
        return Cli.ERROR;
      }
      if (!plan.hasChanges()) {
        return exitCode(false, false);
      }
      ApplyReport report = target.engine.apply(plan);
      printReport(report);
      return exitCode(!report.ok(), true);
    });
  }
}
