package dev.sparkform.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.k8s.submit.K8SSparkSubmitOperation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rendered script that restarts an app learns how each run ended from {@code spark-submit --status
 * NAMESPACE:DRIVER_POD} (Spark 4.2's {@code spark-submit} exits 0 whether the app failed or not).
 * Here Spark's own status operation asks fabric8's mock API server (the client version Spark ships)
 * for a driver pod in each phase, and the script's own filter — the sed program read from the
 * rendered daily-summary script — must read that phase from what Spark printed.
 */
class SubmitStatusTest {
  static final java.util.logging.Logger QUIET = RealSubmitLoopTest.quiet();
  private static final Path SCRIPT = SparkOracleTest.RENDERED.resolve("daily-summary/daily-summary.sh");

  /** The sed program the script runs over the {@code --status} output. */
  private static String phaseFilter() throws IOException {
    String status = Files.readAllLines(SCRIPT, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("--status") && l.contains("| sed -n")).findFirst().orElseThrow(() -> new AssertionError(SCRIPT + " asks --status"));
    String marker = "| sed -n '";
    int start = status.indexOf(marker) + marker.length();
    return status.substring(start, status.indexOf('\'', start));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Succeeded", "Failed", "Running", "Pending"})
  void theScriptReadsThePhaseSparkPrints(String phase) throws Exception {
    KubernetesMockServer server = new KubernetesMockServer(false);
    server.init();
    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      Pod pod = new PodBuilder().withNewMetadata().withName("nightly-1-driver").withNamespace("analytics")
          .withUid("4b1c3a52-0000-4000-8000-000000000001").withCreationTimestamp("2026-11-24T02:00:00Z")
          .addToLabels("spark-role", "driver").endMetadata()
          .withNewSpec().withServiceAccountName("daily-summary").addNewContainer().withName("spark-kubernetes-driver")
          .endContainer().endSpec()
          .withNewStatus().withPhase(phase).addNewContainerStatus().withName("spark-kubernetes-driver")
          .withNewState().withNewTerminated().withExitCode(phase.equals("Failed") ? 1 : 0).endTerminated().endState()
          .endContainerStatus().endStatus().build();
      server.expect().get().withPath("/api/v1/namespaces/analytics/pods/nightly-1-driver").andReturn(200, pod).always();
      String url = server.url("/");
      SparkConf conf = new SparkConf(false).set("spark.master", "k8s://" + url.substring(0, url.length() - 1));
      PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
      System.setErr(capture);
      K8SSparkSubmitOperation status = new K8SSparkSubmitOperation();
      status.printStream_$eq(capture);
      status.printSubmissionStatus("analytics:nightly-1-driver", conf);
    } finally {
      System.setErr(stderr);
      server.destroy();
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Application status (driver)"), out);
    Process sed = new ProcessBuilder("sh", "-c", "sed -n '" + phaseFilter() + "' | tail -n 1").start();
    try (OutputStream in = sed.getOutputStream()) {
      in.write(printed.toByteArray());
    }
    String read = new String(sed.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, sed.waitFor());
    assertEquals(phase, read, "the phase the script reads from:\n" + out);
  }
}
