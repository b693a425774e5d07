package dev.sparkform.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "destroy", mixinStandardHelpOptions = true,
    description = {
        "Delete everything the stack owns, in reverse install order.",
        "Deletes the stack's ApplySet members, then its ApplySet parent. Objects without the stack's "
            + "membership label are never touched."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  sparkform destroy --example spark-pi --context dev --wait",
        "",
        "Exit codes: 0 ok, 1 error, an incomplete destroy or (with --wait) an object not gone in time, 64 usage."})
final class DestroyCommand extends ClusterCommand {
  @Mixin
  WaitOptions waitOptions;

  @Override
  public Integer call() {
    var stack = stack();
    return onCluster(cluster -> applyPlan(cluster, cluster.engine.planDestroy(stack), report -> !awaitReady(cluster, report, waitOptions)));
  }
}
