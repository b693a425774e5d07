package dev.sparkform.apply;

import java.util.List;

/** A plan that cannot be applied; nothing was written. The message lists every reason, one a line. */
public final class PlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public PlanException(List<String> problems) {
    super("the plan cannot be applied (nothing was written): " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
