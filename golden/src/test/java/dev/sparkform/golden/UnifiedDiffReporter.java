package dev.sparkform.golden;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.approvaltests.core.ApprovalFailureReporter;

/** Fails with a unified diff from the approved file to what was rendered, and how to re-approve. */
final class UnifiedDiffReporter implements ApprovalFailureReporter {
  @Override
  public boolean report(String received, String approved) {
    List<String> was = lines(Path.of(approved));
    List<String> now = lines(Path.of(received));
    throw difference(Path.of(approved), was, now);
  }

  /** The failure for an approved file {@code approved} holding {@code was} where {@code now} was rendered. */
  static AssertionError difference(Path approved, List<String> was, List<String> now) {
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
        "approved/" + approved.getFileName(), "rendered", was, DiffUtils.diff(was, now), 3);
    return new AssertionError("rendered output differs from " + approved
        + (Files.exists(approved) ? "" : " (no approved file yet)") + ":\n"
        + String.join("\n", diff)
        + "\n\nIf the change is intended, review it and re-approve: mvn -B verify -pl golden -am -Dapprove");
  }

  static List<String> lines(Path p) {
    try {
      return Files.exists(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
