package dev.sparkform.cli;

import dev.sparkform.apply.ApplyReport;
import dev.sparkform.apply.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "apply", mixinStandardHelpOptions = true,
    description = {
        "Make the cluster match the stack: plan, then create, update, replace and prune in install order",
        "(prunes in reverse). Nothing is written when the plan has errors. Objects that fail do not stop",
        "independent ones; objects depending on a failed one are skipped; re-running converges."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sparkform apply --sandbox --example spark-pi         the whole lifecycle, no cluster needed",
        "  sparkform apply --example spark-pi --context prod",
        "  sparkform apply --stack com.acme.Analytics -cp target/classes --adopt",
        "",
        "Exit codes: 0 ok (with --detailed-exitcode: no changes), 2 changes applied (--detailed-exitcode),",
        "1 error or an incomplete apply, 64 usage."})
final class ApplyCommand extends ClusterCommand {
  @Mixin
  ChangeOptions changeOptions;

  @Override
  public Integer call() {
    var stack = stack();
    return onTarget(target -> {
      Plan plan = target.engine.plan(stack, changeOptions.options());
      printPlan(plan);
      if (plan.hasErrors()) {
        err().println("error: the plan has errors; nothing was written");
        return Cli.ERROR;
      }
      if (!plan.hasChanges() && !json()) {
        return exitCode(false, false);
      }
      ApplyReport report = target.engine.apply(plan);
      printReport(report);
      if (target.sandbox && report.ok() && !json()) {
        // The sandbox forgets everything when this process ends: show convergence while it lives.
        Plan again = target.engine.plan(stack, changeOptions.options());
        out().println("Sandbox re-plan after apply: " + (again.hasChanges() || again.hasErrors() ? again.summary()
            : "no changes") + ".");
      }
      return exitCode(!report.ok(), plan.hasChanges());
    });
  }
}
