package dev.sparkform.golden;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.RestartPolicy;
import dev.sparkform.dsl.Stack;
import dev.sparkform.render.SparkSubmitFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restart policies under target spark-submit, run for real: the script with the fake
 * {@code spark-submit} ({@link SparkSubmitScriptTest#FAKE_SPARK_SUBMIT}) told which phases the
 * driver pods end in and which submissions fail, and a fake {@code sleep} that records how long it
 * was asked to wait. Counts and waits as the kubeflow operator's: n-th retry after n × interval.
 */
class SparkSubmitRestartTest {
  private static Stack restarting(RestartPolicy policy) {
    return dev.sparkform.dsl.Dsl.stack("r").namespace("jobs").add(sparkApp("job").sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .mainClass("com.example.Job").mainApplicationFile("local:///opt/job.jar").restartPolicy(policy));
  }

  /** What one run of the script did. */
  private static final class Outcome {
    int exit;
    String stderr;
    List<List<String>> submissions = new ArrayList<>();
    List<String> statusQueries = new ArrayList<>();
    List<String> sleeps = new ArrayList<>();
  }

  private static final String RECORD_SLEEP = "#!/bin/sh\necho \"$1\" >> \"$RECORD_DIR/sleeps\"\n";

  private static Outcome run(Stack stack, Path tmp, List<String> phases, List<String> submitExits) throws Exception {
    return run(stack, tmp, phases, submitExits, RECORD_SLEEP);
  }

  private static Outcome run(Stack stack, Path tmp, List<String> phases, List<String> submitExits, String fakeSleep)
      throws Exception {
    Path out = tmp.resolve("out");
    Map<String, String> files = SparkSubmitGoldenTest.files(stack, Optional.empty());
    SparkSubmitScriptTest.write(out, files);
    Files.write(tmp.resolve("phases"), phases, StandardCharsets.UTF_8);
    Files.write(tmp.resolve("submit-exits"), submitExits, StandardCharsets.UTF_8);
    Path bin = tmp.resolve("bin");
    Files.createDirectories(bin);
    Path sleep = bin.resolve("sleep");
    Files.writeString(sleep, fakeSleep, StandardCharsets.UTF_8);
    assertTrue(sleep.toFile().setExecutable(true));
    Process p = SparkSubmitScriptTest.process(out.resolve("job.sh"), tmp, Map.of());
    Outcome o = new Outcome();
    o.stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    o.exit = p.waitFor();
    if (Files.exists(tmp.resolve("submissions"))) {
      for (String line : Files.readAllLines(tmp.resolve("submissions"), StandardCharsets.UTF_8)) {
        o.submissions.add(Arrays.asList(line.substring(0, line.length() - 1).split("\0", -1)));
      }
    }
    if (Files.exists(tmp.resolve("statuses"))) {
      List<String> all = Arrays.asList(Files.readString(tmp.resolve("statuses"), StandardCharsets.UTF_8).split("\0"));
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).equals("--status")) {
          o.statusQueries.add(all.get(i + 1));
        }
      }
    }
    if (Files.exists(tmp.resolve("sleeps"))) {
      o.sleeps = Files.readAllLines(tmp.resolve("sleeps"), StandardCharsets.UTF_8);
    }
    return o;
  }

  private static String driverPod(List<String> argv) {
    return argv.stream().filter(a -> a.startsWith("spark.kubernetes.driver.pod.name=")).findFirst().orElseThrow()
        .substring("spark.kubernetes.driver.pod.name=".length());
  }

  @Test
  void aFailedRunIsRetriedAfterTheIntervalAndEachRunHasItsOwnDriverPod(@TempDir Path tmp) throws Exception {
    Outcome o = run(restarting(onFailure(2, Duration.ofSeconds(30))), tmp, List.of("Failed", "Failed", "Succeeded"),
        List.of());
    assertEquals(0, o.exit, o.stderr);
    assertEquals(3, o.submissions.size());
    assertEquals(List.of("test-run-1-driver", "test-run-2-driver", "test-run-3-driver"),
        o.submissions.stream().map(SparkSubmitRestartTest::driverPod).collect(java.util.stream.Collectors.toList()));
    assertEquals(List.of("jobs:test-run-1-driver", "jobs:test-run-2-driver", "jobs:test-run-3-driver"), o.statusQueries);
    assertEquals(List.of("30", "60"), o.sleeps, "linear back-off: n-th retry after n x 30 s");
    assertTrue(o.stderr.contains("sparkform: run 1 of job (driver pod test-run-1-driver) ended in phase Failed"), o.stderr);
    // Every submission is the .args list with this run's driver pod name.
    List<String> args = SparkSubmitFiles.readArgs(SparkSubmitGoldenTest.files(restarting(onFailure(2, Duration.ofSeconds(30))),
        Optional.empty()).get("job.args"));
    List<String> expected = new ArrayList<>(args);
    expected.replaceAll(a -> a.replace("${driver_pod}", "test-run-2-driver").replace("${SPARK_K8S_MASTER}",
        "https://10.0.0.1:6443"));
    assertEquals(expected, o.submissions.get(1));
  }

  @Test
  void whenRetriesRunOutTheScriptFails(@TempDir Path tmp) throws Exception {
    Outcome o = run(restarting(onFailure(1, Duration.ofSeconds(10))), tmp, List.of("Failed", "Failed", "Succeeded"),
        List.of());
    assertEquals(1, o.exit);
    assertEquals(2, o.submissions.size(), "one run and one retry");
    assertEquals(List.of("10"), o.sleeps);
    assertTrue(o.stderr.contains("sparkform: job failed; no retries left"), o.stderr);
  }

  @Test
  void aFailedSubmissionIsRetriedSeparately(@TempDir Path tmp) throws Exception {
    Outcome o = run(restarting(onFailure(1, Duration.ofSeconds(10)).submissionRetries(2, Duration.ofSeconds(7))), tmp,
        List.of("Succeeded"), List.of("1", "1", "0"));
    assertEquals(0, o.exit, o.stderr);
    assertEquals(3, o.submissions.size());
    assertEquals(List.of("7", "14"), o.sleeps);
    assertEquals(List.of("jobs:test-run-3-driver"), o.statusQueries, "only a submitted run is asked how it ended");
  }

  @Test
  void submissionFailuresBeyondTheRetriesFail(@TempDir Path tmp) throws Exception {
    Outcome o = run(restarting(onFailure(3, Duration.ofSeconds(10))), tmp, List.of(), List.of("1"));
    assertEquals(1, o.exit);
    assertEquals(1, o.submissions.size(), "no submission retries were asked for");
    assertTrue(o.sleeps.isEmpty());
  }

  @Test
  void anUnknownPhaseCountsAsAFailedRun(@TempDir Path tmp) throws Exception {
    Outcome o = run(restarting(onFailure(0, Duration.ofSeconds(10))), tmp, List.of("Running"), List.of());
    assertEquals(1, o.exit);
    assertTrue(o.stderr.contains("ended in phase Running"), o.stderr);
  }

  @Test
  void alwaysRunsAgainAfterSuccess(@TempDir Path tmp) throws Exception {
    // The fake sleep fails on its third call, which ends the otherwise endless loop (set -e).
    Outcome o = run(restarting(always()), tmp, List.of("Succeeded", "Failed", "Succeeded"), List.of(),
        RECORD_SLEEP + "[ \"$(wc -l < \"$RECORD_DIR/sleeps\")\" -lt 3 ]\n");
    assertEquals(3, o.submissions.size());
    assertEquals(List.of("5", "10", "15"), o.sleeps, "the operator's default interval, 5 s");
  }
}
