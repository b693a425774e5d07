package dev.sparkform.cli;

import static dev.sparkform.Sparkform.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.cli.CliTest.Run;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** plan, apply and destroy through the command line, against the sandbox (each run starts an empty one). */
class ClusterCommandsTest {
  static final String SANDBOX = "Cluster: sandbox (fabric8 in-memory API server in this process; no real cluster is touched)\n";

  @Test
  void planShowsTheDiffAndTheSummaryLabelledAsSandbox() {
    Run r = CliTest.run(null, "plan", "--sandbox", "--example", "spark-pi");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith(SANDBOX + "+ create Namespace spark-jobs\n"), r.out());
    assertTrue(r.out().contains("+ create RoleBinding spark-jobs/spark-driver\n"), r.out());
    assertTrue(r.out().endsWith("Plan: 7 to add, 0 to change, 0 to replace, 0 to prune.\n"), r.out());
  }

  @Test
  void detailedExitCodeIsTwoWhenThereAreChangesAndZeroWhenNone() {
    assertEquals(2, CliTest.run(null, "plan", "--sandbox", "--example", "spark-pi", "--detailed-exitcode").code());
    Run empty = CliTest.run(stack("nothing"), "plan", "--sandbox", "--detailed-exitcode");
    assertEquals(0, empty.code(), empty.err());
    assertTrue(empty.out().contains("No changes: the cluster matches stack nothing.\n"), empty.out());
  }

  @Test
  void applyAppliesAndTheSandboxReplanIsEmpty() {
    Run r = CliTest.run(null, "apply", "--sandbox", "--example", "spark-pi");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Namespace spark-jobs: created\n"), r.out());
    assertTrue(r.out().contains("RoleBinding spark-jobs/spark-driver: created\n"), r.out());
    assertTrue(r.out().contains("Apply complete: 7 applied, 0 failed, 0 skipped, 0 unchanged.\n"), r.out());
    assertTrue(r.out().endsWith("Sandbox re-plan after apply: no changes.\n"), r.out());
    assertEquals(2, CliTest.run(null, "apply", "--sandbox", "--example", "spark-pi", "--detailed-exitcode").code());
  }

  @Test
  void theSparkSubmitTargetAppliesTheNightlyCronJobAndItsFiles() {
    Run r = CliTest.run(null, "apply", "--sandbox", "--example", "daily-summary", "--target", "spark-submit");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("ConfigMap analytics/daily-summary-submit: created\n"), r.out());
    assertTrue(r.out().contains("CronJob analytics/daily-summary: created\n"), r.out());
    assertTrue(r.out().endsWith("Sandbox re-plan after apply: no changes.\n"), r.out());
  }

  /** spark-pi without its SparkApplication, which no operator runs in the sandbox. */
  static Stack platformOnly() {
    Stack pi = dev.sparkform.examples.Examples.named("spark-pi").orElseThrow().define();
    return stack(pi.name()).namespace(pi.namespace()).label("team", "data-platform")
        .add(pi.resources().stream().filter(r -> !(r instanceof SparkApp)).toArray(StackResource[]::new));
  }

  @Test
  void aSparkApplicationWithoutAnOperatorTimesOutNamingIt() {
    Run r = CliTest.run(null, "apply", "--sandbox", "--example", "spark-pi", "--wait", "--timeout", "1s");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue((r.out() + r.err()).contains("SparkApplication.sparkoperator.k8s.io spark-jobs/spark-pi"), r.out() + r.err());
  }

  @Test
  void applyWaitsForReadiness() {
    Run r = CliTest.run(platformOnly(), "apply", "--sandbox", "--wait", "--timeout", "30s");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("RoleBinding spark-jobs/spark-driver: ready ("), r.out());
    assertTrue(r.out().contains("Done waiting: all 6 written objects are ready or gone.\n"), r.out());
    Run bad = CliTest.run(platformOnly(), "apply", "--sandbox", "--wait", "--timeout", "soon");
    assertEquals(Cli.USAGE, bad.code());
    assertTrue(bad.err().contains("expected a duration like 90s, 5m or 1h, got 'soon'"), bad.err());
  }

  /** The one JSON object a --output json run printed on standard output (fails on anything else there). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> oneDocument(Run r) {
    assertTrue(r.out().endsWith("}\n") && r.out().indexOf('\n') == r.out().length() - 1, "one line: " + r.out());
    Map<String, Object> doc = new KubernetesSerialization().unmarshal(r.out(), Map.class);
    assertEquals(r.code(), ((Number) doc.get("exitCode")).intValue(), r.out());
    return doc;
  }

  @Test
  void jsonOutputKeepsStandardOutputParseable() {
    Run r = CliTest.run(null, "plan", "--sandbox", "--example", "spark-pi", "--output", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\"cluster\":\"sandbox (fabric8 in-memory API server in this process; no real"
        + " cluster is touched)\",\"plan\":{\"stack\":\"spark-pi\",\"applySetId\":\"applyset-"), r.out());
    assertTrue(r.out().contains("\"summary\":{\"add\":7,\"change\":0,\"replace\":0,\"prune\":0,\"unchanged\":0}"), r.out());
    assertTrue(r.out().endsWith("},\"exitCode\":0}\n"), r.out());
    oneDocument(r);
    assertEquals(SANDBOX, r.err());
  }

  @Test
  void applyWithJsonOutputPrintsOneDocumentWithThePlanAndTheReport() {
    Run r = CliTest.run(null, "apply", "--sandbox", "--example", "spark-pi", "--output", "json");
    assertEquals(0, r.code(), r.err());
    Map<String, Object> doc = oneDocument(r);
    assertEquals(List.of("cluster", "plan", "report", "exitCode"), List.copyOf(doc.keySet()), r.out());
    assertEquals(true, ((Map<?, ?>) doc.get("report")).get("ok"), r.out());
  }

  @Test
  void errorsWithJsonOutputAreJsonToo() {
    // an invalid stack: its problems, each with its path
    Run invalid = CliTest.run(null, "plan", "--sandbox", "--stack", "com.acme.BrokenStack", "--output", "json");
    assertEquals(Cli.ERROR, invalid.code());
    Map<?, ?> error = (Map<?, ?>) oneDocument(invalid).get("error");
    assertEquals("invalid-stack", error.get("kind"), invalid.out());
    assertEquals(3, ((List<?>) error.get("problems")).size(), invalid.out());
    Map<?, ?> verb = (Map<?, ?>) ((List<?>) error.get("problems")).get(1);
    assertEquals("stack broken > role driver > rule[0]", verb.get("path"), invalid.out());
    assertTrue(((String) verb.get("message")).startsWith("\"gett\" is not a Kubernetes verb"), invalid.out());
    assertTrue(invalid.err().contains("error: the stack is not valid: 3 problems\n"), invalid.err());

    // a usage error, found while parsing and while running
    for (String[] args : new String[][] {{"apply", "--sandbox", "--example", "spark-pi", "-o", "json", "--bogus"},
        {"history", "--sandbox", "--example", "nope", "--output=json"}}) {
      Run usage = CliTest.run(null, args);
      assertEquals(Cli.USAGE, usage.code(), usage.err());
      assertEquals("usage", ((Map<?, ?>) oneDocument(usage).get("error")).get("kind"), usage.out());
    }

    // a plan with errors: they are the problems, and nothing was written
    Run planErrors = CliTest.run(stack("mine").add(serviceAccount("spark")), "apply", "--sandbox", "--namespace", "team-a",
        "--output", "json");
    assertEquals(Cli.ERROR, planErrors.code());
    Map<String, Object> doc = oneDocument(planErrors);
    assertEquals(List.of("cluster", "plan", "error", "exitCode"), List.copyOf(doc.keySet()), planErrors.out());
    assertEquals("plan", ((Map<?, ?>) doc.get("error")).get("kind"));
    assertTrue(((Map<?, ?>) doc.get("error")).get("problems").toString()
        .contains("namespace team-a does not exist and stack mine does not declare it"), planErrors.out());

    // a refusal of the cluster
    Run ssa = CliTest.run(null, "apply", "--sandbox", "--strategy", "server-side", "--example", "spark-pi", "-o", "json");
    assertEquals(Cli.ERROR, ssa.code());
    assertTrue(((String) ((Map<?, ?>) oneDocument(ssa).get("error")).get("message"))
        .startsWith("the sandbox cannot do server-side apply"), ssa.out());
  }

  @Test
  void theProgramsOwnStackAndANamespaceOverride() {
    Run missing = CliTest.run(stack("mine").add(serviceAccount("spark")), "apply", "--sandbox", "--namespace", "team-a");
    assertEquals(Cli.ERROR, missing.code(), missing.out());
    assertTrue(missing.out().contains("namespace team-a does not exist and stack mine does not declare it"), missing.out());
    Run r = CliTest.run(stack("mine").add(namespace("team-a"), serviceAccount("spark")), "apply", "--sandbox",
        "--namespace", "team-a");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("ServiceAccount team-a/spark: created\n"), r.out());
  }

  @Test
  void destroyOfAStackThatOwnsNothingDeletesNothing() {
    Run r = CliTest.run(null, "destroy", "--sandbox", "--example", "spark-pi");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().endsWith("Plan: 0 to add, 0 to change, 0 to replace, 0 to prune.\n"), r.out());
  }

  @Test
  void historyAndRollbackOfAFreshSandboxSayThereIsNothing() {
    Run history = CliTest.run(null, "history", "--sandbox", "--example", "spark-pi");
    assertEquals(0, history.code(), history.err());
    assertEquals(SANDBOX + "No revisions recorded for stack spark-pi.\n", history.out());
    Run json = CliTest.run(null, "history", "--sandbox", "--example", "spark-pi", "--output", "json");
    assertEquals("{\"cluster\":\"sandbox (fabric8 in-memory API server in this process; no real cluster is touched)\","
        + "\"history\":{\"stack\":\"spark-pi\",\"revisions\":[]},\"exitCode\":0}\n", json.out());
    Run rollback = CliTest.run(null, "rollback", "--sandbox", "--example", "spark-pi", "--to", "1");
    assertEquals(Cli.ERROR, rollback.code());
    assertEquals("error: stack spark-pi has no revision 1 (no revisions recorded)\n", rollback.err());
    assertEquals(Cli.USAGE, CliTest.run(null, "rollback", "--sandbox", "--example", "spark-pi").code());
  }

  @Test
  void usageErrorsAndRefusals() {
    assertEquals(Cli.USAGE, CliTest.run(null, "plan", "--sandbox", "--context", "prod", "--example", "spark-pi").code());
    assertEquals(Cli.USAGE, CliTest.run(null, "plan", "--sandbox").code());
    assertEquals(Cli.USAGE, CliTest.run(null, "apply", "--sandbox", "--example", "spark-pi", "--parallelism", "0").code());
    Run ssa = CliTest.run(null, "apply", "--sandbox", "--strategy", "server-side", "--example", "spark-pi");
    assertEquals(Cli.ERROR, ssa.code());
    assertTrue(ssa.err().startsWith("error: the sandbox cannot do server-side apply"), ssa.err());
    assertFalse(ssa.err().contains("\tat "), "no stack trace");
  }
}
