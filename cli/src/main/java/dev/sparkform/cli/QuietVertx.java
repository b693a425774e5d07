package dev.sparkform.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's Vert.x warns through java.util.logging (it ignores SLF4J bound to nop) when a busy
 * machine holds one of its threads for 2 s: "Thread blocked" with a stack trace, in the middle of
 * a plan, about nothing the user can act on. Turned off only by the verbs that open a cluster or
 * the sandbox: java.util.logging's start-up looks for a {@code System.LoggerFinder} in every jar on
 * the class path, which took a third of a one-app render.
 */
final class QuietVertx {
  /** Held: java.util.logging keeps only weak references to loggers, and a collected one forgets its level. */
  private static final Logger BLOCKED_THREADS = Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker");

  private QuietVertx() {}

  static void apply() {
    BLOCKED_THREADS.setLevel(Level.OFF);
  }
}
