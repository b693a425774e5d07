package dev.sparkform.kubetier;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on the console, in one line at the end of a module's tests, how many tests skipped because
 * {@code ../shared} (the upstream CRDs and operator examples) is absent: their reasons otherwise
 * reach only the surefire reports, and a green build would hide what it did not check. Registered
 * as a JUnit Platform listener (META-INF/services) for every module with this tier on its test class path.
 */
public final class SharedSkips implements TestExecutionListener {
  /** What every such skip's reason names. */
  static final String MARK = "../shared";

  private final AtomicInteger skipped = new AtomicInteger();

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    skipped.set(0);
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    if (reason != null && reason.contains(MARK)) {
      skipped.incrementAndGet();
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED && result.getThrowable()
        .map(Throwable::getMessage).filter(m -> m != null && m.contains(MARK)).isPresent()) {
      skipped.incrementAndGet();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    int n = skipped.get();
    if (n > 0) {
      System.out.println("sparkform: " + n + (n == 1 ? " test" : " tests") + " skipped because " + MARK
          + " (the upstream CRDs and operator examples) is absent; check it out beside this repository to run them");
    }
  }
}
