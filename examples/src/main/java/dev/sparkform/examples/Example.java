package dev.sparkform.examples;

import dev.sparkform.dsl.Stack;

/** A built-in example stack: {@code bin/sparkform render --example NAME}. */
public interface Example {
  /** The name used on the command line, e.g. {@code spark-pi}. */
  String name();

  /** One line for {@code bin/sparkform examples}. */
  String description();

  Stack define();
}
