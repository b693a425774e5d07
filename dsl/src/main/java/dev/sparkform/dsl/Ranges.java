package dev.sparkform.dsl;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Upper bounds checked before any arithmetic, so that sums and products of valid values never
 * overflow: executor counts within what one cluster can run, per-pod memory within what one JVM
 * can have, durations within Kubernetes' 32-bit seconds.
 */
final class Ranges {
  /** Kubernetes' documented limit of pods per cluster. */
  static final int MAX_PODS = 150_000;
  /** Per Spark pod heap or overhead; {@code MAX_PODS} pods of twice this still fit a long of bytes. */
  static final Memory MAX_POD_MEMORY = Memory.tib(16);
  /** Kubernetes' time fields (ttlSecondsAfterFinished, ...) are int32 seconds. */
  static final long MAX_SECONDS = Integer.MAX_VALUE;

  private Ranges() {}

  /** A number of executors: 0 to {@link #MAX_PODS}. */
  static void pods(Problems p, String what, int n) {
    if (n < 0) {
      p.add("%s %d is negative", what, n);
    } else if (n > MAX_PODS) {
      p.add("%s %d is more than the %d pods a Kubernetes cluster runs", what, n, MAX_PODS);
    }
  }

  /** A memory overhead factor, when set: in [0, 1). */
  static void overheadFactor(Problems p, OptionalDouble factor) {
    if (factor.isPresent() && !(factor.getAsDouble() >= 0 && factor.getAsDouble() < 1)) {
      p.add("memoryOverheadFactor %s must be in [0, 1)", factor.getAsDouble());
    }
  }

  /** {@link #pods(Problems, String, int)} when {@code n} is present. */
  static void pods(Problems p, String what, OptionalInt n) {
    if (n.isPresent()) {
      pods(p, what, n.getAsInt());
    }
  }

  /** Ids and counts (user and group ids, quota counts), when present: not negative. */
  static void nonNegative(Problems p, String what, OptionalLong n) {
    if (n.isPresent() && n.getAsLong() < 0) {
      p.add("%s %d is negative", what, n.getAsLong());
    }
  }

  static void podMemory(Problems p, String what, Memory m) {
    if (m.isValid() && m.toBytes() > MAX_POD_MEMORY.toBytes()) {
      p.add("%s %s is more than %s, the most a Spark pod may ask for", what, m, MAX_POD_MEMORY);
    }
  }

  /**
   * A duration in whole {@code unit}s ({@code "seconds"} or {@code "milliseconds"}), not negative
   * (nor zero unless {@code zero}), at most {@link #MAX_SECONDS}. Checked without converting, so
   * that a huge duration is reported rather than overflowing.
   */
  static void duration(Problems p, String what, Duration d, boolean millis, boolean zero) {
    String unit = millis ? "milliseconds" : "seconds";
    boolean whole = millis ? d.getNano() % 1_000_000 == 0 : d.getNano() == 0;
    if (d.isNegative() || (!zero && d.isZero()) || !whole) {
      p.add("%s %s must be a %s whole number of %s", what, d, zero ? "non-negative" : "positive", unit);
    } else if (d.getSeconds() > MAX_SECONDS) {
      p.add("%s %s is more than %d seconds (about 68 years)", what, d, MAX_SECONDS);
    }
  }
}
