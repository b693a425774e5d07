package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Scheduling;
import dev.sparkform.dsl.Stack;
import java.time.Duration;

/**
 * The heavy nightly job: scheduled at 02:00, dynamic allocation up to 300 executors of 28 GiB
 * (about 9 TiB of memory at peak), pinned to a high-memory node pool that exists only while it runs
 * (tainted, so nothing else lands there), scratch space on per-executor on-demand volumes.
 */
public final class DailySummary implements Example {
  /** Nodes labelled {@code pool=highmem}, tainted {@code dedicated=spark-highmem:NoSchedule}; scaled to zero by day. */
  public static final Scheduling HIGHMEM_POOL = scheduling()
      .nodeSelector("pool", "highmem")
      .tolerations(tolerate("dedicated", "spark-highmem", NO_SCHEDULE))
      .prefer(50, node("node.kubernetes.io/instance-type").in("r6i.8xlarge", "r7i.8xlarge"));

  @Override
  public String name() {
    return "daily-summary";
  }

  @Override
  public String description() {
    return "Nightly job: cron 02:00, 2-300 executors x 28Gi on a tainted high-memory pool, on-demand scratch";
  }

  @Override
  public Stack define() {
    return stack("daily-summary").namespace("analytics").add(
        namespace("analytics")
            .quota(quota("spark-nightly").requests(cores(1300), tib(10)).limits(cores(2400), tib(10))),
        sparkApp("daily-summary")
            .type(SCALA)
            .sparkVersion("4.0.1")
            .image("registry.example.com/analytics/daily-summary:2026.11.1")
            .imagePullSecrets("registry-credentials")
            .mainClass("com.example.analytics.DailySummary")
            .mainApplicationFile("local:///opt/app/daily-summary.jar")
            .arguments("--day", "yesterday")
            .sparkConf("spark.sql.adaptive.enabled", "true")
            .sparkConf("spark.sql.shuffle.partitions", "4000")
            .scheduling(HIGHMEM_POOL)
            .driver(driver().cores(4).coreLimit(cores(4)).memory(gib(16)).priorityClassName("spark-critical"))
            .executor(executor().cores(4).coreLimit(cores(4)).memory(gib(28))
                .volumes(claimOnDemand("spark-local-dir-1", "/data/spark-local").size(gib(200))
                    .storageClass("fast-ssd")))
            .dynamicAllocation(dynamicAllocation().initial(20).min(2).max(300)
                .shuffleTrackingTimeout(Duration.ofMinutes(30)))
            .restartPolicy(onFailure(1, Duration.ofMinutes(10)))
            .timeToLive(Duration.ofDays(1))
            .schedule(schedule("0 2 * * *").timeZone("Europe/Berlin").concurrency(FORBID).history(3, 5)));
  }
}
