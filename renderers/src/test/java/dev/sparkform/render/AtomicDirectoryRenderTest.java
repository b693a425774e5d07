package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory render is all or nothing: a failure part-way leaves the previous output as it was. */
class AtomicDirectoryRenderTest {
  @TempDir
  Path tmp;

  private static final Stack THREE = stack("demo").namespace("spark-jobs").add(
      namespace("spark-jobs"), serviceAccount("spark"), configMap("conf").data("a", "1"));

  @Test
  void aFailurePartWayLeavesThePreviousOutputIntact() throws IOException {
    // GIVEN a rendered directory, with a file of the user's beside it
    Path out = tmp.resolve("out");
    OutputWriter.writeDirectory(out, compile(THREE), Format.YAML, "demo");
    Files.writeString(out.resolve("README.md"), "mine");
    Map<String, String> before = Tree.contents(out);

    // WHEN the next render fails part-way: the config map is gone (its file is stale), a new one's
    // file name is longer than the file system allows (255 bytes), and objects before it are written
    Stack next = stack("demo").namespace("spark-jobs").add(
        namespace("spark-jobs"), serviceAccount("spark").automountToken(false), configMap("c".repeat(250)).data("k", "v"));
    IOException e = assertThrows(IOException.class,
        () -> OutputWriter.writeDirectory(out, compile(next), Format.YAML, "demo"));

    // THEN it names the file, and every file is as before: the stale one not removed, the first objects
    // not replaced, the kustomization listing only files that exist; nothing is left over
    assertTrue(e.getMessage().contains("c".repeat(250)), e.getMessage());
    assertEquals(before, Tree.contents(out));
  }

  @Test
  void aFailedFirstRenderLeavesNoDirectoryBehind() {
    // GIVEN an output directory that does not exist yet, nor its parent
    Path out = tmp.resolve("new/out");

    // WHEN a render there fails part-way
    Stack tooLong = stack("demo").add(serviceAccount("spark"), configMap("c".repeat(250)));
    assertThrows(IOException.class, () -> OutputWriter.writeDirectory(out, compile(tooLong), Format.YAML, "demo"));

    // THEN neither was created
    assertEquals(false, Files.exists(tmp.resolve("new")));
  }

  @Test
  void aFailureAtAnyWriteOrRenameLeavesThePreviousOutputIntact() throws IOException {
    // GIVEN a directory rendered with three objects and two spark-submit files, and the user's files beside them
    Path out = tmp.resolve("out");
    OutputWriter.writeDirectory(out, compile(THREE), Format.YAML, "demo",
        List.of(file("spark-submit/a.sh", "old a", true), file("spark-submit/a.args", "old args", false)));
    Files.writeString(out.resolve("README.md"), "mine");
    Files.writeString(out.resolve("spark-submit/notes.txt"), "mine");
    Map<String, String> before = Tree.contents(out);
    // AND a next render that replaces, adds and removes files at both levels
    List<HasMetadata> next = compile(stack("demo").namespace("spark-jobs").add(
        namespace("spark-jobs"), serviceAccount("spark").automountToken(false), configMap("other")));
    List<OutputFile> nextBeside = List.of(file("spark-submit/a.sh", "new a", true), file("spark-submit/b.sh", "b", true));

    int steps = 0;
    for (int n = 1; ; n++) {
      // WHEN the n-th write or rename fails
      FailingDisk disk = new FailingDisk(n);
      try {
        OutputWriter.writeDirectory(out, next, Format.YAML, "demo", nextBeside, disk);
      } catch (IOException e) {
        // THEN the error says so, and everything is as before, with nothing left over
        assertTrue(e.getMessage().contains("injected failure " + n), e.getMessage());
        assertTrue(e.getMessage().contains("is unchanged") || e.getMessage().contains("is restored"), e.getMessage());
        assertEquals(before, Tree.contents(out), "after a failure at step " + n + ": " + e.getMessage());
        steps++;
        continue;
      }
      break;
    }
    // AND every step was tried (6 writes, 6 renames aside, 6 renames in, the record each time), then the
    // render went through whole
    assertEquals(18, steps);
    Map<String, String> after = Tree.contents(out);
    assertEquals("mine", after.get("README.md"));
    assertEquals("mine", after.get("spark-submit/notes.txt"));
    assertEquals("new a (executable)", after.get("spark-submit/a.sh"));
    assertFalse(after.containsKey("spark-submit/a.args"));
    assertFalse(after.containsKey("03-configmap-conf.yaml"));
    assertTrue(after.containsKey("03-configmap-other.yaml"));
  }

  @Test
  void whenPuttingThePreviousFilesBackFailsTooTheErrorSaysWhereTheyAre() throws IOException {
    // GIVEN a rendered directory
    Path out = tmp.resolve("out");
    OutputWriter.writeDirectory(out, compile(THREE), Format.YAML, "demo");
    Map<String, String> before = Tree.contents(out);

    // WHEN the first rename into place fails (after 4 writes and 4 renames aside), and so does the first one back
    IOException e = assertThrows(IOException.class, () -> OutputWriter.writeDirectory(out, compile(THREE),
        Format.YAML, "demo", List.of(), new FailingDisk(9, 10)));

    // THEN the error names the staging directory that holds them, and no file is lost: each is there or in it
    assertTrue(e.getMessage().contains("nor put the previous files back"), e.getMessage());
    Path staging;
    try (Stream<Path> entries = Files.list(out)) {
      staging = entries.filter(p -> p.getFileName().toString().startsWith(".sparkform-render-")).findFirst().orElseThrow();
    }
    assertTrue(e.getMessage().contains(staging.resolve("previous").toString()), e.getMessage());
    Map<String, String> kept = new TreeMap<>(Tree.contents(out));
    Tree.contents(staging.resolve("previous")).forEach(kept::putIfAbsent);
    before.forEach((name, content) -> assertEquals(content, kept.get(name), name));
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndNothingIsLeftOver() throws IOException {
    // GIVEN a rendered Secret that its user made readable only to themselves
    Path out = tmp.resolve("out");
    Stack withSecret = stack("demo").namespace("spark-jobs").add(secret("db").data("password", literal("s3cret")));
    OutputWriter.writeDirectory(out, compile(withSecret), Format.YAML, "demo");
    Path secret = out.resolve("01-secret-db.yaml");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));

    // WHEN rendered again
    OutputWriter.writeDirectory(out, compile(withSecret), Format.YAML, "demo");

    // THEN it still is, and only the render's files are there: no staging directory
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
    assertEquals(List.of("01-secret-db.yaml", "kustomization.yaml"), List.copyOf(Tree.contents(out).keySet()));
  }

  /** Makes the given write or rename calls fail (counting from 1), and does the others. */
  private static final class FailingDisk implements DirectorySwap.Disk {
    private final Set<Integer> failing;
    private int calls;

    FailingDisk(Integer... failing) {
      this.failing = Set.of(failing);
    }

    @Override
    public void write(Path file, String text) throws IOException {
      step();
      DirectorySwap.DISK.write(file, text);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      step();
      DirectorySwap.DISK.move(from, to);
    }

    private void step() throws IOException {
      calls++;
      if (failing.contains(calls)) {
        throw new IOException("injected failure " + calls);
      }
    }
  }

  private static OutputFile file(String path, String text, boolean executable) {
    return new OutputFile(path, text, executable, "spark app a");
  }

  private static List<HasMetadata> compile(Stack stack) {
    return StackCompiler.create().compile(stack);
  }
}
