package com.acme;

import static dev.sparkform.Sparkform.*;

/** A program that prints its stack with {@code render(stack)}, as in jshell. */
public final class PrintYaml {
  private PrintYaml() {}

  public static void main(String[] args) {
    render(Deploy.define());
  }
}
