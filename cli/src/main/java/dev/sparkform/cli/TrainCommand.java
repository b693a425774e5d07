package dev.sparkform.cli;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.render.Format;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Renders every example for every target and format, discarding the text: bin/sparkform runs it
 * once under {@code -XX:ArchiveClassesAtExit} so that the AppCDS archive holds what any render loads.
 */
@Command(name = "train", hidden = true, description = "Load what rendering loads (for the start-up archive).")
final class TrainCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    long chars = 0;
    for (Example e : Examples.all()) {
      for (Target t : Target.values()) {
        try {
          var objects = StackCompiler.create().target(t).compile(e.define());
          for (Format f : Format.values()) {
            chars += f.render(objects).length();
          }
        } catch (ValidationException notExpressible) {
          chars += notExpressible.getMessage().length();
        }
      }
    }
    return chars > 0 ? Cli.OK : Cli.ERROR;
  }
}
