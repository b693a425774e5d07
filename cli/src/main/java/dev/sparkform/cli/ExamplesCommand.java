package dev.sparkform.cli;

import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** {@code examples}: the built-in example stacks. */
final class ExamplesCommand implements Runnable {
  final CommandSpec spec = CommandSpec.wrapWithoutInspection(this, Factory.INSTANCE);

  ExamplesCommand() {
    spec.usageMessage().description("List the built-in example stacks (render one with: render --example NAME).");
    Options.addStandardHelp(spec);
  }

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    int width = Examples.all().stream().mapToInt(e -> e.name().length()).max().orElse(0);
    for (Example e : Examples.all()) {
      out.printf("%-" + width + "s  %s%n", e.name(), e.description());
    }
    out.flush();
  }
}
