package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Spark Connect servers and history servers: their rules, derived RBAC, and event logs between them and apps. */
class SparkServicesTest {
  private static final String CONNECT = "stack analytics > spark connect notebooks";
  private static final String HISTORY = "stack analytics > history server history";

  private static SparkConnect notebooks() {
    return sparkConnect("notebooks").sparkVersion("4.0.1").image("apache/spark:4.0.1");
  }

  private static HistoryServer history() {
    return historyServer("history").sparkVersion("4.0.1").image("apache/spark:4.0.1").logDirectory("s3a://spark-events/");
  }

  private static SparkApp report(String version) {
    return sparkApp("report").sparkVersion(version).image("apache/spark:" + version)
        .mainApplicationFile("local:///opt/app/report.jar").mainClass("com.example.Report");
  }

  private static List<String> problems(StackResource... r) {
    return analytics(r).problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static List<String> warnings(StackResource... r) {
    return analytics(r).warnings().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void aConnectServerNeedsNoMainFileButWhatAnAppNeeds() {
    assertEquals(List.of(), problems(notebooks()));
    assertEquals(List.of(CONNECT + ": has no image (image(\"apache/spark:4.0.1\"), or one for the driver and one for the"
        + " executors)"), problems(sparkConnect("notebooks").sparkVersion("4.0.1")));
    assertEquals(SparkConnect.SERVER_CLASS, notebooks().app().mainClass().orElseThrow());
    assertTrue(notebooks().app().mainApplicationFile().isEmpty());
  }

  @Test
  void spark3NeedsTheConnectPackageAndSpark33HasNone() {
    assertEquals(List.of(CONNECT + ": Spark 3.3.4 has no Spark Connect server (it came with Spark 3.4)"),
        problems(notebooks().sparkVersion("3.3.4")));
    assertEquals(List.of(CONNECT + ": Spark 3.5.3 images do not hold the Spark Connect server: add deps(deps().packages("
        + "\"org.apache.spark:spark-connect_2.12:3.5.3\"))"), warnings(notebooks().sparkVersion("3.5.3")));
    assertEquals(List.of(), warnings(notebooks().sparkVersion("3.5.3")
        .deps(deps().packages("org.apache.spark:spark-connect_2.12:3.5.3"))));
    assertEquals(List.of(), warnings(notebooks()));
  }

  @Test
  void everyConnectProblemAtOnce() {
    assertEquals(List.of(
        "stack analytics > spark connect 1notebooks: name \"1notebooks\" is also its Service's name, which must start with"
            + " a letter (DNS-1035)",
        "stack analytics > spark connect 1notebooks > allowClients: label \"client\" value \"not ok\" is not a valid"
            + " label value (at most 63 alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric)",
        "stack analytics > spark connect 1notebooks: sparkConf spark.connect.grpc.binding.port=15003: the server's"
            + " Service, NetworkPolicy and clients use port 15002"),
        problems(sparkConnect("1notebooks").sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .allowClients("client", "not ok").sparkConf("spark.connect.grpc.binding.port", "15003")));
  }

  @Test
  void aConnectServerGetsDriverRbacUnlessItsAccountExists() {
    List<String> derived = analytics(notebooks()).allResources().stream().map(r -> r.kind() + " " + r.name()).toList();
    assertEquals(List.of("SparkConnect notebooks", "ServiceAccount notebooks", "Role notebooks", "RoleBinding notebooks"),
        derived);
    Role role = (Role) analytics(notebooks()).allResources().get(2);
    assertEquals(List.of("get", "list", "watch", "create", "delete", "deletecollection"), role.rules().get(0).verbs());
    assertEquals(1, analytics(notebooks().existingServiceAccount("spark")).allResources().size());
    // the server keeps the existing account when its pod is set afterwards
    assertEquals("spark", notebooks().existingServiceAccount("spark").server(driver().cores(2)).app().driverServiceAccount());
  }

  @Test
  void everyHistoryServerProblemAtOnce() {
    assertEquals(List.of(), problems(history().keepEventLogFiles(10).cleaner(Duration.ofDays(30))
        .route(gatewayRoute("public").gatewayNamespace("infra").hostnames("history.example.com", "*.example.org"))));
    assertEquals(List.of(
        HISTORY + ": has no image (image(\"apache/spark:4.0.1\"))",
        HISTORY + ": has no log directory (logDirectory(\"s3a://spark-events/\"))",
        HISTORY + ": sparkConf spark.history.fs.eventLog.rolling.maxFilesToRetain=5 contradicts the typed setting (0);"
            + " set it in one place",
        HISTORY + ": keepEventLogFiles 0 must be at least 1",
        HISTORY + ": cleaner maxAge PT0S must be a positive whole number of seconds",
        HISTORY + " > route: gateway \"Public\" is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.',"
            + " starting and ending with a letter or digit)"),
        problems(historyServer("history").sparkVersion("4.0.1")
            .sparkConf("spark.history.fs.eventLog.rolling.maxFilesToRetain", "5")
            .keepEventLogFiles(0).cleaner(Duration.ZERO).route(gatewayRoute("Public"))));
    assertEquals(List.of(HISTORY + " > logDirectory: directory \"local:///events\": local:// names files in the image,"
        + " not a place to write; use s3a://, gs://, hdfs:// or abfss://"),
        problems(history().logDirectory("local:///events")));
  }

  @Test
  void appsWritingElsewhereOrInAnotherFormGetWarnings() {
    assertEquals(List.of(), warnings(history(), report("4.0.1").eventLog("s3a://spark-events")));
    assertEquals(List.of("stack analytics > spark application report > eventLog: directory \"s3a://other/\" is read by"
        + " no history server of this stack (history reads s3a://spark-events/): its runs will not show there"),
        warnings(history(), report("4.0.1").eventLog("s3a://other/")));
    assertEquals(List.of(CONNECT + " > eventLog: directory \"s3a://other/\" is read by no history server of this stack"
        + " (history reads s3a://spark-events/): its runs will not show there"),
        warnings(history(), notebooks().eventLog("s3a://other/")));
    // Spark 3 writes one file unless told to roll; a compacting history server needs rolling logs
    assertEquals(List.of("stack analytics > spark application report > eventLog: history server history compacts"
        + " rolling event logs (keepEventLogFiles 10), but this app writes one file (Spark 3.5.3): set sparkConf"
        + " spark.eventLog.rolling.enabled=true"),
        warnings(history().keepEventLogFiles(10), report("3.5.3").eventLog("s3a://spark-events/")));
    assertEquals(List.of(), warnings(history().keepEventLogFiles(10),
        report("3.5.3").eventLog("s3a://spark-events/").sparkConf("spark.eventLog.rolling.enabled", "true")));
    assertEquals(List.of("stack analytics > spark application report > eventLog: history server history runs Spark 3.5.3,"
        + " older than this app's 4.0.1: run it with the newest Spark of the apps it reads"),
        warnings(history().sparkVersion("3.5.3"), report("4.0.1").eventLog("s3a://spark-events/")));
    // no history server in the stack: nothing to compare with
    assertEquals(List.of(), warnings(report("4.0.1").eventLog("s3a://other/")));
  }
}
