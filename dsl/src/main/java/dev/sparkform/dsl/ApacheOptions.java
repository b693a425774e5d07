package dev.sparkform.dsl;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How the Apache operator ({@code spark.apache.org/v1}) tends an app — its {@code applicationTolerations}
 * beyond the restart policy and time to live that every target has:
 *
 * <pre>{@code
 * sparkApp("pi")...apacheOptions(apacheOptions().retain(ON_FAILURE).executors(3, 3))
 * }</pre>
 *
 * The kubeflow operator has none of these; an app using them renders only for {@code --target apache}.
 */
@Value.Immutable
public abstract class ApacheOptions {
  public abstract Optional<RetainPolicy> resourceRetainPolicy();

  /** How long resources are kept after the app stops (when the retain policy keeps them). */
  public abstract Optional<Duration> resourceRetainDuration();

  /** Executor counts the operator treats as healthy: {@code instanceConfig}. */
  public abstract OptionalInt initExecutors();

  public abstract OptionalInt minExecutors();

  public abstract OptionalInt maxExecutors();

  /** {@code applicationTimeoutConfig}: how long each stage may take before the operator gives up. */
  public abstract Optional<Duration> driverStartTimeout();

  public abstract Optional<Duration> driverReadyTimeout();

  public abstract Optional<Duration> executorStartTimeout();

  public abstract Optional<Duration> forceTerminationGracePeriod();

  public abstract Optional<Duration> terminationRequeuePeriod();

  /**
   * An attempt that runs at least this long resets the restart counters (the operator's
   * {@code restartCounterResetMillis}): fast failures are limited, long stable runs restart freely.
   */
  public abstract Optional<Duration> restartCounterReset();

  public ApacheOptions retain(RetainPolicy policy) {
    return ImmutableApacheOptions.builder().from(this).resourceRetainPolicy(policy).build();
  }

  public ApacheOptions retainFor(Duration duration) {
    return ImmutableApacheOptions.builder().from(this).resourceRetainDuration(duration).build();
  }

  /** The operator's executor bounds: at least {@code min} and at most {@code max} ready executors. */
  public ApacheOptions executors(int min, int max) {
    return ImmutableApacheOptions.builder().from(this).minExecutors(min).maxExecutors(max).build();
  }

  public ApacheOptions initExecutors(int n) {
    return ImmutableApacheOptions.builder().from(this).initExecutors(n).build();
  }

  public ApacheOptions driverStartTimeout(Duration timeout) {
    return ImmutableApacheOptions.builder().from(this).driverStartTimeout(timeout).build();
  }

  public ApacheOptions driverReadyTimeout(Duration timeout) {
    return ImmutableApacheOptions.builder().from(this).driverReadyTimeout(timeout).build();
  }

  public ApacheOptions executorStartTimeout(Duration timeout) {
    return ImmutableApacheOptions.builder().from(this).executorStartTimeout(timeout).build();
  }

  public ApacheOptions forceTerminationGracePeriod(Duration period) {
    return ImmutableApacheOptions.builder().from(this).forceTerminationGracePeriod(period).build();
  }

  public ApacheOptions terminationRequeuePeriod(Duration period) {
    return ImmutableApacheOptions.builder().from(this).terminationRequeuePeriod(period).build();
  }

  public boolean isEmpty() {
    return resourceRetainPolicy().isEmpty() && resourceRetainDuration().isEmpty() && !hasInstanceConfig() && !hasTimeouts()
        && restartCounterReset().isEmpty();
  }

  public ApacheOptions restartCounterReset(Duration stableFor) {
    return ImmutableApacheOptions.builder().from(this).restartCounterReset(stableFor).build();
  }

  /** Whether the executor bounds ({@code instanceConfig}) are set. */
  public boolean hasInstanceConfig() {
    return initExecutors().isPresent() || minExecutors().isPresent() || maxExecutors().isPresent();
  }

  /** Whether any timeout ({@code applicationTimeoutConfig}) is set. */
  public boolean hasTimeouts() {
    return driverStartTimeout().isPresent() || driverReadyTimeout().isPresent() || executorStartTimeout().isPresent()
        || forceTerminationGracePeriod().isPresent() || terminationRequeuePeriod().isPresent();
  }

  static ApacheOptions none() {
    return ImmutableApacheOptions.builder().build();
  }

  /** The app's restart policy decides whether a counter reset means anything. */
  void validate(Problems p, Optional<RestartPolicy> restart) {
    Ranges.pods(p, "initExecutors", initExecutors());
    Ranges.pods(p, "minExecutors", minExecutors());
    Ranges.pods(p, "maxExecutors", maxExecutors());
    if (minExecutors().isPresent() && maxExecutors().isPresent() && minExecutors().getAsInt() > maxExecutors().getAsInt()) {
      p.add("minExecutors %d exceeds maxExecutors %d", minExecutors().getAsInt(), maxExecutors().getAsInt());
    }
    if (initExecutors().isPresent()) {
      int init = initExecutors().getAsInt();
      if ((minExecutors().isPresent() && init < minExecutors().getAsInt())
          || (maxExecutors().isPresent() && init > maxExecutors().getAsInt())) {
        p.add("initExecutors %d is outside %s..%s", init, bound(minExecutors()), bound(maxExecutors()));
      }
    }
    // The operator counts in milliseconds; a negative or sub-millisecond duration is a typo.
    millis(p, "resourceRetainDuration", resourceRetainDuration());
    millis(p, "driverStartTimeout", driverStartTimeout());
    millis(p, "driverReadyTimeout", driverReadyTimeout());
    millis(p, "executorStartTimeout", executorStartTimeout());
    millis(p, "forceTerminationGracePeriod", forceTerminationGracePeriod());
    millis(p, "terminationRequeuePeriod", terminationRequeuePeriod());
    millis(p, "restartCounterReset", restartCounterReset());
    if (restartCounterReset().isPresent() && (restart.isEmpty() || restart.get().type() == RestartPolicy.Type.NEVER)) {
      p.add("restartCounterReset needs a restart policy that restarts (restartPolicy(always()) or onFailure(..))");
    }
    if (resourceRetainDuration().isPresent() && resourceRetainPolicy().orElse(RetainPolicy.NEVER) == RetainPolicy.NEVER) {
      p.add("resourceRetainDuration is set but nothing is retained (retain(ALWAYS) or retain(ON_FAILURE))");
    }
  }

  private static String bound(OptionalInt n) {
    return n.isPresent() ? String.valueOf(n.getAsInt()) : "";
  }

  private static void millis(Problems p, String what, Optional<Duration> d) {
    if (d.isPresent()) {
      Ranges.duration(p, what, d.get(), true, true);
    }
  }
}
