package dev.sparkform.cli;

import static dev.sparkform.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.cli.CliTest.Run;
import org.junit.jupiter.api.Test;

/** {@code render} and {@code explain} say where Spark Connect clients connect, per target. */
class SparkServicesCliTest {
  @Test
  void renderPrintsTheClientUrlOfEachTarget() {
    Run kubeflow = run(null, "render", "--example", "interactive");
    assertEquals(0, kubeflow.code(), kubeflow.err());
    assertTrue(kubeflow.err().contains("footprint of spark connect server notebooks: driver 2 cpu, 4.4Gi;"
        + " executors 0..8 × 2 cpu, 8.8Gi; at most 18 cpu, 74.8Gi; clients: sc://notebooks.analytics.svc.cluster.local:15002"),
        kubeflow.err());
    assertTrue(kubeflow.out().contains("kind: SparkConnect"));
    Run apache = run(null, "render", "--example", "interactive", "--target", "apache");
    assertTrue(apache.err().contains("clients: sc://notebooks-0-driver-svc.analytics.svc.cluster.local:15002"), apache.err());
  }

  @Test
  void explainNamesTheServerAndCountsTheHistoryServer() {
    Run r = run(null, "explain", "--example", "interactive", "--target", "spark-submit");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("spark connect server notebooks (namespace analytics; clients:"
        + " sc://notebooks.analytics.svc.cluster.local:15002)"), r.out());
    assertTrue(r.out().contains("namespace analytics: Spark pods of 3 apps and 1 history server"), r.out());
    assertTrue(r.out().contains("  history history server:   1 pod;       cpu request 1, limit 1; memory 2432Mi"), r.out());
  }
}
