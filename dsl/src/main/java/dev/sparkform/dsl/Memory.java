package dev.sparkform.dsl;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of memory, in bytes, that renders explicitly to either convention: Kubernetes'
 * {@code "8Gi"} ({@link #toKubernetes()}) or Spark's {@code "8g"} ({@link #toSpark()}). Both are
 * binary units; the two conventions disagree on what {@code "8G"} or {@code "512m"} mean, so such
 * text is accepted only where it is unambiguous.
 *
 * <p>Parsed text that is not a valid amount (no unit, ambiguous unit, negative) is kept as written
 * and reported by validation with its path, instead of failing where it is written.
 */
public final class Memory extends Amount<Memory> {
  private static final String[] KUBERNETES_UNITS = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final String[] SPARK_UNITS = {"b", "k", "m", "g", "t", "p"};
  private static final Pattern TEXT = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)");

  private Memory(long bytes, String text, String problem) {
    super(bytes, text, problem);
  }

  @Override
  Memory of(long bytes) {
    return bytes(bytes);
  }

  @Override
  Memory invalid(String written, String problem) {
    return new Memory(0, written, problem);
  }

  public static Memory bytes(long bytes) {
    return new Memory(bytes, null, bytes < 0 ? "is negative" : null);
  }

  public static Memory kib(long n) {
    return scaled(n, 10);
  }

  public static Memory mib(long n) {
    return scaled(n, 20);
  }

  public static Memory gib(long n) {
    return scaled(n, 30);
  }

  public static Memory tib(long n) {
    return scaled(n, 40);
  }

  private static Memory scaled(long n, int shift) {
    String written = n + KUBERNETES_UNITS[shift / 10];
    if (n < 0) {
      return new Memory(0, written, "is negative");
    }
    if (n > (Long.MAX_VALUE >> shift)) {
      return new Memory(0, written, "is too large");
    }
    return bytes(n << shift);
  }

  /**
   * Parses Kubernetes binary units ({@code 512Mi}, {@code 8Gi}, {@code 1.5Ti}) and Spark's lowercase
   * binary units ({@code 512m}, {@code 8g}, {@code 8gb}). Plain numbers, Kubernetes decimal units
   * ({@code 8G}, {@code 500M}) and Kubernetes' lowercase {@code k}/{@code m} readings are refused:
   * each means something else to the other convention. A bare {@code 0} means the same to both.
   */
  public static Memory parse(String text) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      return new Memory(0, text, "is not a memory amount (write e.g. 8Gi, 512Mi or gib(8))");
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String unit = m.group(2);
    if (unit.isEmpty() && number.signum() == 0) {
      return new Memory(0, text, null);
    }
    if (unit.isEmpty()) {
      return new Memory(0, text, "has no unit (Spark reads a bare number as MiB, Kubernetes as bytes):"
          + " write e.g. " + m.group(1) + "Mi or " + m.group(1) + "Gi");
    }
    int shift = shiftOf(unit);
    if (shift == -2) {
      return new Memory(0, text, "is ambiguous: Kubernetes reads \"" + unit + "\" as a decimal unit,"
          + " Spark as a binary one; write " + m.group(1) + unit.charAt(0) + "i for "
          + m.group(1) + " " + unit.charAt(0) + "iB");
    }
    if (shift < 0) {
      return new Memory(0, text, "has an unknown unit \"" + unit + "\" (use Ki, Mi, Gi, Ti, Pi, Ei)");
    }
    if (number.signum() < 0) {
      return new Memory(0, text, "is negative");
    }
    BigDecimal value = number.multiply(BigDecimal.valueOf(2).pow(shift));
    try {
      return new Memory(value.longValueExact(), text, null);
    } catch (ArithmeticException e) {
      return new Memory(0, text, "is not a whole number of bytes or is too large");
    }
  }

  /** Bit shift of a unit: -1 unknown, -2 ambiguous between the conventions. */
  private static int shiftOf(String unit) {
    for (int i = 1; i < KUBERNETES_UNITS.length; i++) {
      if (unit.equals(KUBERNETES_UNITS[i])) {
        return 10 * i;
      }
    }
    switch (unit) {
      case "b": return 0;
      case "k": case "kb": return 10;
      case "m": case "mb": return 20;
      case "g": case "gb": return 30;
      case "t": case "tb": return 40;
      case "p": case "pb": return 50;
      case "K": case "M": case "G": case "T": case "P": case "E": return -2;
      default: return -1;
    }
  }

  public long toBytes() {
    return value;
  }

  public long toMebibytes() {
    return value >> 20;
  }

  /** Kubernetes quantity in the largest exact binary unit: {@code 8Gi}, {@code 1536Mi}, {@code 100}. */
  @Override
  public String toKubernetes() {
    requireValid();
    int i = largestExactUnit(KUBERNETES_UNITS.length - 1);
    return (value >> (10 * i)) + KUBERNETES_UNITS[i];
  }

  /** For people: the largest binary unit of at least 1, one decimal ({@code 896Mi}, {@code 1.4Gi}, {@code 9Ti}). */
  public String toApproximate() {
    requireValid();
    int i = KUBERNETES_UNITS.length - 1;
    while (i > 0 && value < (1L << (10 * i))) {
      i--;
    }
    // Exact (a power of two divides evenly), rounded half up as %.1f would, without java.util.Formatter:
    // its locale data cost a one-app render a twentieth of its time.
    String number = java.math.BigDecimal.valueOf(value).divide(java.math.BigDecimal.valueOf(1L << (10 * i)))
        .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    if (number.endsWith(".0")) {
      number = number.substring(0, number.length() - 2);
    }
    return number + KUBERNETES_UNITS[i];
  }

  /** Spark size string in the largest exact binary unit: {@code 8g}, {@code 1536m}, {@code 100b}. */
  public String toSpark() {
    requireValid();
    int i = largestExactUnit(SPARK_UNITS.length - 1);
    return (value >> (10 * i)) + SPARK_UNITS[i];
  }

  private int largestExactUnit(int max) {
    if (value == 0) {
      return 0;
    }
    int i = 0;
    while (i < max && (value & ((1L << (10 * (i + 1))) - 1)) == 0) {
      i++;
    }
    return i;
  }

  private void requireValid() {
    if (problem != null) {
      throw new IllegalStateException("memory \"" + written() + "\" " + problem);
    }
  }

  @Override
  String writtenAsNumber() {
    return Long.toString(value);
  }
}
