package dev.sparkform.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.core.Options;
import org.approvaltests.namer.NamerWrapper;
import org.approvaltests.reporters.AutoApproveReporter;

/**
 * Holds text to its approved file {@code golden/approved/NAME.approved.EXT}. A difference fails
 * with a unified diff; {@code -Dapprove} accepts the new text instead (review the diff first).
 */
final class Golden {
  /** Surefire runs in the module directory. */
  static final Path APPROVED = Path.of("approved").toAbsolutePath();

  /** Every approved file a test held text to in this JVM (read by {@link ApprovedFilesTest}). */
  static final Set<Path> READ = ConcurrentHashMap.newKeySet();

  /**
   * While {@link ApprovedFilesTest} runs the golden tests to learn their files: record, compare
   * nothing (surefire's own run compares; ApprovalTests refuses a second verify of one file).
   */
  static volatile boolean collecting;

  private Golden() {}

  static void verify(String name, String extension, String text) {
    READ.add(APPROVED.resolve(name + ".approved." + extension));
    if (collecting) {
      return;
    }
    ApprovalFailureReporter reporter = approving() ? new AutoApproveReporter() : new UnifiedDiffReporter();
    Options options = new Options().withReporter(reporter)
        .forFile().withNamer(new NamerWrapper(() -> name, APPROVED::toString))
        .forFile().withExtension("." + extension);
    Approvals.verify(text, options);
  }

  /**
   * Holds text to the approved file at {@code path} under golden/approved/, named as rendered (for
   * output that is read back by name, like spark-submit's files): same -Dapprove and diff.
   */
  static void verifyFile(Path path, String text) {
    Path approved = APPROVED.resolve(path);
    READ.add(approved);
    if (collecting) {
      return;
    }
    try {
      if (approving()) {
        Files.createDirectories(approved.getParent());
        Files.writeString(approved, text, StandardCharsets.UTF_8);
        return;
      }
      List<String> now = List.of(text.split("\n", -1));
      String was = Files.exists(approved) ? Files.readString(approved, StandardCharsets.UTF_8) : null;
      if (!text.equals(was)) {
        throw UnifiedDiffReporter.difference(approved, UnifiedDiffReporter.lines(approved), now);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean approving() {
    return Boolean.parseBoolean(System.getProperty("approve", "false"));
  }
}
