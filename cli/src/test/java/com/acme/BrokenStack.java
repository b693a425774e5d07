package com.acme;

import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Stack;

/** A user's stack class with three mistakes, loaded by name in the CLI tests. */
public final class BrokenStack {
  private BrokenStack() {}

  public static Stack define() {
    return stack("broken").namespace("Spark_Jobs")
        .add(role("driver").rules(rule().apiGroups("").resources("pods").verbs("get", "gett")),
            roleBinding("driver").role("driver").serviceAccount("missing"));
  }
}
