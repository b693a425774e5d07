package com.acme;

import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Stack;
import java.util.List;

/** A user's class that gives several stacks (one per team), loaded by name in the CLI tests. */
public final class Teams {
  private Teams() {}

  public static List<Stack> define() {
    return List.of(team("red"), team("blue"));
  }

  private static Stack team(String name) {
    return stack(name).namespace(name).add(namespace(name), serviceAccount("spark"));
  }
}
