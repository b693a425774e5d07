package dev.sparkform.render;

import java.io.IOException;
import java.util.List;

/** A render that was refused before anything was written, with every reason and its place. */
public final class OutputRefusedException extends IOException {
  private final List<String> problems;

  OutputRefusedException(String where, List<String> problems) {
    super("refusing to write " + where + " (nothing was written): " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each reason, naming the object or file it is about. */
  public List<String> problems() {
    return problems;
  }
}
