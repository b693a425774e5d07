package dev.sparkform.cli;

import static dev.sparkform.Sparkform.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  /** Exit code, standard output and standard error of one run. */
  record Run(int code, String out, String err) {}

  static Run run(Stack preset, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, preset, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void rendersAnExampleToStandardOutput() {
    Run r = run(null, "render", "--example", "spark-pi");
    assertEquals(0, r.code(), r.err());
    assertEquals(toYaml(dev.sparkform.examples.Examples.named("spark-pi").orElseThrow().define()), r.out());
  }

  @Test
  void rendersJsonList() {
    Run r = run(null, "render", "--example", "spark-pi", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": ["), r.out());
  }

  @Test
  void writesADirectoryWithKustomization(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("out");
    Run r = run(null, "render", "--example", "spark-pi", "--out", dir + "/");
    assertEquals(0, r.code(), r.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals("01-namespace-spark-jobs.yaml,02-resourcequota-spark-compute.yaml,03-limitrange-spark-bounds.yaml,"
          + "04-serviceaccount-spark.yaml,05-role-spark-driver.yaml,06-rolebinding-spark-driver.yaml,"
          + "07-sparkapplication-spark-pi.yaml,kustomization.yaml",
          files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(",")));
    }
    assertTrue(r.err().contains("wrote 7 objects of stack spark-pi"), r.err());
  }

  @Test
  void writesOneFile(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("nested/stack.yaml");
    Run r = run(null, "render", "--example", "spark-pi", "-o", file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(file).startsWith("apiVersion: v1\nkind: Namespace\n"));
  }

  @Test
  void listsExamples() {
    Run r = run(null, "examples");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("spark-pi  "), r.out());
  }

  @Test
  void helpShowsRealExamples() {
    Run r = run(null, "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("sparkform render --example spark-pi --out out/"), r.out());
    Run render = run(null, "render", "--help");
    assertTrue(render.out().contains("--stack com.acme.Analytics"), render.out());
  }

  @Test
  void invalidStackListsEveryProblemWithoutStackTraceAndWritesNothing(@TempDir Path tmp) {
    Path dir = tmp.resolve("out");
    Run r = run(null, "render", "--stack", "com.acme.BrokenStack", "--out", dir + "/");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: the stack is not valid: 3 problems\n"), r.err());
    assertTrue(r.err().contains("  - stack broken: namespace \"Spark_Jobs\" is not a DNS-1123 label"), r.err());
    assertTrue(r.err().contains("  - stack broken > role driver > rule[0]: \"gett\" is not a Kubernetes verb"), r.err());
    assertTrue(r.err().contains("  - stack broken > role binding driver > subject[0]: service account \"missing\""
        + " is not declared in namespace Spark_Jobs of this stack"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(dir), "nothing may be written for an invalid stack");
  }

  @Test
  void debugShowsTheStackTrace() {
    Run r = run(null, "--debug", "render", "--stack", "com.acme.BrokenStack");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("\tat dev.sparkform"), r.err());
  }

  @Test
  void loadsAStackSupplierByClassName() {
    Run r = run(null, "render", "--stack", "com.acme.Analytics");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("name: analytics"), r.out());
  }

  @Test
  void unknownClassOrExampleIsAnErrorNamingIt() {
    Run c = run(null, "render", "--stack", "com.acme.Nope");
    assertEquals(1, c.code());
    assertEquals("error: class com.acme.Nope was not found on the class path (add its directory or jar with"
        + " --class-path)\n", c.err());
    Run e = run(null, "render", "--example", "nope");
    assertEquals(1, e.code());
    assertEquals("error: no example named \"nope\"; built-in examples: spark-pi, pyspark-job, daily-summary,"
        + " two-spark-versions, spark-cluster, submit-etl\n", e.err());
  }

  @Test
  void usageErrorsExitWith64() {
    assertEquals(64, run(null, "render", "--bogus").code());
    assertEquals(64, run(null, "render", "--example", "spark-pi", "--stack", "x.Y").code());
    assertEquals(64, run(null, "render").code());
    assertEquals(64, run(null, "render", "--example", "spark-pi", "--format", "xml").code());
    assertEquals(64, run(null).code());
    Run r = run(null, "rendr");
    assertEquals(64, r.code());
    assertTrue(r.err().contains("Did you mean"), r.err());
  }

  @Test
  void aProgramOffersTheVerbsForItsOwnStack() {
    Stack mine = stack("mine").add(serviceAccount("spark"));
    Run r = run(mine, "render");
    assertEquals(0, r.code(), r.err());
    assertEquals(toYaml(mine), r.out());
  }
}
