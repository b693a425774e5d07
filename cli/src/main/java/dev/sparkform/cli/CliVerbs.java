package dev.sparkform.cli;

import dev.sparkform.Verbs;
import dev.sparkform.dsl.Stack;

/** The command line as {@code Sparkform.run(args, stack)} finds it (a service of this jar). */
public final class CliVerbs implements Verbs {
  @Override
  public int run(String[] args, Stack stack) {
    return Cli.run(args, stack);
  }
}
