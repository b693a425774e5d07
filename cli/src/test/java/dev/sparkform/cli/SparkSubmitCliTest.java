package dev.sparkform.cli;

import static dev.sparkform.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.cli.CliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --target spark-submit}: objects in DIR, the submission files in DIR/spark-submit/. */
class SparkSubmitCliTest {
  @Test
  void writesObjectsAndSubmissionFiles(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("out");
    Run r = run(null, "render", "--example", "submit-etl", "--target", "spark-submit", "--out", dir + "/",
        "--master-url", "https://api.example.com:6443");
    assertEquals(0, r.code(), r.err());
    try (Stream<Path> files = Files.list(dir)) {
      String names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(","));
      assertFalse(names.contains("sparkapplication"), names);
      assertTrue(names.contains("01-namespace-etl.yaml") && names.contains("serviceaccount-etl.yaml")
          && names.endsWith("kustomization.yaml,spark-submit"), names);
    }
    try (Stream<Path> files = Files.list(dir.resolve("spark-submit"))) {
      assertEquals("etl-driver-pod-template.yaml,etl-executor-pod-template.yaml,etl-report-driver-pod-template.yaml,"
          + "etl-report-executor-pod-template.yaml,etl-report.args,etl-report.expected.properties,"
          + "etl-report.properties,etl-report.sh,etl.args,etl.expected.properties,etl.properties,etl.sh",
          files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(",")));
    }
    String script = Files.readString(dir.resolve("spark-submit/etl.sh"), StandardCharsets.UTF_8);
    assertTrue(script.contains("--master 'k8s://https://api.example.com:6443'"), script);
    assertFalse(script.contains("SPARK_K8S_MASTER"), script);
    assertTrue(Files.isExecutable(dir.resolve("spark-submit/etl.sh")));
    // Rendering again over its own output works.
    assertEquals(0, run(null, "render", "--example", "submit-etl", "--target", "spark-submit", "--out", dir + "/")
        .code());
  }

  @Test
  void printsTheScriptsWithoutOut() {
    Run r = run(null, "render", "--example", "two-spark-versions", "--target", "spark-submit");
    assertEquals(0, r.code(), r.err());
    assertEquals(2, r.out().split("#!/bin/sh\n", -1).length - 1, r.out());
    assertTrue(r.out().contains("'--name' \\\n  'legacy-report'"), r.out());
    assertTrue(r.err().contains("render with --out DIR/"), r.err());
  }

  @Test
  void aStackWithoutAppsPrintsOrWritesItsObjectsLikeAnyTarget(@TempDir Path tmp) throws IOException {
    Run r = run(null, "render", "--example", "spark-cluster", "--target", "spark-submit");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("kind: StatefulSet\nmetadata:\n  name: shared-worker\n"), r.out());
    assertTrue(r.out().contains("kind: HorizontalPodAutoscaler\n"), r.out());
    assertFalse(r.err().contains("--out DIR/"), r.err());
    Path file = tmp.resolve("cluster.yaml");
    assertEquals(0, run(null, "render", "--example", "spark-cluster", "--target", "spark-submit", "--out",
        file.toString()).code());
    assertEquals(r.out(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void explainsWhatItCannotDo(@TempDir Path tmp) {
    Run file = run(null, "render", "--example", "submit-etl", "--target", "spark-submit", "--out",
        tmp.resolve("x.yaml").toString());
    assertEquals(1, file.code());
    assertTrue(file.err().contains("--target spark-submit writes several files per app: give a directory"), file.err());
    Run master = run(null, "render", "--example", "submit-etl", "--target", "spark-submit", "--master-url", "10.0.0.1");
    assertEquals(1, master.code());
    assertTrue(master.err().contains("--master-url 10.0.0.1 is not a Kubernetes API server URL"), master.err());
    Run other = run(null, "render", "--example", "spark-pi", "--master-url", "https://h:6443");
    assertEquals(1, other.code());
    assertTrue(other.err().contains("--master-url is only for --target spark-submit"), other.err());
  }

  @Test
  void anAppWithATimeToLiveGetsAJobThatRunsItsScriptInTheCluster(@TempDir Path tmp) throws java.io.IOException {
    Run ttl = run(null, "render", "--example", "spark-pi", "--target", "spark-submit", "--out", tmp + "/");
    assertEquals(0, ttl.code(), ttl.err());
    try (var files = java.nio.file.Files.list(tmp)) {
      java.util.List<String> names = files.map(p -> p.getFileName().toString()).sorted()
          .collect(java.util.stream.Collectors.toList());
      assertTrue(names.stream().anyMatch(n -> n.endsWith("-configmap-spark-pi-submit.yaml")), names.toString());
      assertTrue(names.stream().anyMatch(n -> n.endsWith("-job-spark-pi.yaml")), names.toString());
    }
    assertTrue(java.nio.file.Files.isRegularFile(tmp.resolve("spark-submit/spark-pi.sh")));
  }

  @Test
  void explainPrintsEveryKeyAndTheCapacityPlan() {
    Run r = run(null, "explain", "--example", "submit-etl");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("  spark.executor.memory = 4g  [typed: executor.memory]\n"), r.out());
    assertTrue(r.out().contains("  spark.sql.shuffle.partitions = 200  [your sparkConf]\n"), r.out());
    assertTrue(r.out().contains("  executor pod: cpu request 2, limit 3; memory 4505Mi\n"), r.out());
    assertTrue(r.out().contains("  ResourceQuota etl-compute: requests.cpu 24, requests.memory 64Gi, limits.cpu 32,"
        + " limits.memory 64Gi\n"), r.out());
    assertFalse(r.out().contains("warning:") || r.out().contains("error:"), "the example fits its quota: " + r.out());
    assertFalse(r.out().contains("cluster capacity"), r.out());
  }

  @Test
  void explainForTheSparkSubmitTargetCountsTheSubmittingJobsPod() {
    Run r = run(null, "explain", "--example", "daily-summary", "--target", "spark-submit");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("  daily-summary spark-submit: 1 pod;       cpu request 250m, limit 1; memory 1Gi\n"),
        r.out());
    Run operator = run(null, "explain", "--example", "daily-summary");
    assertFalse(operator.out().contains("spark-submit pod"), operator.out());
  }

  @Test
  void explainChecksTheAppsAndTheStackAgainstAGivenCapacity() {
    // etl: 2500m..16500m cpu, 7065..38600Mi; etl-report: 4 cpu, 10034Mi.
    Run r = run(null, "explain", "--example", "submit-etl", "--capacity", "cpu=16,memory=64Gi");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("warning: at max 8 executors the app requests cpu 16500m, more than the cluster"
        + " capacity (cpu 16) by 500m\n"), r.out());
    assertTrue(r.out().endsWith("cluster capacity cpu 16, memory 64Gi (against the requests of every Spark pod in"
        + " the stack)\n"
        + "  at everyone's min: 6 pods; requests cpu 6500m, memory 17099Mi; limits cpu 8,"
        + " memory 17099Mi\n"
        + "  at everyone's max: 13 pods; requests cpu 20500m, memory 48634Mi; limits cpu 29,"
        + " memory 48634Mi\n"
        + "    (the worst case: every app running at once, each with its most executors)\n"
        + "warning: at everyone's max the stack's Spark pods request cpu 20500m, more than the cluster capacity"
        + " (cpu 16) by 4500m\n"), r.out());
    Run fits = run(null, "explain", "--example", "submit-etl", "--capacity", "memory=1Ti,cpu=64");
    assertEquals(0, fits.code(), fits.err());
    assertTrue(fits.out().contains("  fits: every app at its max together stays within the capacity\n"), fits.out());
  }

  @Test
  void aBadCapacityIsAUsageErrorNamingEachBadPart() {
    Run r = run(null, "explain", "--example", "submit-etl", "--capacity", "cpu=lots,memory=256,gpu=1");
    assertEquals(64, r.code());
    assertTrue(r.err().contains("cpu \"lots\" is not a CPU amount (write e.g. 2, 0.5 or 500m)"), r.err());
    assertTrue(r.err().contains("memory \"256\" has no unit"), r.err());
    assertTrue(r.err().contains("unknown key \"gpu\" (use cpu and memory)"), r.err());
    assertTrue(r.err().startsWith("usage error: "), r.err());
    assertEquals("", r.out());
    Run twice = run(null, "explain", "--example", "submit-etl", "--capacity", "cpu=1,cpu=2");
    assertEquals(64, twice.code());
    assertTrue(twice.err().contains("cpu is given twice"), twice.err());
  }
}
