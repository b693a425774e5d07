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

  /** The outcomes as JSON: one entry per object with action, status and message, and {@code ok}. */
  public static String json(ApplyReport report) {
    java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("stack", report.plan().stack());
    out.put("ok", report.ok());
    java.util.List<Object> outcomes = new java.util.ArrayList<>();
    for (Outcome o : report.outcomes()) {
      java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("kind", o.ref().kind());
      m.put("group", o.ref().group());
      m.put("namespace", o.ref().namespace());
      m.put("name", o.ref().name());
      m.put("action", o.action().verb());
      m.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
      m.put("message", o.message());
      outcomes.add(m);
    }
    out.put("outcomes", outcomes);
    return Plain.JSON.asJson(out) + "\n";
  }
}
