package dev.sparkform.dsl;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of CPU in millicores. Renders as Kubernetes quantities ({@code "2"}, {@code "500m"});
 * Spark's {@code spark.*.cores} need whole cores ({@link #isWholeCores()}).
 * Invalid parsed text is kept and reported by validation with its path.
 */
public final class Cpu implements Comparable<Cpu> {
  private final long millis;
  private final String text;
  private final String problem;

  private Cpu(long millis, String text, String problem) {
    this.millis = millis;
    this.text = text;
    this.problem = problem;
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

  public long toMillicores() {
    return millis;
  }

  public boolean isWholeCores() {
    return millis % 1000 == 0;
  }

  public boolean isValid() {
    return problem == null;
  }

  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  void validate(Problems p, String what) {
    if (problem != null) {
      p.add("%s \"%s\" %s", what, written(), problem);
    }
  }

  /** Kubernetes quantity: whole cores as {@code "2"}, otherwise millicores as {@code "500m"}. */
  public String toKubernetes() {
    if (problem != null) {
      throw new IllegalStateException("cpu \"" + written() + "\" " + problem);
    }
    return isWholeCores() ? Long.toString(millis / 1000) : millis + "m";
  }

  /** The sum; an invalid amount on either side is returned as is, so that validation still reports it. */
  public Cpu plus(Cpu other) {
    if (!isValid()) {
      return this;
    }
    if (!other.isValid()) {
      return other;
    }
    return millicores(Math.addExact(millis, other.millis));
  }

  /** The product; an invalid amount is returned as is, so that validation still reports it. */
  public Cpu times(long factor) {
    if (!isValid()) {
      return this;
    }
    return millicores(Math.multiplyExact(millis, factor));
  }

  @Override
  public int compareTo(Cpu o) {
    return Long.compare(millis, o.millis);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cpu c && c.millis == millis && Objects.equals(c.problem, problem)
        && (problem == null || Objects.equals(c.text, text));
  }

  @Override
  public int hashCode() {
    return Long.hashCode(millis);
  }

  @Override
  public String toString() {
    return problem == null ? toKubernetes() : written();
  }

  private String written() {
    return text == null ? millis + "m" : text;
  }
}
