package dev.sparkform.cli;

import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** --wait and --timeout, for the verbs that write (apply, destroy, rollback). */
final class WaitOptions {
  private final OptionSpec await;
  private final OptionSpec timeout;

  WaitOptions(CommandSpec command) {
    await = Options.add(command, Options.flag("--wait")
        .description("After writing, wait until every written object is ready (per kind) and every deleted one is gone."));
    timeout = Options.add(command, Options.value(Duration.class, "DURATION", "--timeout").defaultValue("5m")
        .converters(new DurationConverter())
        .description("How long --wait waits, e.g. 90s, 5m, 1h (default: ${DEFAULT-VALUE})."));
  }

  boolean await() {
    return await.getValue();
  }

  Duration timeout() {
    return timeout.getValue();
  }
}
