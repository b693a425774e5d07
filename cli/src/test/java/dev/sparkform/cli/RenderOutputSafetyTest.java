package dev.sparkform.cli;

import static dev.sparkform.Sparkform.*;
import static dev.sparkform.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.cli.CliTest.Run;
import dev.sparkform.dsl.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --out} never replaces or removes a file that sparkform's last render did not write,
 * lets no name reach a file name or {@code kustomization.yaml} unchecked, and never leaves half a render.
 */
class RenderOutputSafetyTest {
  @TempDir
  Path tmp;

  private static final Stack GOOD = stack("demo").namespace("jobs").add(namespace("jobs"), serviceAccount("spark"));

  @Test
  void oneFileIsNotWrittenOverAFileSparkformDidNotWrite() throws IOException {
    // GIVEN a file of the user's at the --out path
    Path file = tmp.resolve("stack.yaml");
    Files.writeString(file, "# my notes\n");

    // WHEN a stack is rendered to it
    Run r = run(null, "render", "--example", "spark-pi", "--out", file.toString());

    // THEN it is refused, naming the file and what to do, and the file is unchanged
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(file.toString()), r.err());
    assertTrue(r.err().contains("remove it, or choose another path"), r.err());
    assertEquals("# my notes\n", read(file));
  }

  @Test
  void oneFileItWroteIsReplacedInEitherFormat() throws IOException {
    for (String format : new String[] {"yaml", "json"}) {
      // GIVEN a file sparkform rendered
      Path file = tmp.resolve("stack." + format);
      assertEquals(0, run(GOOD, "render", "--format", format, "--out", file.toString()).code());

      // WHEN another stack is rendered to it
      Run r = run(null, "render", "--example", "spark-pi", "--format", format, "--out", file.toString());

      // THEN it is replaced
      assertEquals(0, r.code(), r.err());
      assertTrue(read(file).contains("spark-pi"), read(file));
    }
  }

  @Test
  void aRoleNamedWithALineBreakNeverReachesTheKustomization() throws IOException {
    // GIVEN a directory sparkform rendered, holding the user's own victim.yaml too
    Path dir = tmp.resolve("out");
    assertEquals(0, run(GOOD, "render", "--out", dir + "/").code());
    Files.writeString(dir.resolve("victim.yaml"), "mine\n");
    Map<String, String> before = contents(dir);

    // WHEN a stack with a Role named "r\n- victim" (a valid RBAC name) is rendered there
    Stack bad = GOOD.add(role("r\n- victim").rules(rule().apiGroups("").resources("pods").verbs(GET)));
    Run r = run(bad, "render", "--out", dir + "/");

    // THEN it is refused, naming the Role, and nothing changed
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("Role jobs/r\\n- victim"), r.err());
    assertEquals(before, contents(dir));
    // AND the next good render keeps the user's victim.yaml
    assertEquals(0, run(GOOD, "render", "--out", dir + "/").code());
    assertEquals("mine\n", read(dir.resolve("victim.yaml")));
  }

  @Test
  void aSparkSubmitFileOfTheUsersIsNotReplaced() throws IOException {
    // GIVEN the user's own script where the render would write etl.sh
    Path dir = tmp.resolve("out");
    Files.createDirectories(dir.resolve("spark-submit"));
    Files.writeString(dir.resolve("spark-submit/etl.sh"), "echo mine\n");
    Map<String, String> before = contents(dir);

    // WHEN submit-etl is rendered there for spark-submit
    Run r = run(null, "render", "--example", "submit-etl", "--target", "spark-submit", "--out", dir + "/");

    // THEN it is refused, naming the file, and nothing was written: no object either
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("spark-submit/etl.sh"), r.err());
    assertEquals(before, contents(dir));
  }

  @Test
  void sparkSubmitFilesOfTheLastRenderGoWhenNoLongerRenderedButNoFileOfTheUsers() throws IOException {
    // GIVEN submit-etl rendered for spark-submit, and the user's notes beside its scripts
    Path dir = tmp.resolve("out");
    assertEquals(0, run(null, "render", "--example", "submit-etl", "--target", "spark-submit", "--out", dir + "/")
        .code());
    Files.writeString(dir.resolve("spark-submit/notes.txt"), "mine\n");

    // WHEN another stack with other apps is rendered there
    Run r = run(null, "render", "--example", "two-spark-versions", "--target", "spark-submit", "--out", dir + "/");

    // THEN the old apps' files are gone, the new ones are there, the notes are kept
    assertEquals(0, r.code(), r.err());
    assertFalse(Files.exists(dir.resolve("spark-submit/etl.sh")));
    assertFalse(Files.exists(dir.resolve("spark-submit/etl-report.args")));
    assertTrue(Files.isRegularFile(dir.resolve("spark-submit/legacy-report.sh")));
    assertEquals("mine\n", read(dir.resolve("spark-submit/notes.txt")));
  }

  @Test
  void aFailedRenderLeavesThePreviousOutputAsItWas() throws IOException {
    // GIVEN a directory sparkform rendered
    Path dir = tmp.resolve("out");
    assertEquals(0, run(null, "render", "--example", "spark-pi", "--out", dir + "/").code());
    Map<String, String> before = contents(dir);

    // WHEN the next render fails part-way: one object's file name is longer than the file system allows
    Stack tooLong = GOOD.add(configMap("c".repeat(250)).data("k", "v"));
    Run r = run(tooLong, "render", "--out", dir + "/");

    // THEN it is an error, and every file is as before: none removed, none replaced, nothing left over
    assertEquals(1, r.code(), r.err());
    assertEquals(before, contents(dir));
  }

  @Test
  void aFileNamedSparkSubmitIsRefusedBeforeAnyObjectIsReplaced() throws IOException {
    // GIVEN a rendered directory in which the user has a file named spark-submit
    Path dir = tmp.resolve("out");
    assertEquals(0, run(GOOD, "render", "--out", dir + "/").code());
    Files.writeString(dir.resolve("spark-submit"), "mine\n");
    Map<String, String> before = contents(dir);

    // WHEN a stack with apps is rendered there for spark-submit
    Run r = run(null, "render", "--example", "submit-etl", "--target", "spark-submit", "--out", dir + "/");

    // THEN it is refused, naming it, and the objects of the last render are still there
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("spark-submit"), r.err());
    assertEquals(before, contents(dir));
  }

  // ---- helpers

  /** Everything under {@code dir} by relative path: a file's content, or "(directory)". */
  static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(p -> !p.equals(dir)).collect(Collectors.toList())) {
        out.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "(directory)" : read(p));
      }
    }
    return out;
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
