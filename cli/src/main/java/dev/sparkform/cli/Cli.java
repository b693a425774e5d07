package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code sparkform} command line. Exit codes: 0 ok, 1 error (problems listed, no stack trace
 * unless {@code --debug}), 64 usage error; {@code plan --detailed-exitcode} 2 for changes,
 * {@code lint} 3 for errors found.
 */
public final class Cli {
  public static final int OK = 0;
  public static final int ERROR = 1;
  public static final int USAGE = 64;

  private Cli() {}

  public static void main(String[] args) {
    // picocli's reflective converters (java.time, java.sql, java.nio.file ...) look up some forty
    // classes and methods when a command line is made; every option here has a converter of its own
    // or a basic type. Only in sparkform's own process: a program's picocli may need them.
    System.setProperty("picocli.converters.excludes", ".*");
    System.exit(run(args, null));
  }

  /**
   * Runs the verbs on {@code stack}, a program's own (then --example and --stack are not offered),
   * or, when null, on the stack --example or --stack names. Output is UTF-8 whatever the locale:
   * YAML piped into {@code kubectl apply -f -} must not turn {@code größe} into {@code gr??e}.
   */
  public static int run(String[] args, Stack stack) {
    return run(args, stack, utf8(System.out), utf8(System.err));
  }

  /** A writer of UTF-8 bytes to {@code stream} (a PrintStream passes bytes through unchanged). */
  static PrintWriter utf8(java.io.OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** The verbs, in the order help lists them (the CLI fuzz test walks their options). */
  static final List<String> VERBS = List.of("render", "plan", "apply", "destroy", "history", "rollback", "explain",
      "lint", "examples", "train");

  /** What a program with its own stack offers: no examples to list, nothing to train. */
  private static final Set<String> NOT_FOR_A_PROGRAM = Set.of("examples", "train");

  /** The verbs whose --output may be json. */
  private static final Set<String> JSON_VERBS = Set.of("plan", "apply", "destroy", "history", "rollback");

  /**
   * Builds {@code verb}'s command. A switch, not a table of lambdas: linking a lambda costs a cold
   * process about 0.25 ms, and this runs at every start.
   */
  static CommandSpec command(String verb, RootCommand root) {
    return switch (verb) {
      case "render" -> new RenderCommand(root).spec;
      case "plan" -> new PlanCommand(root).spec;
      case "apply" -> new ApplyCommand(root).spec;
      case "destroy" -> new DestroyCommand(root).spec;
      case "history" -> new HistoryCommand(root).spec;
      case "rollback" -> new RollbackCommand(root).spec;
      case "explain" -> new ExplainCommand(root).spec;
      case "lint" -> new LintCommand(root).spec;
      case "examples" -> new ExamplesCommand().spec;
      case "train" -> new TrainCommand().spec;
      default -> throw new IllegalArgumentException("no verb " + verb);
    };
  }

  static int run(String[] args, Stack stack, PrintWriter out, PrintWriter err) {
    RootCommand root = new RootCommand(stack);
    String verb = "";
    for (String a : args) {
      if (!a.startsWith("-")) {
        verb = a;
        break;
      }
    }
    CommandLine cl = commandLine(root, verb);
    cl.setOut(out);
    cl.setErr(err);
    boolean json = JSON_VERBS.contains(verb) && wantsJson(args);
    cl.setParameterExceptionHandler(new UsageErrors(root, json));
    cl.setExecutionExceptionHandler(new Errors(root, json));
    int code = cl.execute(args);
    if (json) {
      out.print(root.document().render(code));
      out.flush();
    }
    return code;
  }

  // Classes, not lambdas: a lambda links picocli's interfaces (Java 5 class files) while the
  // start-up archive is written, and JDK 17 then leaves them out of the archive.
  private record UsageErrors(RootCommand root, boolean json) implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] given) {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("usage error: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
      w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      w.flush();
      if (json) {
        root.document().error(e, true);
      }
      return USAGE;
    }
  }

  private record Errors(RootCommand root, boolean json) implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
      boolean usage = e instanceof UsageError;
      report(e, cmd, debug(parseResult));
      if (json) {
        root.document().error(e, usage);
      }
      return usage ? USAGE : ERROR;
    }
  }

  /**
   * The command line for {@code verb}: only that verb is built when it is one (the cluster verbs'
   * options cost start-up a render does not need); for help, a typo or none, all of them. The model
   * is built in code with a factory of our own (see {@link Options}, {@link Factory}).
   */
  static CommandLine commandLine(RootCommand root, String verb) {
    boolean program = root.preset != null;
    CommandLine cl = new CommandLine(root.spec, Factory.INSTANCE);
    boolean known = VERBS.contains(verb) && !(program && NOT_FOR_A_PROGRAM.contains(verb));
    for (String name : VERBS) {
      if ((verb.equals(name) || !known) && !(program && NOT_FOR_A_PROGRAM.contains(name))) {
        add(cl, name, command(name, root), !program);
      }
    }
    if (program) {
      root.spec.usageMessage().footer(RootCommand.PROGRAM_FOOTER);
    }
    return cl;
  }

  /** Adds a verb; a verb on a stack gets --example and --stack only in {@code sparkform} itself. */
  private static void add(CommandLine cl, String name, CommandSpec spec, boolean sourceOptions) {
    cl.addSubcommand(name, spec); // gives it --debug
    if (spec.userObject() instanceof StackCommand verb) {
      if (sourceOptions) {
        verb.source = new SourceOptions(spec);
      } else {
        spec.usageMessage().footer(new String[0]); // its examples name --example
      }
    }
  }

  /** {@code --output json} (or {@code -o json}, {@code --output=json}) anywhere: known before parsing, for usage errors. */
  static boolean wantsJson(String[] args) {
    List<String> a = Arrays.asList(args);
    for (int i = 0; i < a.size(); i++) {
      String s = a.get(i);
      if (s.equals("--output=json") || s.equals("-ojson") || s.equals("-o=json")
          || (s.equals("--output") || s.equals("-o")) && i + 1 < a.size() && a.get(i + 1).equals("json")) {
        return true;
      }
    }
    return false;
  }

  private static boolean debug(CommandLine.ParseResult pr) {
    for (CommandLine.ParseResult r = pr; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static void report(Exception e, CommandLine cmd, boolean debug) {
    PrintWriter err = cmd.getErr();
    if (e instanceof ValidationException) {
      err.println("error: the stack is not valid: " + e.getMessage());
    } else if (e instanceof UsageError) {
      err.println("usage error: " + e.getMessage());
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    } else if (e instanceof FileSystemException f && f.getFile() != null && f.getMessage().equals(f.getFile())) {
      // Java names only the file ("error: out"): say what went wrong with it.
      err.println("error: cannot write " + f.getFile() + ": " + (e instanceof java.nio.file.FileAlreadyExistsException
          ? "a file is in the way where a directory is needed" : e.getClass().getSimpleName()));
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
