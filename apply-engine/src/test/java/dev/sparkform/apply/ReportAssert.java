package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertTrue;

final class ReportAssert {
  private ReportAssert() {}

  static ApplyReport ok(ApplyReport report) {
    assertTrue(report.ok(), ReportFormatter.text(report));
    return report;
  }
}
