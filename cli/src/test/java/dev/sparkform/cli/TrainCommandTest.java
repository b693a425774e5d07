package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The training run behind bin/sparkform's start-up archive completes: a failure there is silent
 * for users (the script then runs without an archive, slower), so it is checked here.
 */
class TrainCommandTest {
  @Test
  void trainingRendersEveryPathAndSucceeds() {
    CliTest.Run r = CliTest.run(null, "train");
    assertEquals(Cli.OK, r.code(), r.out() + r.err());
    assertEquals("", r.out() + r.err());
  }
}
