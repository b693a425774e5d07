package dev.sparkform.compile;

import dev.sparkform.dsl.DeployMode;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.RestartPolicy;
import dev.sparkform.dsl.SparkApp;
import java.time.Duration;
import java.util.Optional;

/**
 * What the operator does around an app — restart it, run it on a schedule, delete it after a time
 * to live — and how the {@code spark-submit} target does the same:
 * <ul>
 *   <li>a restart policy becomes a loop in the app's script: each run gets its own driver pod name
 *       ({@code spark.kubernetes.driver.pod.name}); after {@code spark-submit} returns (it waits for
 *       the app: {@code spark.kubernetes.submission.waitAppCompletion}), {@code spark-submit --status}
 *       tells the driver pod's final phase, because Spark 4.2's {@code spark-submit} exits 0 whether
 *       the app succeeded or failed. Retries and intervals as the kubeflow operator counts them:
 *       the n-th retry waits n × interval (its linear back-off), 5 s when no interval is given (its
 *       default);
 *   <li>a schedule or a time to live needs something in the cluster that outlives one submission:
 *       a Kubernetes CronJob or Job runs the script ({@link Submitter}), and every driver pod it
 *       starts is owned by the Job's pod, so deleting the Job (time to live, history limit, the
 *       {@code Replace} concurrency policy) deletes the app's pods as the operator would.
 * </ul>
 * Combinations with no faithful meaning are errors naming the setting.
 */
final class SubmitLifecycle {
  /** The kubeflow operator's default retry interval when none is given. */
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
  /** A CronJob's name becomes part of its Jobs' names: Kubernetes allows at most 52 characters. */
  static final int MAX_CRON_JOB_NAME = 52;
  /** A Job's name becomes a label value: at most 63 characters. */
  static final int MAX_JOB_NAME = 63;

  private SubmitLifecycle() {}

  /** The app's restart policy if it ever runs the app again. */
  static Optional<RestartPolicy> restarts(SparkApp app) {
    Optional<RestartPolicy> r = app.restartPolicy();
    return r.isPresent() && r.get().type() != RestartPolicy.Type.NEVER ? r : Optional.empty();
  }

  /** Whether the script must check how each run ended: it restarts, or a Job must fail with the app. */
  static boolean loops(SparkApp app) {
    return restarts(app).isPresent() || inCluster(app);
  }

  /** Whether a CronJob or Job in the cluster runs the script. */
  static boolean inCluster(SparkApp app) {
    return app.schedule().isPresent() || app.timeToLive().isPresent();
  }

  static int retries(Optional<RestartPolicy> r, boolean submission) {
    if (r.isEmpty()) {
      return 0;
    }
    return (submission ? r.get().onSubmissionFailureRetries() : r.get().onFailureRetries()).orElse(0);
  }

  static long intervalSeconds(Optional<RestartPolicy> r, boolean submission) {
    Optional<Duration> interval = r.isEmpty() ? Optional.empty()
        : submission ? r.get().onSubmissionFailureRetryInterval() : r.get().onFailureRetryInterval();
    return interval.orElse(DEFAULT_INTERVAL).getSeconds();
  }

  static void check(SparkApp app, Problems p) {
    if (!loops(app)) {
      return;
    }
    String t = Target.SPARK_SUBMIT.cliName();
    String what = lifecycle(app);
    if (app.mode() == DeployMode.CLIENT) {
      p.add("%s cannot be expressed for target %s in client mode: the script watches a driver pod, which"
          + " only cluster mode creates", what, t);
    }
    String wait = app.sparkConf().get("spark.kubernetes.submission.waitAppCompletion");
    if (wait != null && !wait.trim().equalsIgnoreCase("true")) {
      p.add("sparkConf spark.kubernetes.submission.waitAppCompletion=%s contradicts %s: spark-submit must wait"
          + " for the app to know how it ended", wait, what);
    }
    if (app.sparkConf().containsKey("spark.kubernetes.driver.pod.name")) {
      p.add("sparkConf spark.kubernetes.driver.pod.name contradicts %s: each run needs a driver pod of its own",
          what);
    }
    if (app.schedule().isPresent() && app.name().length() > MAX_CRON_JOB_NAME) {
      p.add("name %s is %d characters long; for target %s its CronJob takes the name, at most %d",
          app.name(), app.name().length(), t, MAX_CRON_JOB_NAME);
    } else if (inCluster(app) && app.name().length() > MAX_JOB_NAME) {
      p.add("name %s is %d characters long; for target %s its Job takes the name, at most %d",
          app.name(), app.name().length(), t, MAX_JOB_NAME);
    }
  }

  private static String lifecycle(SparkApp app) {
    if (app.schedule().isPresent()) {
      return "schedule";
    }
    if (app.timeToLive().isPresent()) {
      return "timeToLive";
    }
    return "restartPolicy " + app.restartPolicy().orElseThrow().type().value();
  }
}
