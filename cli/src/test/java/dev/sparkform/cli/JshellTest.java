package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the jshell start-up script that bin/sparkform-jshell uses, then a user's snippet, through
 * the jdk.jshell API (a separate JVM, as jshell runs it), and checks the YAML it printed.
 */
class JshellTest {
  /** What {@code snippets} print, run after the start-up script in a fresh jshell. */
  private static String printedBy(String snippets) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (JShell shell = JShell.builder().out(new PrintStream(printed, true, StandardCharsets.UTF_8)).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      evalAll(shell, Files.readString(Path.of("jshell/sparkform.jsh")));
      evalAll(shell, snippets);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void renderPrintsYamlInJshell() throws IOException {
    String yaml = printedBy("Stack s = stack(\"demo\").namespace(\"spark-jobs\")\n"
        + "    .add(serviceAccount(\"spark\"), role(\"driver\").rules(rule().apiGroups(\"\").resources(\"pods\").verbs(GET, CREATE)));\n"
        + "render(s);\n");
    assertTrue(yaml.startsWith("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: spark\n  namespace: spark-jobs\n"),
        yaml);
    assertTrue(yaml.contains("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n"), yaml);
    assertTrue(yaml.contains("  verbs:\n  - get\n  - create\n"), yaml);
  }

  @Test
  void sandboxPlansAndAppliesInJshell() throws IOException {
    String printed = printedBy("var sandbox = Sandbox.start();\n"
        + "var engine = sandbox.engine();\n"
        + "Stack s = stack(\"demo\").namespace(\"jobs\").add(namespace(\"jobs\"), serviceAccount(\"spark\"));\n"
        + "System.out.println(engine.plan(s, PlanOptions.defaults()).summary());\n"
        + "System.out.println(engine.apply(engine.plan(s, PlanOptions.defaults())).summary());\n"
        + "System.out.println(engine.plan(s, PlanOptions.defaults()).summary());\n"
        + "sandbox.close();\n");
    assertEquals("Plan: 2 to add, 0 to change, 0 to replace, 0 to prune\n"
        + "Apply complete: 2 applied, 0 failed, 0 skipped, 0 unchanged\n"
        + "Plan: 0 to add, 0 to change, 0 to replace, 0 to prune\n", printed);
  }

  @Test
  void invalidStackInJshellReportsProblems() throws IOException {
    try (JShell shell = JShell.builder().out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      evalAll(shell, Files.readString(Path.of("jshell/sparkform.jsh")));
      List<SnippetEvent> events = shell.eval("render(stack(\"Bad\"));");
      String message = events.stream().filter(e -> e.exception() != null).map(e -> e.exception().getMessage())
          .collect(Collectors.joining());
      assertTrue(message.contains("stack Bad: stack name \"Bad\" is not a DNS-1123 label"), message);
    }
  }

  /** Evaluates every complete snippet of {@code source}; fails on a snippet jshell rejects. */
  private static void evalAll(JShell shell, String source) {
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
      for (SnippetEvent e : shell.eval(info.source())) {
        assertEquals(Snippet.Status.VALID, e.status(), () -> "jshell rejected: " + info.source()
            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; ")));
        if (e.exception() != null) {
          throw new AssertionError("snippet threw: " + info.source(), e.exception());
        }
      }
      rest = info.remaining();
    }
  }
}
