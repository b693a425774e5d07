package dev.sparkform.lint;

import java.util.Locale;

/** How much a finding matters: errors fail {@code sparkform lint}; warnings and infos are advice. */
public enum Severity {
  ERROR, WARNING, INFO;

  /** {@code error}, {@code warning}, {@code info}: how text and JSON output spell it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
