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
    if (timeZone().isPresent()) {
      String z = timeZone().get();
      // The operator (and a CronJob) load the zone with Go's time.LoadLocation, which knows only the
      // tz database's names; Java's ZoneId.of also takes offsets ("GMT+1", "+01:00") that Go refuses.
      // Of Java 17's region names, Go 1.26's embedded tzdata loads all but the twelve SystemV/* ones
      // (measured 2026-11-30: 591 of 603).
      if (!java.time.ZoneId.getAvailableZoneIds().contains(z) || z.startsWith("SystemV/")) {
        p.add("time zone \"%s\" is not a name of the IANA time zone database (e.g. UTC, Europe/Berlin%s)",
            Texts.visible(z), z.matches("(GMT|UTC)?[+-].*") ? "; a fixed offset is Etc/GMT-1 for UTC+1, sign inverted" : "");
      }
    }
    if (successfulRunHistoryLimit().isPresent() && successfulRunHistoryLimit().getAsInt() < 0) {
      p.add("successfulRunHistoryLimit %d is negative", successfulRunHistoryLimit().getAsInt());
    }
    if (failedRunHistoryLimit().isPresent() && failedRunHistoryLimit().getAsInt() < 0) {
      p.add("failedRunHistoryLimit %d is negative", failedRunHistoryLimit().getAsInt());
    }
  }
}
