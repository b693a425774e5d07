package dev.sparkform.kubetier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.TestAbortedException;

/** One console line with the number of tests that ../shared's absence skipped; nothing when none did. */
class SharedSkipsTest {
  static String printed(SharedSkips listener) {
    PrintStream was = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      listener.testPlanExecutionFinished(null);
    } finally {
      System.setOut(was);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void countsAbortsAndSkipsThatNameSharedAndNothingElse() {
    SharedSkips listener = new SharedSkips();
    listener.testPlanExecutionStarted(null);
    listener.executionFinished(null, TestExecutionResult.aborted(new TestAbortedException(
        "Assumption failed: ../shared/reference is absent: conformance checks skipped")));
    listener.executionFinished(null, TestExecutionResult.aborted(new TestAbortedException(
        "Assumption failed: no ../shared/reference/crds: the operators' CRDs are not installed")));
    listener.executionSkipped(null, "../shared/reference is absent");
    listener.executionFinished(null, TestExecutionResult.aborted(new TestAbortedException("no kubectl on PATH")));
    listener.executionFinished(null, TestExecutionResult.successful());
    listener.executionFinished(null, TestExecutionResult.failed(new AssertionError("../shared mentioned in a failure")));
    assertEquals("sparkform: 3 tests skipped because ../shared (the upstream CRDs and operator examples) is absent;"
        + " check it out beside this repository to run them\n", printed(listener));
  }

  @Test
  void saysNothingWhenNothingWasSkippedForIt() {
    SharedSkips listener = new SharedSkips();
    listener.testPlanExecutionStarted(null);
    listener.executionFinished(null, TestExecutionResult.aborted(new TestAbortedException("no kubectl on PATH")));
    assertEquals("", printed(listener));
  }
}
