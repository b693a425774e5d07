package com.acme;

import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Stack;
import java.util.function.Supplier;

/** A user's stack as a Supplier, loaded by name in the CLI tests. */
public final class Analytics implements Supplier<Stack> {
  @Override
  public Stack get() {
    return stack("analytics").namespace("analytics").add(namespace("analytics"), serviceAccount("spark"));
  }
}
