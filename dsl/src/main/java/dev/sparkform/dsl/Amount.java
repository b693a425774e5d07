package dev.sparkform.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Memory} and {@link Cpu} share: a whole number of a base unit (bytes, millicores),
 * or the text that was written and why it is not a valid amount. Invalid amounts are kept so that
 * validation reports them with their path instead of failing where they were written.
 */
public abstract class Amount<T extends Amount<T>> implements Comparable<T> {
  final long value;
  final String text;
  final String problem;

  Amount(long value, String text, String problem) {
    this.value = value;
    this.text = text;
    this.problem = problem;
  }

  /** A valid amount of this type, or a negative one reported as such. */
  abstract T of(long value);

  /** An amount that validation reports: {@code written} {@code problem}. */
  abstract T invalid(String written, String problem);

  /** How Kubernetes writes the amount. */
  public abstract String toKubernetes();

  /** How an amount given as a number (not text) reads in a message. */
  abstract String writtenAsNumber();

  public boolean isValid() {
    return problem == null;
  }

  /** Why this amount is invalid, as a phrase following the amount ("has no unit"), or empty. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  void validate(Problems p, String what) {
    if (problem != null) {
      p.add("%s \"%s\" %s", what, written(), problem);
    }
  }

  /** Reports {@code amount} when it is present and invalid. */
  static void check(Problems p, String what, Optional<? extends Amount<?>> amount) {
    if (amount.isPresent()) {
      amount.get().validate(p, what);
    }
  }

  final String written() {
    return text == null ? writtenAsNumber() : text;
  }

  /** The sum; an invalid amount on either side is returned as is, so that validation still reports it. */
  @SuppressWarnings("unchecked")
  public T plus(T other) {
    if (!isValid()) {
      return (T) this;
    }
    if (!other.isValid()) {
      return other;
    }
    if (value > Long.MAX_VALUE - other.value) {
      return invalid(written() + " + " + other.written(), "is too large");
    }
    return of(value + other.value);
  }

  /** The product; an invalid amount (or one too large) is returned as such, so that validation reports it. */
  @SuppressWarnings("unchecked")
  public T times(long factor) {
    if (!isValid()) {
      return (T) this;
    }
    long product;
    try {
      product = Math.multiplyExact(value, factor);
    } catch (ArithmeticException e) {
      return invalid(written() + " × " + factor, "is too large");
    }
    return of(product);
  }

  @Override
  public int compareTo(T o) {
    return Long.compare(value, o.value);
  }

  @Override
  public boolean equals(Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    Amount<?> a = (Amount<?>) o;
    return a.value == value && Objects.equals(a.problem, problem) && (problem == null || Objects.equals(a.text, text));
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return problem == null ? toKubernetes() : written();
  }
}
