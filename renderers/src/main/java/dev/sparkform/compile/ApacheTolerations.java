package dev.sparkform.compile;

import dev.sparkform.dsl.ApacheOptions;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.RestartPolicy;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.model.apache.ApplicationTimeoutConfig;
import dev.sparkform.model.apache.ApplicationTolerations;
import dev.sparkform.model.apache.ExecutorInstanceConfig;
import dev.sparkform.model.apache.RestartConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An app's {@code applicationTolerations} for the Apache operator: its restart policy and time to
 * live (fields every target has) and its {@link ApacheOptions}. Empty when nothing is set, so the
 * operator's defaults apply and nothing is written.
 */
final class ApacheTolerations {
  private ApacheTolerations() {}

  static Optional<ApplicationTolerations> of(SparkApp app, Problems p) {
    ApacheOptions o = app.apacheOptions();
    Optional<RestartPolicy> restart = app.restartPolicy();
    // kubeflow retries a failed spark-submit; the Apache operator submits itself and has no such count.
    if (restart.isPresent() && (restart.get().onSubmissionFailureRetries().isPresent()
        || restart.get().onSubmissionFailureRetryInterval().isPresent())) {
      p.add("restartPolicy submission-failure retries cannot be expressed for target apache: the Apache operator"
          + " has no submission retries (use onFailure retries, or --target kubeflow)");
    }
    if (restart.isEmpty() && app.timeToLive().isEmpty() && o.isEmpty()) {
      return Optional.empty();
    }
    ApplicationTolerations t = new ApplicationTolerations()
        .withRestartConfig(restart.isPresent() ? restartConfig(restart.get(), o) : null)
        .withTtlAfterStopMillis(millis(app.timeToLive()))
        .withResourceRetainPolicy(o.resourceRetainPolicy().isPresent() ? o.resourceRetainPolicy().get().value() : null)
        .withResourceRetainDurationMillis(millis(o.resourceRetainDuration()));
    if (o.hasInstanceConfig()) {
      t.withInstanceConfig(new ExecutorInstanceConfig().withInitExecutors(integer(o.initExecutors()))
          .withMinExecutors(integer(o.minExecutors())).withMaxExecutors(integer(o.maxExecutors())));
    }
    if (o.hasTimeouts()) {
      t.withApplicationTimeoutConfig(new ApplicationTimeoutConfig()
          .withDriverStartTimeoutMillis(millis(o.driverStartTimeout()))
          .withDriverReadyTimeoutMillis(millis(o.driverReadyTimeout()))
          .withExecutorStartTimeoutMillis(millis(o.executorStartTimeout()))
          .withForceTerminationGracePeriodMillis(millis(o.forceTerminationGracePeriod()))
          .withTerminationRequeuePeriodMillis(millis(o.terminationRequeuePeriod())));
    }
    return Optional.of(t);
  }

  private static RestartConfig restartConfig(RestartPolicy r, ApacheOptions o) {
    RestartConfig c = new RestartConfig().withRestartPolicy(r.type().value())
        .withRestartCounterResetMillis(millis(o.restartCounterReset()));
    if (r.onFailureRetries().isPresent()) {
      c.withMaxRestartAttempts((long) r.onFailureRetries().getAsInt());
    }
    if (r.onFailureRetryInterval().isPresent()) {
      c.withRestartBackoffMillis(r.onFailureRetryInterval().get().toMillis());
    }
    return c;
  }

  private static Long millis(Optional<Duration> d) {
    return d.isPresent() ? d.get().toMillis() : null;
  }

  private static Integer integer(OptionalInt n) {
    return n.isPresent() ? n.getAsInt() : null;
  }
}
