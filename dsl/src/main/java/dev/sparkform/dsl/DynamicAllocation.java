package dev.sparkform.dsl;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Executors added and removed with the load: {@code dynamicAllocation().min(2).max(300)}. On
 * Kubernetes there is no external shuffle service, so shuffle tracking is on unless turned off.
 */
@Value.Immutable
public abstract class DynamicAllocation {
  public abstract OptionalInt initialExecutors();

  public abstract OptionalInt minExecutors();

  public abstract OptionalInt maxExecutors();

  @Value.Default
  public boolean shuffleTracking() {
    return true;
  }

  /** How long executors holding shuffle data are kept; Spark's default keeps them for the job's life. */
  public abstract Optional<Duration> shuffleTrackingTimeout();

  public DynamicAllocation initial(int executors) {
    return ImmutableDynamicAllocation.builder().from(this).initialExecutors(executors).build();
  }

  public DynamicAllocation min(int executors) {
    return ImmutableDynamicAllocation.builder().from(this).minExecutors(executors).build();
  }

  public DynamicAllocation max(int executors) {
    return ImmutableDynamicAllocation.builder().from(this).maxExecutors(executors).build();
  }

  public DynamicAllocation shuffleTracking(boolean enabled) {
    return ImmutableDynamicAllocation.builder().from(this).shuffleTracking(enabled).build();
  }

  public DynamicAllocation shuffleTrackingTimeout(Duration timeout) {
    return ImmutableDynamicAllocation.builder().from(this).shuffleTrackingTimeout(timeout).build();
  }

  static DynamicAllocation enabled() {
    return ImmutableDynamicAllocation.builder().build();
  }

  void validate(Problems p) {
    Ranges.pods(p, "initialExecutors", initialExecutors());
    Ranges.pods(p, "minExecutors", minExecutors());
    Ranges.pods(p, "maxExecutors", maxExecutors());
    if (minExecutors().isPresent() && maxExecutors().isPresent()
        && minExecutors().getAsInt() > maxExecutors().getAsInt()) {
      p.add("minExecutors %d exceeds maxExecutors %d", minExecutors().getAsInt(), maxExecutors().getAsInt());
    }
    if (initialExecutors().isPresent()) {
      int initial = initialExecutors().getAsInt();
      if (minExecutors().isPresent() && initial < minExecutors().getAsInt()) {
        p.add("initialExecutors %d is below minExecutors %d", initial, minExecutors().getAsInt());
      }
      if (maxExecutors().isPresent() && initial > maxExecutors().getAsInt()) {
        p.add("initialExecutors %d exceeds maxExecutors %d", initial, maxExecutors().getAsInt());
      }
    }
    if (maxExecutors().isPresent() && maxExecutors().getAsInt() == 0) {
      p.add("maxExecutors 0 leaves the app without executors");
    }
    if (shuffleTrackingTimeout().isPresent()) {
      Ranges.duration(p, "shuffleTrackingTimeout", shuffleTrackingTimeout().get(), true, true);
      if (!shuffleTracking()) {
        p.add("shuffleTrackingTimeout is set but shuffle tracking is off");
      }
    }
  }
}
