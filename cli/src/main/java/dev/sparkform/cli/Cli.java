package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The {@code sparkform} command line. Exit codes: 0 ok, 1 error (problems listed, no stack trace
 * unless {@code --debug}), 64 usage error.
 */
public final class Cli {
  public static final int OK = 0;
  public static final int ERROR = 1;
  public static final int USAGE = 64;

  private Cli() {}

  public static void main(String[] args) {
    System.exit(run(args, null));
  }

  /** Runs the verbs; {@code stack} is the one {@code render} uses without --example/--stack (may be null). */
  public static int run(String[] args, Stack stack) {
    return run(args, stack, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** The verbs, in the order help lists them (the CLI fuzz test walks their options). */
  static final Map<String, Supplier<Object>> VERBS = verbs();

  private static Map<String, Supplier<Object>> verbs() {
    Map<String, Supplier<Object>> v = new LinkedHashMap<>();
    v.put("render", RenderCommand::new);
    v.put("plan", PlanCommand::new);
    v.put("apply", ApplyCommand::new);
    v.put("destroy", DestroyCommand::new);
    v.put("history", HistoryCommand::new);
    v.put("rollback", RollbackCommand::new);
    v.put("explain", ExplainCommand::new);
    v.put("examples", ExamplesCommand::new);
    v.put("train", TrainCommand::new);
    return v;
  }

  static int run(String[] args, Stack stack, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new RootCommand(stack));
    // Only the verb being run is built: picocli introspects every command it is given, and the
    // cluster verbs' options cost more start-up than a whole render. Help and typos get them all.
    String verb = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    VERBS.forEach((name, command) -> {
      if (verb.equals(name) || !VERBS.containsKey(verb)) {
        cl.addSubcommand(name, command.get());
      }
    });
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((e, given) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("usage error: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
      w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      w.flush();
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      report(e, cmd.getErr(), debug(parseResult));
      return ERROR;
    });
    return cl.execute(args);
  }

  private static boolean debug(CommandLine.ParseResult pr) {
    for (CommandLine.ParseResult r = pr; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static void report(Exception e, PrintWriter err, boolean debug) {
    if (e instanceof ValidationException) {
      err.println("error: the stack is not valid: " + e.getMessage());
    } else if (e instanceof UserError || e instanceof java.io.IOException) {
      err.println("error: " + e.getMessage());
    } else if (e instanceof java.nio.file.InvalidPathException p) {
      err.println("error: \"" + dev.sparkform.dsl.Texts.visible(p.getInput()) + "\" is not a valid path: " + p.getReason());
    } else {
      err.println("error: " + e + (debug ? "" : " (run with --debug for the stack trace)"));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
  }
}
