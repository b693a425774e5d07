package dev.sparkform.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects problems while walking a tree of values; {@link #at} descends one path segment.
 * Shared by the DSL and by later stages (compile) so that all stages report alike.
 */
public final class Problems {
  private final List<Problem> found;
  private final List<Problem> warnings;
  private final String path;

  private Problems(List<Problem> found, List<Problem> warnings, String path) {
    this.found = found;
    this.warnings = warnings;
    this.path = path;
  }

  public static Problems root() {
    return new Problems(new ArrayList<>(), new ArrayList<>(), "");
  }

  /** A child collector whose path ends with {@code segment}; problems go to the same list. */
  public Problems at(String segment) {
    return new Problems(found, warnings, path.isEmpty() ? segment : path + " > " + segment);
  }

  /** Like {@link #at} but for an element of a list: {@code rule[1]}. Indexes count from 0. */
  public Problems at(String field, int index) {
    return at(field + "[" + index + "]");
  }

  public void add(String message) {
    found.add(new Problem(path, message));
  }

  public void add(String format, Object... args) {
    add(String.format(format, args));
  }

  /** Something legal but likely wrong: reported, never fatal. */
  public void warn(String format, Object... args) {
    warnings.add(new Problem(path, String.format(format, args)));
  }

  public List<Problem> warnings() {
    return List.copyOf(warnings);
  }

  public String path() {
    return path;
  }

  public List<Problem> all() {
    return List.copyOf(found);
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws one exception listing every problem found so far, if any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }

  /** Runs {@code check} under {@code segment} and throws if it found anything. */
  public static void check(String segment, Consumer<Problems> check) {
    Problems p = root().at(segment);
    check.accept(p);
    p.throwIfAny();
  }
}
