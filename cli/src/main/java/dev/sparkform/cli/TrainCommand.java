package dev.sparkform.cli;

import dev.sparkform.compile.Target;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.examples.SparkPi;
import dev.sparkform.render.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the render paths a user runs (every example for every target and format, to standard
 * output, a file and a directory, and a stack class from --class-path) through the command line
 * itself, discarding the output: bin/sparkform runs it once to record the classes the start-up
 * archive holds. A class the archive lacks is searched for in every jar of the class path.
 */
final class TrainCommand implements Callable<Integer> {
  final CommandSpec spec = CommandSpec.wrapWithoutInspection(this, Factory.INSTANCE);

  TrainCommand() {
    spec.usageMessage().hidden(true).description("Load what rendering loads (for the start-up archive).");
  }

  @Override
  public Integer call() throws IOException {
    Path scratch = Files.createTempDirectory("sparkform-train");
    try {
      PrintWriter discard = new PrintWriter(new StringWriter());
      // Some examples cannot be rendered for some targets: their error path is trained too.
      for (String[] args : runs(scratch)) {
        Cli.run(args, null, discard, discard);
      }
      return Cli.OK;
    } finally {
      delete(scratch);
    }
  }

  private static List<String[]> runs(Path scratch) {
    List<String[]> runs = new ArrayList<>();
    runs.add(new String[] {"examples"});
    for (Example e : Examples.all()) {
      for (Target t : Target.values()) {
        for (Format f : Format.values()) {
          runs.add(new String[] {"render", "--example", e.name(), "--target", t.cliName(), "--format", f.extension()});
        }
        runs.add(new String[] {"render", "--example", e.name(), "--target", t.cliName(),
            "--out", scratch.resolve(e.name() + "-" + t.cliName()) + "/"});
        runs.add(new String[] {"render", "--example", e.name(), "--target", t.cliName(),
            "--out", scratch.resolve(e.name() + "-" + t.cliName() + ".yaml").toString()});
      }
    }
    runs.add(new String[] {"render", "--stack", SparkPi.class.getName(), "--class-path", scratch.toString()});
    return runs;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
