package dev.sparkform.conformance;

import static dev.sparkform.conformance.ApacheExamplesTest.EXAMPLES_JAR;
import static dev.sparkform.conformance.ApacheExamplesTest.SCALA_IMAGE;
import static dev.sparkform.conformance.ApacheExamplesTest.example;
import static dev.sparkform.conformance.ApacheExamplesTest.localStackS3;
import static dev.sparkform.conformance.ApacheExamplesTest.stackOf;
import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.SparkApp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Not coverage: the Apache server examples (Thrift and history servers) that
 * {@link ApacheExamplesTest#UNCOVERED} lists differ from what the DSL renders exactly in what their
 * reasons name, and nothing else. Each upstream tree is edited here, after asserting the edited
 * fields are as the reason says: the DSL's required main file is added as {@code spec.jars}, and the
 * history and Thrift servers' {@code maxRestartAttempts} of Long.MAX_VALUE is removed (ours restarts
 * {@code always()} with the operator's default count).
 */
class ApacheServerExamplesTest {
  private static final String HISTORY = "org.apache.spark.deploy.history.HistoryServer";

  /** The servers as far as the DSL goes, each with the stand-in main file {@link ApacheExamplesTest#EXAMPLES_JAR}. */
  static final Map<String, Supplier<SparkApp>> SERVERS = new LinkedHashMap<>();

  static {
    SERVERS.put("spark-thrift-server.yaml", () -> example("spark-thrift-server",
        "org.apache.spark.sql.hive.thriftserver.HiveThriftServer2").image(SCALA_IMAGE)
        .sparkConf("spark.kubernetes.executor.podNamePrefix", "spark-thrift-server")
        .sparkConf("spark.scheduler.mode", "FAIR")
        .restartPolicy(always()));
    SERVERS.put("spark-history-server.yaml", () -> historyServer("spark-history-server"));
    SERVERS.put("spark-history-server-with-jws-filter.yaml", () -> historyServer("spark-history-server-with-jws-filter")
        .sparkConf("spark.ui.filters", "org.apache.spark.ui.JWSFilter")
        .sparkConf("spark.org.apache.spark.ui.JWSFilter.param.secretKey",
            "VmlzaXQgaHR0cHM6Ly9zcGFyay5hcGFjaGUub3JnIHRvIGRvd25sb2FkIEFwYWNoZSBTcGFyay4="));
  }

  private static SparkApp historyServer(String name) {
    return localStackS3(example(name, HISTORY)).image(SCALA_IMAGE)
        .driver(driver().memory(gib(2)))
        .sparkConf("spark.ui.port", "18080")
        .sparkConf("spark.history.fs.logDirectory", "s3a://spark-events")
        .sparkConf("spark.history.fs.cleaner.enabled", "true")
        .sparkConf("spark.history.fs.cleaner.maxAge", "30d")
        .sparkConf("spark.history.fs.cleaner.maxNum", "100")
        .sparkConf("spark.history.fs.eventLog.rolling.maxFilesToRetain", "10")
        .hadoopConf("fs.defaultFS", "s3a://spark-events")
        .restartPolicy(always());
  }

  @TestFactory
  Stream<DynamicTest> eachServerDiffersOnlyInWhatItsReasonNames() {
    ApacheConformance.exampleFiles();
    return SERVERS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      String file = e.getKey();
      String reason = ApacheExamplesTest.UNCOVERED.get(file);
      assertTrue(reason != null && reason.contains("no spec.jars"), file + " is uncovered for want of a main file");
      Map<String, Object> upstream = ApacheConformance.upstream(file);
      Map<String, Object> spec = child(upstream, "spec");
      assertNull(spec.put("jars", EXAMPLES_JAR), file + ": upstream has no spec.jars");
      boolean restartsForever = reason.contains("maxRestartAttempts 9223372036854775807");
      if (restartsForever) {
        Map<String, Object> restart = child(child(spec, "applicationTolerations"), "restartConfig");
        assertEquals("Always", restart.get("restartPolicy"), file);
        assertEquals(Long.MAX_VALUE, ((Number) restart.remove("maxRestartAttempts")).longValue(), file);
      }
      ApacheConformance.check(file + (restartsForever ? " with spec.jars, without maxRestartAttempts"
          : " with spec.jars"), upstream, stackOf(e.getValue().get()));
    }));
  }

  /** Every uncovered Apache example that is an operator resource is shown here. */
  @Test
  void theServersAreTheUncoveredOperatorResources() {
    TreeSet<String> uncoveredApps = new TreeSet<>(ApacheExamplesTest.UNCOVERED.keySet());
    uncoveredApps.removeIf(f -> ApacheExamplesTest.UNCOVERED.get(f).contains("not an operator resource"));
    assertEquals(uncoveredApps, new TreeSet<>(SERVERS.keySet()), "uncovered SparkApplications and SparkClusters");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }
}
