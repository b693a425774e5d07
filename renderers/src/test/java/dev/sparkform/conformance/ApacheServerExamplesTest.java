package dev.sparkform.conformance;

import static dev.sparkform.conformance.ApacheExamplesTest.EXAMPLES_JAR;
import static dev.sparkform.conformance.ApacheExamplesTest.SCALA_IMAGE;
import static dev.sparkform.conformance.ApacheExamplesTest.TAG;
import static dev.sparkform.conformance.ApacheExamplesTest.example;
import static dev.sparkform.conformance.ApacheExamplesTest.localStackS3;
import static dev.sparkform.conformance.ApacheExamplesTest.stackOf;
import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.SparkApp;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Not coverage: the Apache server examples (Spark Connect, Thrift and history servers) that
 * {@link ApacheExamplesTest#UNCOVERED} lists differ from what the DSL renders exactly in what their
 * reasons name, and nothing else. Each upstream tree is edited here, after asserting the edited
 * fields are as the reason says: the DSL's required main file is added as {@code spec.jars}, and the
 * history and Thrift servers' {@code maxRestartAttempts} of Long.MAX_VALUE is removed (ours restarts
 * {@code always()} with the operator's default count).
 */
class ApacheServerExamplesTest {
  private static final String CONNECT = "org.apache.spark.sql.connect.service.SparkConnectServer";
  private static final String HISTORY = "org.apache.spark.deploy.history.HistoryServer";

  /** The servers as far as the DSL goes, each with the stand-in main file {@link ApacheExamplesTest#EXAMPLES_JAR}. */
  static final Map<String, Supplier<SparkApp>> SERVERS = new LinkedHashMap<>();

  static {
    SERVERS.put("spark-connect-server.yaml", () -> connectServer("spark-connect-server")
        .sparkConf("spark.kubernetes.executor.podNamePrefix", "spark-connect-server"));
    SERVERS.put("spark-connect-server-usw2-az2.yaml", () -> connectServer("spark-connect-server-usw2-az2")
        .sparkConf("spark.kubernetes.executor.podNamePrefix", "spark-connect-server")
        .driver(driver().template(inZone("usw2-az2")))
        .executor(executor().template(inZone("usw2-az2"))));
    SERVERS.put("spark-connect-server-iceberg.yaml", () -> localStackS3(
        example("spark-connect-server-iceberg", CONNECT))
        .sparkVersion("4.1.3").image("apache/spark:4.1.3")
        .deps(deps().packages("org.apache.hadoop:hadoop-aws:3.4.2",
            "org.apache.iceberg:iceberg-spark-runtime-4.1_2.13:1.11.0"))
        .sparkConf("spark.kubernetes.executor.podNamePrefix", "spark-connect-server-iceberg")
        .sparkConf("spark.scheduler.mode", "FAIR")
        .sparkConf("spark.sql.catalog.s3", "org.apache.iceberg.spark.SparkCatalog")
        .sparkConf("spark.sql.catalog.s3.type", "hadoop")
        .sparkConf("spark.sql.catalog.s3.warehouse", "s3a://warehouse")
        .sparkConf("spark.sql.defaultCatalog", "s3")
        .sparkConf("spark.sql.extensions", "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions"));
    SERVERS.put("spark-connect-server-with-spark-cluster.yaml", () -> example("spark-connect-server", CONNECT)
        .image(SCALA_IMAGE)
        .sparkConf("spark.master", "spark://prod-master-svc:7077")
        .executor(executor().cores(1))
        .sparkConf("spark.cores.max", "3")
        .sparkConf("spark.ui.reverseProxy", "true"));
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

  private static SparkApp connectServer(String name) {
    return example(name, CONNECT).image("apache/spark:" + TAG).sparkConf("spark.scheduler.mode", "FAIR");
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

  private static PodTemplateSpec inZone(String zoneId) {
    return new PodTemplateSpecBuilder().withNewSpec().addToNodeSelector("topology.k8s.aws/zone-id", zoneId).endSpec()
        .build();
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
