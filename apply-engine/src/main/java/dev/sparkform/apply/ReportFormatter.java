package dev.sparkform.apply;

/** An apply's outcome, one line per object that was written, failed or skipped, then the summary. */
public final class ReportFormatter {
  private ReportFormatter() {}

  public static String text(ApplyReport report) {
    StringBuilder sb = new StringBuilder();
    for (Outcome o : report.outcomes()) {
      if (o.status() == Outcome.Status.UNCHANGED) {
        continue;
      }
      String what = switch (o.status()) {
        case APPLIED -> o.action() == Action.DELETE ? "deleted" : o.action() == Action.CREATE ? "created"
            : o.action() == Action.REPLACE ? "replaced" : "updated";
        case FAILED -> "FAILED to " + o.action().verb();
        case SKIPPED -> "skipped " + o.action().verb();
        case UNCHANGED -> "unchanged";
      };
      sb.append(o.ref()).append(": ").append(what)
          .append(o.message().isEmpty() ? "" : " (" + o.message() + ")").append('\n');
    }
    sb.append(report.summary()).append(".\n");
    return sb.toString();
  }
}
