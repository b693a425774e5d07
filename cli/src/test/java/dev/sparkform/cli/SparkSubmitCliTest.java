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
    Run ttl = run(null, "render", "--example", "spark-pi", "--target", "spark-submit");
    assertEquals(1, ttl.code());
    assertTrue(ttl.err().contains("spark application spark-pi: timeToLive cannot be expressed for target spark-submit"),
        ttl.err());
  }

  @Test
  void explainPrintsEveryKeyAndTheCapacityPlan() {
    Run r = run(null, "explain", "--example", "submit-etl");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("  spark.executor.memory = 4g  [typed: executor.memory]\n"), r.out());
    assertTrue(r.out().contains("  spark.sql.shuffle.partitions = 200  [your sparkConf]\n"), r.out());
    assertTrue(r.out().contains("  executor pod: cpu request 2, limit 3; memory 4505Mi\n"), r.out());
    assertTrue(r.out().contains("warning: CPU requests 16500m at 8 executors exceeds ResourceQuota etl-compute"), r.out());
  }
}
