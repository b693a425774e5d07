package dev.sparkform.cli;

import picocli.CommandLine.Model.CommandSpec;

/** ANSI colour only for a person at a terminal: stdout is a terminal, and NO_COLOR (no-color.org) is unset. */
final class Colour {
  private Colour() {}

  static boolean enabled(CommandSpec spec) {
    String noColor = System.getenv("NO_COLOR");
    // System.console() is non-null only when standard input and output are a terminal.
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }
}
