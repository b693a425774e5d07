package dev.sparkform.apply;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Ownership, as properties over random stacks and random foreign objects on the in-memory API
 * server: whatever sequence of applies (with and without --adopt, changed versions that prune)
 * and destroys runs, no object sparkform must leave alone is ever changed or deleted, and a plan
 * with errors writes nothing. One server for all cases, emptied before each (see
 * {@link RecordingDispatcher#reset}): starting one per case would cost most of the run time.
 */
class ForeignObjectsPropertyTest {
  static SandboxCluster cluster;
  static final Tally TALLY = new Tally();
  static long started;

  @BeforeContainer
  static void start() {
    cluster = new SandboxCluster();
    started = System.nanoTime();
  }

  @AfterContainer
  static void stop() {
    cluster.close();
    System.out.printf("ForeignObjectsPropertyTest: %s; %.1f s%n", TALLY, (System.nanoTime() - started) / 1e9);
  }

  @Property(tries = 1000)
  void foreignObjectsAreNeverTouched(@ForAll("scenarios") Scenario scenario) {
    Statistics.label("foreign objects the stack declares too").collect(scenario.collisions() > 0);
    new ScenarioRun(cluster, scenario, TALLY).run();
    if (scenario.collisions() > 0) {
      TALLY.casesWithCollisions.incrementAndGet();
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Scenarios.scenarios();
  }
}
