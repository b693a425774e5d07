package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every verb (read from picocli's model, so none is missed), given
 * {@link HostileValues} through {@link Cli#run} in this process: the exit code is 0, 1 or 64, the
 * error output is a clean message (no stack trace, no unexpected exception), a failed render
 * leaves its output directory empty, and a successful one writes YAML that reads back. The cluster
 * verbs run against the in-process sandbox. Seeded like {@link DslFuzzTest}.
 */
class CliFlagFuzzTest {
  static final int VALUES_PER_OPTION = 3;
  static final long BASE_SEED = 20261130L;
  /** Verbs that work on a cluster: run against the sandbox. */
  private static final Set<String> CLUSTER_VERBS = Set.of("plan", "apply", "destroy", "history", "rollback");

  @TempDir
  Path tmp;

  @Test
  void everyOptionGivesACleanOutcome() throws IOException {
    long base = Long.getLong("sparkform.property.seed", BASE_SEED);
    CommandLine root = Cli.commandLine(new RootCommand(null), ""); // every verb
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (CommandLine verb : root.getSubcommands().values()) {
      String name = verb.getCommandName();
      for (OptionSpec option : verb.getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        // a sandbox run costs seconds: cluster verbs get one value per option
        int n = option.arity().max() == 0 || CLUSTER_VERBS.contains(name) ? 1 : VALUES_PER_OPTION;
        for (int i = 0; i < n; i++) {
          long seed = base + cases++;
          HostileValues values = new HostileValues(new Random(seed));
          Path out = Files.createDirectories(tmp.resolve("case-" + seed));
          List<String> args = args(name, option, values, out);
          String why = run(args, out);
          if (why != null) {
            failures.add("seed " + seed + ": sparkform " + String.join(" ", args.stream()
                .map(a -> "'" + DslFuzzTest.escaped(a.length() > 100 ? a.substring(0, 40) + "..." : a) + "'").toList())
                + ": " + DslFuzzTest.escaped(why));
          }
        }
      }
    }
    System.out.printf("CliFlagFuzzTest: %d cases over the options of %d verbs, base seed %d%n", cases,
        root.getSubcommands().size(), base);
    assertTrue(cases > 50, "only " + cases + " cases");
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases + " cases failed:\n  " + String.join("\n  ",
          failures.subList(0, Math.min(25, failures.size()))));
    }
  }

  private List<String> args(String verb, OptionSpec option, HostileValues values, Path out) {
    List<String> args = new ArrayList<>(List.of(verb));
    String flag = option.longestName();
    boolean source = Set.of("--example", "--stack", "--class-path").contains(flag);
    if (!verb.equals("examples") && !verb.equals("train") && !source) {
      args.addAll(List.of("--example", values.random().nextBoolean() ? "spark-pi" : "daily-summary"));
    }
    if (CLUSTER_VERBS.contains(verb) && !flag.equals("--sandbox") && !flag.equals("--context")) {
      args.add("--sandbox");
    }
    if (!flag.equals("--timeout") && verbHasTimeout(verb)) {
      args.addAll(List.of("--timeout", "1s")); // --wait must not wait for pods the sandbox never starts
    }
    if (flag.equals("--class-path")) {
      args.addAll(List.of("--stack", "com.example.Missing"));
    }
    args.add(flag);
    if (option.arity().max() > 0) {
      String value = values.string();
      // --out stays in this case's directory, whatever the value
      args.add(flag.equals("--out") ? out.resolve(value.replace("/", "_").replace("\u0000", "0")) + (values.random()
          .nextBoolean() ? "/" : "") : value);
    }
    return args;
  }

  private static boolean verbHasTimeout(String verb) {
    return Set.of("apply", "destroy", "rollback").contains(verb);
  }

  /** Null when the outcome is clean, else what was wrong. */
  private static String run(List<String> args, Path out) throws IOException {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code;
    try {
      code = Cli.run(args.toArray(new String[0]), null, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    } catch (RuntimeException e) {
      return "Cli.run threw " + e;
    }
    String err = stderr.toString();
    if (code != Cli.OK && code != Cli.ERROR && code != Cli.USAGE && !(code == 2 && args.contains("--detailed-exitcode"))) {
      return "exit code " + code;
    }
    if (!args.contains("--debug") && (err.contains("\tat ") || err.contains("run with --debug for the stack trace"))) {
      return "an unexpected exception: " + err.lines().findFirst().orElse("");
    }
    List<Path> written;
    try (Stream<Path> files = Files.walk(out)) {
      written = files.filter(Files::isRegularFile).toList();
    }
    if (code != Cli.OK && !written.isEmpty()) {
      return "exit code " + code + " but wrote " + written;
    }
    if (code == Cli.OK && args.get(0).equals("render") && !Arrays.asList("json").contains(formatOf(args))) {
      try {
        for (Path f : written) {
          if (f.toString().endsWith(".yaml")) {
            new Yaml(new LoaderOptions()).loadAll(Files.readString(f)).forEach(d -> { });
          }
        }
        if (written.isEmpty()) {
          new Yaml(new LoaderOptions()).loadAll(stdout.toString()).forEach(d -> { });
        }
      } catch (RuntimeException e) {
        return "the output does not read back: " + e.getMessage();
      }
    }
    return null;
  }

  private static String formatOf(List<String> args) {
    int i = Math.max(args.indexOf("--format"), args.indexOf("-f"));
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1).toLowerCase() : "yaml";
  }
}
