package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the jshell start-up script that bin/sparkform-jshell uses, then a user's snippets, through
 * the jdk.jshell API (a separate JVM, as jshell runs it), pasted line by line as a user pastes them,
 * and checks what they printed. The README's jshell section is run as it stands.
 */
class JshellTest {
  /** What {@code snippets} print, run after the start-up script in a fresh jshell. */
  private static String printedBy(String snippets) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (JShell shell = JShell.builder().out(new PrintStream(printed, true, StandardCharsets.UTF_8)).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      paste(shell, Files.readString(Path.of("jshell/sparkform.jsh")));
      paste(shell, snippets);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** Every {@code java} block of README.md's jshell section, pasted in order into one jshell. */
  @Test
  void readmeSnippetsPasteAndRun() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("\n## jshell\n");
    assertTrue(start >= 0, "README.md has no jshell section");
    int end = readme.indexOf("\n## ", start + 1);
    Matcher blocks = Pattern.compile("\n```java\n(.*?)\n```\n", Pattern.DOTALL)
        .matcher(readme.substring(start, end < 0 ? readme.length() : end));
    StringBuilder snippets = new StringBuilder();
    int count = 0;
    while (blocks.find()) {
      snippets.append(blocks.group(1)).append('\n');
      count++;
    }
    assertTrue(count >= 2, "README's jshell section has " + count + " java blocks");
    String printed = printedBy(snippets.toString());
    // Both operators, explain and the engine, each as the README says.
    assertTrue(printed.contains("apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"), printed);
    assertTrue(printed.contains("apiVersion: spark.apache.org/v1\nkind: SparkApplication\n"), printed);
    assertTrue(printed.contains("spark.executor.instances"), printed);
    assertTrue(printed.contains("Plan: 5 to add, 0 to change, 0 to replace, 0 to prune"), printed);
    assertTrue(printed.contains("Apply complete: 5 applied, 0 failed, 0 skipped, 0 unchanged"), printed);
  }

  /** A statement whose next line starts with {@code .} is run before that line: what pasting the old README did. */
  @Test
  void aLeadingDotLineIsRejectedWhenPasted() {
    try (JShell shell = JShell.builder().out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      paste(shell, Files.readString(Path.of("jshell/sparkform.jsh")));
      AssertionError e = assertThrows(AssertionError.class,
          () -> paste(shell, "Stack s = stack(\"demo\")\n    .namespace(\"jobs\");\n"));
      assertTrue(e.getMessage().contains("jshell rejected: .namespace"), e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void renderPrintsYamlInJshell() throws IOException {
    String yaml = printedBy("Stack s = stack(\"demo\").namespace(\"spark-jobs\").\n"
        + "    add(serviceAccount(\"spark\"), role(\"driver\").rules(rule().apiGroups(\"\").resources(\"pods\").verbs(GET, CREATE)));\n"
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
      paste(shell, Files.readString(Path.of("jshell/sparkform.jsh")));
      List<SnippetEvent> events = shell.eval("render(stack(\"Bad\"));");
      String message = events.stream().filter(e -> e.exception() != null).map(e -> e.exception().getMessage())
          .collect(Collectors.joining());
      assertTrue(message.contains("stack Bad: stack name \"Bad\" is not a DNS-1123 label"), message);
    }
  }

  /**
   * Feeds {@code source} line by line, as jshell reads a paste: as soon as the lines so far make a
   * complete snippet it is run. Fails on a snippet jshell rejects or that throws.
   */
  private static void paste(JShell shell, String source) {
    String pending = "";
    for (String line : source.split("\n", -1)) {
      pending += line + "\n";
      SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(pending);
      while (info.completeness().isComplete() && !info.source().isBlank()) {
        String snippet = info.source();
        for (SnippetEvent e : shell.eval(snippet)) {
          assertEquals(Snippet.Status.VALID, e.status(), () -> "jshell rejected: " + snippet.strip() + ": "
              + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; ")));
          if (e.exception() != null) {
            throw new AssertionError("snippet threw: " + snippet, e.exception());
          }
        }
        pending = info.remaining();
        info = shell.sourceCodeAnalysis().analyzeCompletion(pending);
      }
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        pending = "";
      }
    }
    String left = pending;
    assertTrue(left.isBlank(), () -> "an incomplete snippet at the end: " + left);
  }
}
