package com.acme;

import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Stack;

/** A user's own deployment program, as the README shows it, with a value that is not ASCII. */
public final class Deploy {
  private Deploy() {}

  public static Stack define() {
    return stack("sizes").namespace("sizes")
        .add(namespace("sizes"), configMap("labels").data("title", "Größe: 5 µm – naïve café"));
  }

  public static void main(String[] args) {
    System.exit(run(args, define()));
  }
}
