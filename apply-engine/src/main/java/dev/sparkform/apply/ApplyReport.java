package dev.sparkform.apply;

import java.util.List;

/** The result of an apply: one outcome per object of the plan, in the order they were handled. */
public record ApplyReport(Plan plan, List<Outcome> outcomes) {
  public ApplyReport {
    outcomes = List.copyOf(outcomes);
  }

  public boolean ok() {
    return outcomes.stream().noneMatch(o -> o.status() == Outcome.Status.FAILED || o.status() == Outcome.Status.SKIPPED);
  }

  /** The summary and each outcome (object, action, status, the server's message): no objects' data. */
  @Override
  public String toString() {
    return summary() + ": " + outcomes;
  }

  public long count(Outcome.Status s) {
    return outcomes.stream().filter(o -> o.status() == s).count();
  }

  /**
   * {@code Apply complete: 3 applied, 1 failed, 2 skipped, 4 unchanged}; for a destroy
   * {@code Destroy complete: 7 deleted, 0 failed, 0 skipped}.
   */
  public String summary() {
    if (plan.destroy()) {
      return (ok() ? "Destroy complete: " : "Destroy incomplete: ") + count(Outcome.Status.APPLIED) + " deleted, "
          + count(Outcome.Status.FAILED) + " failed, " + count(Outcome.Status.SKIPPED) + " skipped";
    }
    return (ok() ? "Apply complete: " : "Apply incomplete: ") + count(Outcome.Status.APPLIED) + " applied, "
        + count(Outcome.Status.FAILED) + " failed, " + count(Outcome.Status.SKIPPED) + " skipped, "
        + count(Outcome.Status.UNCHANGED) + " unchanged";
  }
}
