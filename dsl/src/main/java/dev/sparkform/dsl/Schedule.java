package dev.sparkform.dsl;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Runs an app on a cron schedule (a kubeflow ScheduledSparkApplication):
 * {@code schedule("0 2 * * *").timeZone("Europe/Berlin").concurrency(FORBID)}.
 */
@Value.Immutable
public abstract class Schedule {
  public enum Concurrency {
    ALLOW("Allow"), FORBID("Forbid"), REPLACE("Replace");

    private final String value;

    Concurrency(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  public abstract String cron();

  /** IANA time zone of the cron expression; the operator's (usually UTC) when empty. */
  public abstract Optional<String> timeZone();

  public abstract Optional<Concurrency> concurrency();

  public abstract OptionalInt successfulRunHistoryLimit();

  public abstract OptionalInt failedRunHistoryLimit();

  @Value.Default
  public boolean suspended() {
    return false;
  }

  public Schedule timeZone(String zone) {
    return ImmutableSchedule.builder().from(this).timeZone(zone).build();
  }

  public Schedule concurrency(Concurrency concurrency) {
    return ImmutableSchedule.builder().from(this).concurrency(concurrency).build();
  }

  public Schedule history(int successful, int failed) {
    return ImmutableSchedule.builder().from(this).successfulRunHistoryLimit(successful)
        .failedRunHistoryLimit(failed).build();
  }

  public Schedule suspended(boolean suspended) {
    return ImmutableSchedule.builder().from(this).suspended(suspended).build();
  }

  static Schedule of(String cron) {
    return ImmutableSchedule.builder().cron(cron).build();
  }

  void validate(Problems p) {
    Cron.validate(p, cron());
    timeZone().ifPresent(z -> {
      try {
        java.time.ZoneId.of(z);
      } catch (java.time.DateTimeException e) {
        p.add("time zone \"%s\" is not an IANA time zone (e.g. UTC, Europe/Berlin)", z);
      }
    });
    successfulRunHistoryLimit().ifPresent(n -> {
      if (n < 0) {
        p.add("successfulRunHistoryLimit %d is negative", n);
      }
    });
    failedRunHistoryLimit().ifPresent(n -> {
      if (n < 0) {
        p.add("failedRunHistoryLimit %d is negative", n);
      }
    });
  }
}
