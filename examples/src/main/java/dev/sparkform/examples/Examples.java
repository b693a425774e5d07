package dev.sparkform.examples;

import java.util.List;
import java.util.Optional;

/** The built-in examples, in the order {@code bin/sparkform examples} lists them. */
public final class Examples {
  private static final List<Example> ALL = List.of(new SparkPi(), new PySparkJob(), new DailySummary(), new TwoSparkVersions(),
      new SparkStandaloneCluster(), new SubmitEtl(), new SizedByConf(), new Interactive(), new StreamingUi());

  private Examples() {}

  public static List<Example> all() {
    return ALL;
  }

  public static Optional<Example> named(String name) {
    for (Example e : ALL) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
