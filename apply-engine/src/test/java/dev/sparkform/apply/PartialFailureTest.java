package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sparkform.dsl.Stack;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A failed object does not stop independent ones; its dependants are skipped; re-running converges. */
class PartialFailureTest {
  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  static final Stack TWO_NAMESPACES = stack("two").namespace("alpha").add(
      namespace("alpha"), namespace("beta"),
      serviceAccount("spark"), serviceAccount("spark").namespace("beta"),
      role("driver").rules(rule().apiGroups("").resources("pods").verbs(GET)),
      roleBinding("driver").role("driver").serviceAccount("spark"),
      configMap("settings").data("k", "v"),
      clusterRole("spark-reader").rules(rule().apiGroups("").resources("pods").verbs(GET)));

  @Test
  void dependantsOfAFailedObjectAreSkippedAndTheRestApplied() {
    AtomicInteger namespaceCreates = new AtomicInteger();
    cluster.recorder.fault(r -> {
      if (r.getMethod().equals("POST") && RecordingDispatcher.path(r).equals("/api/v1/namespaces")
          && namespaceCreates.incrementAndGet() == 2) {
        return RecordingDispatcher.status(403, "Forbidden", "namespaces is forbidden: quota of namespaces exceeded");
      }
      if (r.getMethod().equals("POST") && RecordingDispatcher.path(r).endsWith("/namespaces/alpha/roles")) {
        return RecordingDispatcher.status(422, "Invalid", "Role.rbac.authorization.k8s.io driver is invalid");
      }
      return null;
    });
    ApplyReport report = cluster.apply(TWO_NAMESPACES);
    assertFalse(report.ok());
    assertEquals(String.join("\n",
        "Namespace alpha: created",
        "Namespace beta: FAILED to create (403 namespaces is forbidden: quota of namespaces exceeded)",
        "ServiceAccount alpha/spark: created",
        "ServiceAccount beta/spark: skipped create (skipped: its namespace beta could not be created)",
        "ClusterRole spark-reader: created",
        "Role alpha/driver: FAILED to create (422 Role.rbac.authorization.k8s.io driver is invalid)",
        "RoleBinding alpha/driver: skipped create (skipped: its Role driver could not be created)",
        "ConfigMap alpha/settings: created",
        "Apply incomplete: 4 applied, 2 failed, 2 skipped, 0 unchanged.",
        ""), ReportFormatter.text(report));

    cluster.recorder.fault(r -> null);
    ApplyReport rerun = ReportAssert.ok(cluster.apply(TWO_NAMESPACES));
    assertEquals(4, rerun.count(Outcome.Status.APPLIED));
    assertFalse(cluster.plan(TWO_NAMESPACES).hasChanges());
  }
}
