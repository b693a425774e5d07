package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command line as a shell runs it: a JVM of its own, standard output a pipe, the locale of a
 * bare container ({@code LC_ALL=C}, no {@code -Dfile.encoding}, no {@code -Dstdout.encoding}).
 */
class ChildProcessTest {
  static final String VALUE = "Größe: 5 µm – naïve café";

  /** Exit code, stdout and stderr (each decoded as UTF-8) of {@code main} run with {@code args}. */
  static CliTest.Run java(Map<String, String> env, String main, String... args) throws IOException, InterruptedException {
    return java(env, List.of(), main, args);
  }

  /** The same, with {@code jvmOptions} for the child JVM. */
  static CliTest.Run java(Map<String, String> env, List<String> jvmOptions, String main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE")
        || k.equals("JAVA_TOOL_OPTIONS") || k.equals("NO_COLOR"));
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] err;
    byte[] out;
    try (var o = p.getInputStream(); var e = p.getErrorStream()) {
      var errBytes = new java.util.concurrent.CompletableFuture<byte[]>();
      Thread t = new Thread(() -> {
        try {
          errBytes.complete(e.readAllBytes());
        } catch (IOException x) {
          errBytes.completeExceptionally(x);
        }
      });
      t.start();
      out = o.readAllBytes();
      err = errBytes.join();
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM did not end");
    return new CliTest.Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void standardOutputIsUtf8InTheCLocale() throws Exception {
    // GIVEN the C locale, where Java's default and console encodings are ASCII
    Map<String, String> c = Map.of("LC_ALL", "C");

    // WHEN the stack is rendered to standard output: by sparkform, a program's own main, render(stack)
    CliTest.Run cli = java(c, Cli.class.getName(), "render", "--stack", "com.acme.Deploy");
    CliTest.Run program = java(c, "com.acme.Deploy", "render");
    CliTest.Run printed = java(c, "com.acme.PrintYaml");

    // THEN the value arrives as UTF-8, not as gr??e
    assertEquals(0, cli.code(), cli.err());
    assertTrue(cli.out().contains("title: \"" + VALUE + "\"") || cli.out().contains("title: " + VALUE), cli.out());
    assertEquals(cli.out(), program.out());
    assertEquals(cli.out(), printed.out());
  }

  @Test
  void standardErrorIsUtf8InTheCLocale() throws Exception {
    CliTest.Run r = java(Map.of("LC_ALL", "C"), Cli.class.getName(), "render", "--stack", "com.acme.BadLabel");
    assertEquals(Cli.ERROR, r.code(), r.err());
    assertTrue(r.err().contains("\"Größe\""), r.err());
  }

  @Test
  void noEscapeCodesWhenStandardOutputIsNotATerminal() throws Exception {
    // GIVEN standard output is a pipe (NO_COLOR unset)
    // WHEN a plan, which colours its diff at a terminal, is printed
    CliTest.Run r = java(Map.of(), Cli.class.getName(), "plan", "--sandbox", "--example", "spark-pi");

    // THEN it is plain text
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("+ create Namespace spark-jobs"), r.out());
    assertFalse(r.out().contains("\u001b"), r.out());
    assertFalse(r.err().contains("\u001b"), r.err());
  }
}
