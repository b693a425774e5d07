package dev.sparkform.dsl;

import java.math.BigDecimal;

/**
 * An amount of CPU in millicores. Renders as Kubernetes quantities ({@code "2"}, {@code "500m"});
 * Spark's {@code spark.*.cores} need whole cores ({@link #isWholeCores()}).
 * Invalid parsed text is kept and reported by validation with its path.
 */
public final class Cpu extends Amount<Cpu> {
  private Cpu(long millis, String text, String problem) {
    super(millis, text, problem);
  }

  @Override
  Cpu of(long millis) {
    return millicores(millis);
  }

  @Override
  Cpu invalid(String written, String problem) {
    return new Cpu(0, written, problem);
  }

  public static Cpu cores(long n) {
    if (n < 0) {
      return new Cpu(0, Long.toString(n), "is negative");
    }
    if (n > Long.MAX_VALUE / 1000) {
      return new Cpu(0, Long.toString(n), "is too large");
    }
    return millicores(n * 1000);
  }

  public static Cpu millicores(long n) {
    return new Cpu(n, null, n < 0 ? "is negative" : null);
  }

  /** Parses Kubernetes CPU quantities: {@code "2"}, {@code "0.5"}, {@code "500m"}. */
  public static Cpu parse(String text) {
    String t = text.trim();
    boolean milli = t.endsWith("m");
    String number = milli ? t.substring(0, t.length() - 1) : t;
    BigDecimal value;
    try {
      value = new BigDecimal(number);
    } catch (NumberFormatException e) {
      return new Cpu(0, text, "is not a CPU amount (write e.g. 2, 0.5 or 500m)");
    }
    if (value.signum() < 0) {
      return new Cpu(0, text, "is negative");
    }
    BigDecimal m = milli ? value : value.movePointRight(3);
    try {
      return new Cpu(m.longValueExact(), text, null);
    } catch (ArithmeticException e) {
      return new Cpu(0, text, m.stripTrailingZeros().scale() > 0 ? "is finer than a millicore" : "is too large");
    }
  }

  /**
   * The amount as it was written ({@code "0.5"}, {@code "1200m"}), else as Kubernetes writes it: for
   * fields that take either form and whose users compare text (kubeflow's {@code coreRequest}).
   */
  public String asWritten() {
    return text != null && problem == null ? text.trim() : toKubernetes();
  }

  public long toMillicores() {
    return value;
  }

  public boolean isWholeCores() {
    return value % 1000 == 0;
  }

  /** Kubernetes quantity: whole cores as {@code "2"}, otherwise millicores as {@code "500m"}. */
  @Override
  public String toKubernetes() {
    if (problem != null) {
      throw new IllegalStateException("cpu \"" + written() + "\" " + problem);
    }
    return isWholeCores() ? Long.toString(value / 1000) : value + "m";
  }

  @Override
  String writtenAsNumber() {
    return value + "m";
  }
}
