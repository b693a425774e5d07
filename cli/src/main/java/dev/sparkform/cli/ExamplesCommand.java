package dev.sparkform.cli;

import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(addMethodSubcommands = false, name = "examples", mixinStandardHelpOptions = true,
    description = "List the built-in example stacks (render one with: render --example NAME).")
final class ExamplesCommand implements Runnable {
  @Spec
  CommandSpec spec;

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
