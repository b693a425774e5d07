package dev.sparkform.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options built in code, each next to the command or option holder that reads it. Not picocli's
 * annotations: the first annotation read in a process costs some 30 ms (the JDK's annotation parser
 * and proxies, which no start-up archive keeps), and picocli's annotation model as much again.
 * A value is kept in its {@link OptionSpec}: read it with {@code getValue()}.
 */
final class Options {
  private Options() {}

  /** A flag: no value, false unless given. */
  static OptionSpec.Builder flag(String name, String... more) {
    return OptionSpec.builder(name, more).type(boolean.class).initialValue(false);
  }

  /** An option with one value of {@code type}, shown as {@code label}; null unless given or defaulted. */
  static OptionSpec.Builder value(Class<?> type, String label, String name, String... more) {
    return OptionSpec.builder(name, more).type(type).paramLabel(label);
  }

  /** Adds {@code option} to {@code command}; help lists options sorted, parsing in any order. */
  static OptionSpec add(CommandSpec command, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    command.addOption(built);
    return built;
  }

  /**
   * -h/--help and -V/--version, as picocli's {@code mixinStandardHelpOptions} declares them (its
   * mixin is an annotated class); added last, as it adds them.
   */
  static void addStandardHelp(CommandSpec command) {
    add(command, flag("-h", "--help").usageHelp(true).descriptionKey("mixinStandardHelpOptions.help")
        .description("Show this help message and exit."));
    add(command, flag("-V", "--version").versionHelp(true).descriptionKey("mixinStandardHelpOptions.version")
        .description("Print version information and exit."));
  }
}
