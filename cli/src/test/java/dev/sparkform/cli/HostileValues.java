package dev.sparkform.cli;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for the fuzz tests, from one seeded {@link Random}: strings with control
 * characters, line breaks followed by {@code ---}, YAML-significant text, right-to-left overrides,
 * emoji, NEL, line and paragraph separators, lone surrogates, NUL, 100 KB of text, shell
 * metacharacters, bad cron expressions, time zones and URIs; and extreme or negative numbers and
 * durations. Some values are valid, so that hostile parts also reach the renderers.
 */
final class HostileValues {
  static final List<String> PIECES = List.of(
      "", " ", "\t", "a\nb", "x\n---\nkind: Secret\n", "key: value", "- item", "&anchor", "*alias", "!!binary",
      "? q", "|", "> folded", "#comment", "'", "\"", "%TAG", "@x", "`id`", "{a: b}", "[1, 2]", "null", "~", "yes",
      "NO", "0x1F", "1e3", "0o17", ".inf", "2026-11-30", "\u202Eevil\u202C", "\u0645\u0631\u062D\u0628\u0627",
      "\uD83D\uDE00", "\u0085", "a\u0085b", "\u2028", "\u2029", "\uD800", "\uDC00x", "\u0000", "a\u0000b", "\r\n",
      "\u001B[31m", "\uFEFF", "\u00A0", "${HOME}", "$(id)", "'; echo pwned; '", "a=b", "=", "../../etc/passwd",
      "local://", "local:///opt/my app.jar", "s3a://", "http://[::1", "@yearly ", " @daily", "@every 1h ",
      "61 * * * *", "* * * * * *", "0 2 * * *", "@daily", "GMT+1", "Local", "Europe/Berlin", "UTC", "spark",
      "spark-jobs", "apache/spark:4.0.1", "Apache/Spark", "local:///opt/app.jar", "8Gi", "512m", "8G", "2", "-1",
      "0.5", "500m", "a,b", "a:b:c", "nvidia.com/gpu", "example.com/key", "/data", "logs/app", "/", ".", "..",
      "ON_FAILURE", "spark.executor.memory", "spark.a=b");
  static final String HUGE = "x".repeat(100_000);
  static final int[] INTS = {0, 1, 2, 3, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 150_000, 150_001, 65_535, 1 << 20};
  static final long[] LONGS = {0, 1, 2, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, 1L << 53, Integer.MAX_VALUE + 1L,
      185, 1000};
  static final double[] DOUBLES = {0, 0.1, 0.4, 0.9999, 1, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE};
  static final Duration[] DURATIONS = {Duration.ZERO, Duration.ofNanos(1), Duration.ofMillis(1500),
      Duration.ofSeconds(-1), Duration.ofSeconds(30), Duration.ofDays(1), Duration.ofSeconds(Long.MAX_VALUE),
      Duration.ofSeconds(Integer.MAX_VALUE + 1L), Duration.ofSeconds(Long.MIN_VALUE)};

  private final Random random;

  HostileValues(Random random) {
    this.random = random;
  }

  Random random() {
    return random;
  }

  /** One to three pieces joined; now and then the 100 KB string. */
  String string() {
    if (random.nextInt(40) == 0) {
      return HUGE;
    }
    StringBuilder sb = new StringBuilder(pick(PIECES));
    for (int n = random.nextInt(3); n > 0; n--) {
      sb.append(pick(PIECES));
    }
    return sb.toString();
  }

  int anInt() {
    return random.nextInt(3) == 0 ? random.nextInt() : INTS[random.nextInt(INTS.length)];
  }

  long aLong() {
    return random.nextInt(3) == 0 ? random.nextLong() : LONGS[random.nextInt(LONGS.length)];
  }

  double aDouble() {
    return random.nextInt(3) == 0 ? random.nextDouble() * 2 - 0.5 : DOUBLES[random.nextInt(DOUBLES.length)];
  }

  Duration duration() {
    return DURATIONS[random.nextInt(DURATIONS.length)];
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
