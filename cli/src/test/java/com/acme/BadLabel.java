package com.acme;

import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Stack;

/** A stack whose problem quotes a value that is not ASCII. */
public final class BadLabel {
  private BadLabel() {}

  public static Stack define() {
    return stack("sizes").add(configMap("labels").label("size", "Größe"));
  }
}
