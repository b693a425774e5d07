package dev.sparkform.dsl;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * When the operator runs an app again: {@code onFailure(3, Duration.ofSeconds(30))}, {@code never()},
 * {@code always()}. Submission failures may be retried separately.
 */
@Value.Immutable
public abstract class RestartPolicy {
  public enum Type {
    NEVER("Never"), ON_FAILURE("OnFailure"), ALWAYS("Always");

    private final String value;

    Type(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  public abstract Type type();

  public abstract OptionalInt onFailureRetries();

  public abstract Optional<Duration> onFailureRetryInterval();

  public abstract OptionalInt onSubmissionFailureRetries();

  public abstract Optional<Duration> onSubmissionFailureRetryInterval();

  /** Retries of a failed submission, {@code interval} apart. */
  public RestartPolicy submissionRetries(int retries, Duration interval) {
    return ImmutableRestartPolicy.builder().from(this).onSubmissionFailureRetries(retries)
        .onSubmissionFailureRetryInterval(interval).build();
  }

  static RestartPolicy of(Type type, Integer retries, Duration interval) {
    ImmutableRestartPolicy.Builder b = ImmutableRestartPolicy.builder().type(type)
        .onFailureRetryInterval(Optional.ofNullable(interval));
    if (retries != null) {
      b.onFailureRetries(retries);
    }
    return b.build();
  }

  void validate(Problems p) {
    if (onFailureRetries().isPresent() && onFailureRetries().getAsInt() < 0) {
      p.add("onFailureRetries %d is negative", onFailureRetries().getAsInt());
    }
    if (onSubmissionFailureRetries().isPresent() && onSubmissionFailureRetries().getAsInt() < 0) {
      p.add("onSubmissionFailureRetries %d is negative", onSubmissionFailureRetries().getAsInt());
    }
    positive(p, "onFailureRetryInterval", onFailureRetryInterval());
    positive(p, "onSubmissionFailureRetryInterval", onSubmissionFailureRetryInterval());
    if (type() == Type.NEVER && (onFailureRetries().isPresent() || onSubmissionFailureRetries().isPresent())) {
      p.add("restart policy Never takes no retries");
    }
  }

  private static void positive(Problems p, String what, Optional<Duration> d) {
    if (d.isPresent()) {
      Ranges.duration(p, what, d.get(), false, false);
    }
  }
}
