package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.dsl.Stack;
import java.time.Duration;

/**
 * Interactive Spark for a data team: a Spark Connect server that notebooks reach at
 * {@code sc://notebooks.analytics.svc.cluster.local:15002} (only pods labelled
 * {@code spark-connect-client=true}), a history server over the shared event log, and two batch
 * apps writing to that log — a Spark 3.5 one told to roll its log as Spark 4 does, so the history
 * server can compact both. Every pod restricted; a quota bounds the namespace.
 */
public final class Interactive implements Example {
  static final String EVENT_LOG = "s3a://spark-events/";

  @Override
  public String name() {
    return "interactive";
  }

  @Override
  public String description() {
    return "A Spark Connect server for notebooks, a history server, and batch apps writing to its event log";
  }

  private static SparkPod restrictedDriver() {
    return driver().securityContext(restricted(185, 185));
  }

  private static SparkPod restrictedExecutor() {
    return executor().securityContext(restricted(185, 185));
  }

  private static SparkApp report(String name, String version, String scala) {
    return sparkApp(name).sparkVersion(version).image("apache/spark:" + version)
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_" + scala + "-" + version + ".jar")
        .arguments("1000")
        .driver(restrictedDriver().cores(1).coreLimit(cores(1)).memory(gib(1)))
        .executor(restrictedExecutor().instances(2).cores(1).coreLimit(cores(1)).memory(gib(2)))
        .eventLog(EVENT_LOG);
  }

  @Override
  public Stack define() {
    return stack("interactive").namespace("analytics").add(
        namespace("analytics")
            .quota(quota("analytics-compute").requests(cores(48), gib(192)).limits(cores(64), gib(192)).pods(60)),
        sparkConnect("notebooks").sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .server(restrictedDriver().cores(2).coreLimit(cores(2)).memory(gib(4)))
            .executor(restrictedExecutor().cores(2).coreLimit(cores(2)).memory(gib(8)))
            .dynamicAllocation(dynamicAllocation().min(0).max(8))
            .sparkConf("spark.scheduler.mode", "FAIR")
            .eventLog(EVENT_LOG)
            .allowClients("spark-connect-client", "true"),
        historyServer("history").sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .logDirectory(EVENT_LOG)
            .server(restrictedDriver().cores(1).coreLimit(cores(1)).memory(gib(2)))
            .keepEventLogFiles(10)
            .cleaner(Duration.ofDays(30)),
        report("sessions-report", "4.0.1", "2.13"),
        report("legacy-sessions", "3.5.3", "2.12")
            .sparkConf("spark.eventLog.rolling.enabled", "true"));
  }
}
