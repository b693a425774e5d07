package dev.sparkform.cli;

import static dev.sparkform.Sparkform.*;
import static dev.sparkform.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.cli.CliTest.Run;
import dev.sparkform.dsl.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What once reached the user as a raw exception is a one-line error with exit code 1, and nothing is written. */
class HostileCliInputTest {
  @TempDir
  Path tmp;

  /** A user's stack class whose define() returns null. */
  public static final class NullStack {
    public static Stack define() {
      return null;
    }
  }

  private static void clean(Run r) {
    assertEquals(Cli.ERROR, r.code(), r.err());
    assertFalse(r.err().contains("--debug") || r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  @Test
  void aStackClassProvidingNullIsAUserError() {
    Run r = run(null, "render", "--stack", NullStack.class.getName());
    clean(r);
    assertEquals("error: " + NullStack.class.getName() + " provided no stack (null): its define() or get() must return"
        + " a Stack or a non-empty list of stacks\n", r.err());
  }

  @Test
  void anOutputPathWithNulIsAUserError() throws IOException {
    Run r = run(null, "render", "--example", "spark-pi", "--out", tmp + "/a\u0000b/");
    clean(r);
    assertTrue(r.err().contains("is not a valid path: Nul character not allowed"), r.err());
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void hugeNumbersAreProblemsForEveryVerbThatComputesWithThem() {
    Stack stack = stack("big").namespace("jobs").add(sparkApp("pi").sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .mainClass("org.example.Pi").mainApplicationFile("local:///opt/app.jar")
        .executor(executor().instances(Integer.MAX_VALUE)).timeToLive(Duration.ofSeconds(Long.MAX_VALUE)));
    for (String[] args : new String[][] {{"render"}, {"render", "--target", "apache"}, {"explain"},
        {"explain", "--capacity", "cpu=100,memory=1Ti"}}) {
      Run r = run(stack, args);
      clean(r);
      assertTrue(r.err().contains("instances 2147483647 is more than the 150000 pods"), r.err());
      assertTrue(r.err().contains("timeToLive PT2562047788015215H30M7S is more than"), r.err());
    }
  }
}
