package dev.sparkform.cli;

import java.io.Console;
import picocli.CommandLine.Model.CommandSpec;

/** ANSI colour only for a person at a terminal: stdout is a terminal, and NO_COLOR (no-color.org) is unset. */
final class Colour {
  private Colour() {}

  static boolean enabled(CommandSpec spec) {
    String noColor = System.getenv("NO_COLOR");
    return (noColor == null || noColor.isEmpty()) && terminal(System.console());
  }

  /**
   * Up to Java 21 a console exists only when standard input and output are a terminal; from Java 22
   * there is always one, and {@code Console.isTerminal()} says (called by name: we compile for 17).
   */
  private static boolean terminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException before22) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
