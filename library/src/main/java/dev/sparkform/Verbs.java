package dev.sparkform;

import dev.sparkform.dsl.Stack;

/**
 * The command-line verbs behind {@link Sparkform#run}, provided by {@code sparkform-cli} (found
 * with {@link java.util.ServiceLoader}), so the library does not carry the command line.
 */
public interface Verbs {
  /** Runs {@code args} on {@code stack}; returns the exit code. */
  int run(String[] args, Stack stack);
}
