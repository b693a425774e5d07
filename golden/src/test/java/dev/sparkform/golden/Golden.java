package dev.sparkform.golden;

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

  private Golden() {}

  static void verify(String name, String extension, String text) {
    ApprovalFailureReporter reporter = approving() ? new AutoApproveReporter() : new UnifiedDiffReporter();
    Options options = new Options().withReporter(reporter)
        .forFile().withNamer(new NamerWrapper(() -> name, APPROVED::toString))
        .forFile().withExtension("." + extension);
    Approvals.verify(text, options);
  }

  private static boolean approving() {
    return Boolean.parseBoolean(System.getProperty("approve", "false"));
  }
}
