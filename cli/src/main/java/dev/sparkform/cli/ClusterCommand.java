package dev.sparkform.cli;

import dev.sparkform.apply.ApplyReport;
import dev.sparkform.apply.Plan;
import dev.sparkform.apply.PlanFormatter;
import dev.sparkform.apply.Readiness;
import dev.sparkform.apply.ReportFormatter;
import dev.sparkform.apply.Waiter;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Model.OptionSpec;

/** What plan, apply and destroy share: the stack, the cluster, the output format and exit codes. */
abstract class ClusterCommand extends StackCommand {
  /** --detailed-exitcode: the plan (or apply) had changes. */
  static final int CHANGES = 2;

  final ClusterOptions clusterOptions = new ClusterOptions(spec);

  private final OptionSpec output = Options.add(spec, Options.value(String.class, "text|json", "-o", "--output")
      .defaultValue("text")
      .description("Output format (default: ${DEFAULT-VALUE}); json: one JSON object on standard output, errors included."));

  private final OptionSpec detailedExitCode = Options.add(spec, Options.flag("--detailed-exitcode")
      .description("Exit 0 when there are no changes, 2 when there are (applied, for apply), 1 on error."));

  ClusterCommand(RootCommand root) {
    super(root);
  }

  Stack stack() {
    Stack stack = chosenStack();
    return clusterOptions.namespace() == null ? stack : stack.namespace(clusterOptions.namespace());
  }

  boolean json() {
    String output = this.output.getValue();
    if (!output.equals("text") && !output.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output must be text or json, not " + output);
    }
    return output.equals("json");
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Opens the cluster, says which it is (stderr for JSON, so stdout stays parseable), runs {@code work}. */
  int onCluster(Function<Cluster, Integer> work) {
    boolean json = json();
    try (Cluster cluster = clusterOptions.open(spec)) {
      (json ? err() : out()).println("Cluster: " + cluster.label);
      if (json) {
        root.document().put("cluster", cluster.label);
      }
      return work.apply(cluster);
    } catch (KubernetesClientException e) {
      throw new UserError("the cluster request failed: " + (e.getStatus() != null && e.getStatus().getMessage() != null
          ? e.getCode() + " " + e.getStatus().getMessage() : e.getMessage() + rootCause(e)), e);
    } finally {
      out().flush();
      err().flush();
    }
  }

  /** Why a request failed underneath fabric8's message (connection refused, unknown host, TLS). */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }

  /** Text on standard output, or for --output json a part of the one document the run prints at its end. */
  void print(String key, Supplier<String> json, Supplier<String> text) {
    if (json()) {
      root.document().putJson(key, json.get());
    } else {
      out().print(text.get());
    }
  }

  void printPlan(Plan plan) {
    print("plan", () -> PlanFormatter.json(plan), () -> PlanFormatter.text(plan, Colour.enabled(spec)));
    if (plan.hasErrors() && json()) {
      root.document().error("plan", "the plan has errors; nothing was written", plan.errors());
    }
  }

  void printReport(ApplyReport report) {
    print("report", () -> ReportFormatter.json(report), () -> ReportFormatter.text(report));
  }

  /**
   * Prints the plan and, unless it has errors or no changes, applies it and prints the report;
   * {@code afterApply} may do more (wait, re-plan) and says whether that failed. Returns the exit code.
   */
  int applyPlan(Cluster cluster, Plan plan, Function<ApplyReport, Boolean> afterApply) {
    printPlan(plan);
    if (plan.hasErrors()) {
      err().println("error: the plan has errors; nothing was written");
      return Cli.ERROR;
    }
    if (!plan.hasChanges() && !plan.parentOutdated()) {
      return exitCode(false, false);
    }
    ApplyReport report = cluster.engine.apply(plan);
    printReport(report);
    boolean failed = afterApply.apply(report);
    return exitCode(!report.ok() || failed, true);
  }

  /**
   * With --wait: waits for what the report wrote (ready) and deleted (gone), printing progress
   * (stderr for JSON); whether all of it got there in time. Without --wait: true.
   */
  boolean awaitReady(Cluster cluster, ApplyReport report, WaitOptions wait) {
    if (!wait.await()) {
      return true;
    }
    PrintWriter progress = json() ? err() : out();
    List<Waiter.Result> results = cluster.engine.await(report, wait.timeout(), line -> {
      progress.println(line);
      progress.flush();
    });
    long failed = results.stream().filter(r -> r.state().phase() != Readiness.State.Phase.READY).count();
    if (json()) {
      java.util.Map<String, Object> waited = new java.util.LinkedHashMap<>();
      waited.put("objects", results.size());
      waited.put("notReady", failed);
      root.document().put("wait", waited);
    }
    progress.println(failed == 0 ? "Done waiting: all " + results.size() + " written objects are ready or gone."
        : "Not ready: " + failed + " of " + results.size() + " written objects.");
    return failed == 0;
  }

  /** 1 with errors; else 0, or 2 for changes when --detailed-exitcode. */
  int exitCode(boolean failed, boolean changes) {
    if (failed) {
      return Cli.ERROR;
    }
    return detailedExitCode.<Boolean>getValue() && changes ? CHANGES : Cli.OK;
  }
}
