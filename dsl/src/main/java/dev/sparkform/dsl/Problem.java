package dev.sparkform.dsl;

import java.util.Objects;

/** One thing wrong with a stack, and where: {@code stack analytics > role spark-driver > rule[0]}. */
public final class Problem {
  private final String path;
  private final String message;

  public Problem(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  public String path() {
    return path;
  }

  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p && p.path.equals(path) && p.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
