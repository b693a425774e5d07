package dev.sparkform.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** --wait and --timeout, for the verbs that write (apply, destroy, rollback). */
final class WaitOptions {
  @Option(names = "--wait",
      description = "After writing, wait until every written object is ready (per kind) and every deleted one is gone.")
  boolean await;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
      description = "How long --wait waits, e.g. 90s, 5m, 1h (default: ${DEFAULT-VALUE}).")
  Duration timeout;
}
