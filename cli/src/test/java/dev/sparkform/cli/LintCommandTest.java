package dev.sparkform.cli;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import dev.sparkform.lint.Rule;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code sparkform lint}: text and JSON, exit codes, the rules list. */
class LintCommandTest {
  /** A Role that reads every Secret of its namespace and a binding to cluster-admin; restricted pods, pinned image. */
  static Stack risky() {
    return stack("risky").namespace("jobs").add(namespace("jobs"), serviceAccount("spark"),
        role("secret-reader").rules(rule().apiGroups("").resources("secrets").verbs(GET, LIST, WATCH)),
        roleBinding("secret-reader").role("secret-reader").serviceAccount("spark"),
        clusterRoleBinding("spark-admin").existingClusterRole("cluster-admin").serviceAccount("jobs", "spark"),
        sparkApp("pi").sparkVersion("4.0.1").image("apache/spark:4.0.1@sha256:" + "b".repeat(64))
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_2.13-4.0.1.jar")
            .driver(driver().serviceAccount("spark").securityContext(restricted(185, 185)))
            .executor(executor().instances(1).securityContext(restricted(185, 185))));
  }

  @Test
  void textNamesBothFindingsAndExitsThree() {
    for (String target : List.of("kubeflow", "apache", "spark-submit")) {
      CliTest.Run r = CliTest.run(risky(), "lint", "--target", target);
      assertEquals(LintCommand.FINDINGS, r.code(), r.err());
      assertEquals("error rbac/secrets-read: Role jobs/secret-reader rules[0]: may get, list, watch every Secret of"
          + " its namespace\n  fix: " + Rule.RBAC_SECRETS_READ.fix() + "\n"
          + "error rbac/powerful-binding: ClusterRoleBinding spark-admin roleRef: binds the built-in ClusterRole"
          + " cluster-admin: full control\n  fix: " + Rule.RBAC_POWERFUL_BINDING.fix() + "\n"
          + "lint of stack risky for " + target + ": 2 errors, 0 warnings, 0 infos\n", r.out());
    }
  }

  @Test
  void jsonIsOneDocument() throws Exception {
    CliTest.Run r = CliTest.run(risky(), "lint", "--output", "json");
    assertEquals(LintCommand.FINDINGS, r.code(), r.err());
    JsonNode doc = JsonMapper.builder().build().readTree(r.out());
    assertEquals(2, doc.get("errors").asInt());
    assertEquals(List.of("rbac/secrets-read", "rbac/powerful-binding"),
        StreamSupport.stream(doc.get("findings").spliterator(), false).map(f -> f.get("id").asString()).toList());
    assertEquals("ClusterRoleBinding spark-admin roleRef", doc.get("findings").get(1).get("path").asString());
  }

  @Test
  void warningsAndInfosExitZero() {
    // spark-pi: restricted pods, its own Role; only infos (images without a digest)
    CliTest.Run r = CliTest.run(null, "lint", "--example", "spark-pi");
    assertEquals(Cli.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().endsWith("lint of stack spark-pi for kubeflow: 0 errors, 0 warnings, 2 infos\n"), r.out());
  }

  @Test
  void anInvalidStackIsAnErrorNotAFinding() {
    CliTest.Run r = CliTest.run(null, "lint", "--example", "daily-summary", "--target", "apache");
    assertEquals(Cli.ERROR, r.code());
    assertTrue(r.err().startsWith("error: the stack is not valid: 1 problem"), r.err());
  }

  @Test
  void rulesListsEveryRule() {
    CliTest.Run r = CliTest.run(null, "lint", "--rules");
    assertEquals(Cli.OK, r.code());
    for (Rule rule : Rule.values()) {
      assertTrue(r.out().contains(rule.id()), rule.id());
    }
    assertEquals(Rule.values().length, r.out().lines().count());
  }

  @Test
  void anUnknownOutputIsAUsageError() {
    assertEquals(Cli.USAGE, CliTest.run(null, "lint", "--example", "spark-pi", "--output", "yaml").code());
  }

  @Test
  void theReadmeTablesEveryRuleWithItsSeverity() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    for (Rule rule : Rule.values()) {
      assertTrue(readme.contains("| `" + rule.id() + "` | " + rule.severity().label() + " | " + rule.summary() + " |"),
          "README's lint table lacks " + rule.id());
    }
  }
}
