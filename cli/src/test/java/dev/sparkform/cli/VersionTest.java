package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.Sparkform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --version} is the POM's version (read from the parent POM's text here), through the library's run(..). */
class VersionTest {
  private static String pomVersion() throws IOException {
    Matcher m = Pattern.compile("<artifactId>sparkform-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("../pom.xml")));
    assertTrue(m.find(), "no version in ../pom.xml");
    return m.group(1);
  }

  @Test
  void versionIsThePomsThroughSparkformRun() throws IOException {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    int code;
    try {
      // Sparkform (the library) finds the command line as a service of this module's jar.
      code = Sparkform.run(new String[] {"--version"}, null);
    } finally {
      System.setOut(stdout);
    }
    assertEquals(0, code);
    assertEquals("sparkform " + pomVersion() + "\n", printed.toString(StandardCharsets.UTF_8));
    assertEquals(pomVersion(), Sparkform.version());
  }
}
