package dev.sparkform.cli;

import picocli.CommandLine.Model.OptionSpec;

/** {@code destroy}: delete what the stack owns, in reverse install order. */
final class DestroyCommand extends ClusterCommand {
  final WaitOptions waitOptions = new WaitOptions(spec);

  private final OptionSpec allowNamespaceDelete = Options.add(spec, Options.flag("--allow-namespace-delete")
      .description("Also delete a Namespace the stack owns where objects it does not own live (they go with it)."));

  DestroyCommand(RootCommand root) {
    super(root);
    spec.usageMessage()
        .description(
            "Delete everything the stack owns, in reverse install order.",
            "Deletes the stack's ApplySet members, then its ApplySet parent. Objects without the stack's "
                + "membership label are never touched; a Namespace where such objects live is kept (and listed with "
                + "them) unless --allow-namespace-delete.")
        .footerHeading("%nExamples:%n")
        .footer(
            "  sparkform destroy --example spark-pi --context dev --wait",
            "",
            "Exit codes: 0 ok, 1 error, an incomplete destroy or (with --wait) an object not gone in time, 64 usage.");
    Options.addStandardHelp(spec);
  }

  @Override
  public Integer call() {
    var stack = stack();
    return onCluster(cluster -> applyPlan(cluster, cluster.engine.planDestroy(stack.name(), stack.namespace(),
        dev.sparkform.apply.PlanOptions.defaults().withAllowNamespaceDelete(allowNamespaceDelete.getValue())), report -> !awaitReady(cluster, report, waitOptions)));
  }
}
