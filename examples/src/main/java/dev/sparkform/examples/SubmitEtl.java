package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Scheduling;
import dev.sparkform.dsl.Stack;

/**
 * Two jobs for a cluster without an operator, written to render for every target and meant for
 * {@code --target spark-submit}: a Scala ETL and a PySpark report on a tainted, zoned node pool,
 * with env from values, secrets and a config map, volumes of every kind Spark has keys for (and a
 * config-map volume it has none for), explicit CPU request and limit, overhead and dynamic allocation.
 */
public final class SubmitEtl implements Example {
  static final Scheduling ETL_POOL = scheduling()
      .nodeSelector("node-pool", "etl")
      .tolerations(tolerate("dedicated", "etl", NO_SCHEDULE))
      .require(node("topology.kubernetes.io/zone").in("eu-west-1a", "eu-west-1b"));

  @Override
  public String name() {
    return "submit-etl";
  }

  @Override
  public String description() {
    return "Scala ETL + PySpark report for spark-submit (no operator): pod templates, env, volumes, CPU limits";
  }

  @Override
  public Stack define() {
    return stack("submit-etl").namespace("etl").add(
        namespace("etl").quota(quota("etl-compute").requests(cores(24), gib(64)).limits(cores(32), gib(64))),
        configMap("etl-settings").data("settings.conf", "batch.size=500\n").data("REGION", "eu-west-1"),
        sparkApp("etl")
            .type(SCALA)
            .sparkVersion("4.0.1")
            .image("apache/spark:4.0.1")
            .imagePullPolicy(ALWAYS)
            .mainClass("com.example.etl.Main")
            .mainApplicationFile("local:///opt/app/etl.jar")
            .arguments("--title", "Nightly ETL: 'raw' to \"clean\" (costs in $USD)", "--day", "2026-11-24")
            .label("team", "data-eng")
            .sparkConf("spark.sql.shuffle.partitions", "200")
            .scheduling(ETL_POOL)
            .dynamicAllocation(dynamicAllocation().min(1).max(8))
            .driver(driver().cores(1).coreRequest(millicores(500)).coreLimit(cores(1)).memory(gib(2))
                .memoryOverhead(mib(512))
                .label("role", "etl-driver")
                .env("LOG_LEVEL", "info")
                .env("DB_PASSWORD", secretKey("etl-db", "password"))
                .env("REGION", configMapKey("etl-settings", "REGION"))
                .volumes(emptyDir("scratch", "/scratch").sizeLimit(gib(10)),
                    configMapVolume("settings", "etl-settings", "/etc/etl"),
                    secretVolume("db-cert", "etl-db-cert", "/etc/db-cert")))
            .executor(executor().cores(2).coreLimit(cores(3)).memory(gib(4))
                .env("LOG_LEVEL", "info")
                .volumes(claim("data", "etl-data", "/data").readOnly(true),
                    emptyDir("spill", "/spill").sizeLimit(gib(20)))),
        sparkApp("etl-report")
            .type(PYTHON)
            .sparkVersion("4.0.1")
            .image("apache/spark:4.0.1-python3")
            .mainApplicationFile("local:///opt/app/report.py")
            .arguments("--day", "2026-11-24")
            .scheduling(ETL_POOL)
            .driver(driver().cores(1).coreLimit(cores(1)).memory(gib(1)).priorityClassName("batch-high")
                .securityContext(restricted(185, 185)))
            .executor(executor().instances(3).cores(1).coreLimit(cores(1)).memory(gib(2))));
  }
}
