package dev.sparkform.apply;

/** What a plan does to one object. */
public enum Action {
  CREATE("+", "create"),
  UPDATE("~", "update"),
  /** Delete and create again: an immutable field changed, and the user allowed it. */
  REPLACE("-/+", "replace"),
  /** Prune: the stack owns it and no longer declares it (or destroy). */
  DELETE("-", "delete"),
  NOOP(" ", "unchanged");

  private final String symbol;
  private final String verb;

  Action(String symbol, String verb) {
    this.symbol = symbol;
    this.verb = verb;
  }

  public String symbol() {
    return symbol;
  }

  public String verb() {
    return verb;
  }

  public boolean writes() {
    return this != NOOP;
  }
}
