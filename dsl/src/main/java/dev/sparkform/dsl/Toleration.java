package dev.sparkform.dsl;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Lets a pod onto nodes tainted for it, e.g. a dedicated Spark pool:
 * {@code tolerate("dedicated", "spark", NO_SCHEDULE)}. Without a key and with EXISTS it tolerates
 * every taint.
 */
@Value.Immutable
public abstract class Toleration {
  public enum Operator { EQUAL, EXISTS;
    public String value() {
      return this == EQUAL ? "Equal" : "Exists";
    }
  }

  public enum Effect { NO_SCHEDULE, PREFER_NO_SCHEDULE, NO_EXECUTE;
    public String value() {
      switch (this) {
        case NO_SCHEDULE: return "NoSchedule";
        case PREFER_NO_SCHEDULE: return "PreferNoSchedule";
        default: return "NoExecute";
      }
    }
  }

  /** The taint key; empty with EXISTS matches every key. */
  public abstract Optional<String> key();

  public abstract Operator operator();

  public abstract Optional<String> value();

  /** Empty matches every effect. */
  public abstract Optional<Effect> effect();

  /** For NO_EXECUTE: how long the pod stays once the taint appears. */
  public abstract OptionalLong seconds();

  /** Tolerate a NO_EXECUTE taint for this many seconds only. */
  public Toleration forSeconds(long seconds) {
    return ImmutableToleration.builder().from(this).seconds(seconds).build();
  }

  static Toleration of(String key, Operator operator, String value, Effect effect) {
    return ImmutableToleration.builder().key(Optional.ofNullable(key)).operator(operator)
        .value(Optional.ofNullable(value)).effect(Optional.ofNullable(effect)).build();
  }

  void validate(Problems p) {
    if (key().isPresent()) {
      Names.qualifiedKey(p, "taint key", key().get());
    }
    if (key().isEmpty() && operator() != Operator.EXISTS) {
      p.add("a toleration without a key must use operator Exists");
    }
    if (operator() == Operator.EXISTS && value().isPresent()) {
      p.add("operator Exists takes no value (got \"%s\")", value().get());
    }
    if (value().isPresent()) {
      Names.labelValue(p, "taint", value().get());
    }
    if (seconds().isPresent() && effect().orElse(null) != Effect.NO_EXECUTE) {
      p.add("tolerationSeconds only applies to effect NoExecute");
    }
    if (seconds().isPresent() && seconds().getAsLong() < 0) {
      p.add("tolerationSeconds %d is negative", seconds().getAsLong());
    }
  }
}
