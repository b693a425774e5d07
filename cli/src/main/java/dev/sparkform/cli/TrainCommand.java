package dev.sparkform.cli;

import dev.sparkform.compile.Target;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.examples.SparkPi;
import dev.sparkform.render.FieldTable;
import dev.sparkform.render.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatFactory;
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
 * archive holds (a class the archive lacks is searched for in every jar of the class path), and
 * the model classes' JSON fields, written to the {@link FieldTable} its system property names. With
 * {@value #KIND}{@code =cluster}, it runs the cluster verbs instead, for an archive of their own.
 */
final class TrainCommand implements Callable<Integer> {
  /** The system property that asks for the cluster verbs' training ({@code cluster}) instead of rendering's. */
  static final String KIND = "sparkform.train";

  final CommandSpec spec = CommandSpec.wrapWithoutInspection(this, Factory.INSTANCE);

  TrainCommand() {
    spec.usageMessage().hidden(true).description("Load what rendering loads (for the start-up archive).");
  }

  @Override
  public Integer call() throws IOException {
    // A user's --stack class starts from Sparkform's static imports, which no example uses:
    // loaded here, the archive holds it too.
    dev.sparkform.Sparkform.class.getName();
    concatenateStrings();
    Path scratch = Files.createTempDirectory("sparkform-train");
    try {
      PrintWriter discard = new PrintWriter(new StringWriter());
      // Some examples cannot be rendered for some targets: their error path is trained too.
      List<String[]> runs = "cluster".equals(System.getProperty(KIND)) ? clusterRuns() : runs(scratch);
      for (String[] args : runs) {
        Cli.run(args, null, discard, discard);
      }
      String table = System.getProperty(FieldTable.PROPERTY);
      if (table != null && !table.isEmpty()) {
        FieldTable.write(Path.of(table));
      }
      return Cli.OK;
    } finally {
      delete(scratch);
    }
  }

  /**
   * Joins strings the way javac compiles {@code "app-" + i} in a user's stack class (an
   * invokedynamic call to {@link StringConcatFactory}; Sparkform's own modules compile it inline),
   * for every shape of up to three int, long, double or string arguments: most method-handle forms
   * a shape spins (16 of 22 for bench/SparkApps.java, some 20 ms of CPU per run) then come from the
   * archive.
   */
  static void concatenateStrings() {
    List<Class<?>> types = List.of(int.class, long.class, double.class, String.class);
    List<List<Class<?>>> shapes = new ArrayList<>();
    for (Class<?> a : types) {
      shapes.add(List.of(a));
      for (Class<?> b : types) {
        shapes.add(List.of(a, b));
        for (Class<?> c : types) {
          shapes.add(List.of(a, b, c));
        }
      }
    }
    try {
      for (List<Class<?>> shape : shapes) {
        Object[] args = new Object[shape.size()];
        for (int i = 0; i < args.length; i++) {
          args[i] = shape.get(i) == String.class ? "s" : shape.get(i) == double.class ? (Object) 1.0
              : shape.get(i) == long.class ? (Object) 1L : (Object) 1;
        }
        concat(shape.toArray(new Class<?>[0])).invokeWithArguments(args);
      }
    } catch (Throwable e) {
      throw new IllegalStateException("training string concatenation: " + e, e);
    }
  }

  private static MethodHandle concat(Class<?>... shape) throws java.lang.invoke.StringConcatException {
    return StringConcatFactory.makeConcatWithConstants(MethodHandles.lookup(), "concat",
        MethodType.methodType(String.class, shape), "x-\u0001".repeat(shape.length)).dynamicInvoker();
  }

  /**
   * The cluster verbs, against the in-memory API server: their client (fabric8's, Vert.x, Netty,
   * TLS) goes into an archive of their own, which took a cold plan from 2.96 s to 1.35 s.
   */
  private static List<String[]> clusterRuns() {
    String example = new SparkPi().name();
    return List.of(
        new String[] {"plan", "--sandbox", "--example", example},
        new String[] {"plan", "--sandbox", "--example", example, "--output", "json"},
        new String[] {"apply", "--sandbox", "--example", example});
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
    runs.add(new String[] {"render", "--stack", SeveralStacks.class.getName(), "--class-path", scratch.toString()});
    return runs;
  }

  /** A --stack class whose define() gives a list of stacks, as one for several teams does. */
  public static final class SeveralStacks {
    private SeveralStacks() {}

    public static List<dev.sparkform.dsl.Stack> define() {
      return List.of(new SparkPi().define(), new SparkPi().define().namespace("spark-jobs-2"));
    }
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
