package dev.sparkform.compile;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's readings of configuration values, for the keys that size pods: each throws
 * {@link IllegalArgumentException} with the reason Spark would refuse the value.
 */
final class SparkValues {
  private static final Pattern WHOLE = Pattern.compile("([0-9]+)([a-z]+)?");
  private static final Pattern FRACTION = Pattern.compile("([0-9]+\\.[0-9]+)([a-z]+)?");
  /** Binary units by suffix, as powers of 1024 (JavaUtils.byteSuffixes). */
  private static final Map<String, Integer> SUFFIXES = Map.ofEntries(Map.entry("b", 0), Map.entry("k", 1),
      Map.entry("kb", 1), Map.entry("m", 2), Map.entry("mb", 2), Map.entry("g", 3), Map.entry("gb", 3),
      Map.entry("t", 4), Map.entry("tb", 4), Map.entry("p", 5), Map.entry("pb", 5));

  private SparkValues() {}

  /**
   * A size in whole MiB as Spark's {@code bytesConf(ByteUnit.MiB)} keys read it (JavaUtils.byteStringAs):
   * lower-cased and trimmed, a whole number with an optional binary suffix ({@code 8g}, {@code 512m},
   * {@code 1024k}); a plain number is MiB; smaller units are truncated to whole MiB; fractions are refused.
   */
  static long mebibytes(String value) {
    return sized(value, 2);
  }

  /** A size in whole MiB as Spark's {@code bytesConf(ByteUnit.BYTE)} keys read it: a plain number is bytes. */
  static long mebibytesOfBytes(String value) {
    return sized(value, 0);
  }

  /** The size in MiB; {@code plain} is the power of 1024 a number without a unit counts in. */
  private static long sized(String value, int plain) {
    String lower = value.toLowerCase(Locale.ROOT).trim();
    Matcher m = WHOLE.matcher(lower);
    if (m.matches()) {
      long number;
      try {
        number = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("is too large");
      }
      String suffix = m.group(2);
      if (suffix != null && !SUFFIXES.containsKey(suffix)) {
        throw new IllegalArgumentException("has an unknown unit \"" + suffix + "\" (Spark reads b, k, m, g, t, p)");
      }
      int power = suffix == null ? plain : SUFFIXES.get(suffix);
      if (power <= 2) {
        return number >> (10 * (2 - power));
      }
      int shift = 10 * (power - 2);
      if (number > (Long.MAX_VALUE >> shift)) {
        throw new IllegalArgumentException("is too large");
      }
      return number << shift;
    }
    if (FRACTION.matcher(lower).matches()) {
      throw new IllegalArgumentException("is a fraction; Spark reads only whole numbers (write e.g. 1536m for 1.5g)");
    }
    throw new IllegalArgumentException("is not a size Spark reads (write e.g. 8g, 512m, or a number of MiB)");
  }

  /** An {@code intConf} value. */
  static int integer(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("is not a whole number");
    }
  }

  /** A {@code doubleConf} value. */
  static double decimal(String value) {
    try {
      double d = Double.parseDouble(value.trim());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("is not a number");
    }
  }

  /** A {@code booleanConf} value: {@code true} or {@code false} in any case. */
  static boolean bool(String value) {
    String t = value.trim();
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return t.equalsIgnoreCase("true");
    }
    throw new IllegalArgumentException("is not true or false");
  }
}
