package dev.sparkform.golden;

import dev.sparkform.compile.Explanation;
import dev.sparkform.dsl.ClusterCapacity;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sparkform explain} of every example, as approved in golden/approved/NAME.explain.approved.txt. */
class ExplainGoldenTest {
  static Stream<Example> examples() {
    return Examples.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void explanation(Example example) {
    Golden.verify(example.name() + ".explain", "txt", Explanation.report(example.define()));
  }

  /** The capacity section, and each app's own check, for a cluster smaller than the stack's worst case. */
  @Test
  void explanationAgainstAClusterCapacity() {
    Golden.verify("submit-etl.explain-capacity", "txt", Explanation.report(
        Examples.named("submit-etl").orElseThrow().define(), ClusterCapacity.parse("cpu=16,memory=40Gi")));
  }

  /** With target spark-submit, the nightly CronJob's submitting pod counts against the namespace's quota too. */
  @Test
  void explanationForTheSparkSubmitTarget() {
    Golden.verify("daily-summary.explain-spark-submit", "txt", Explanation.report(
        Examples.named("daily-summary").orElseThrow().define(), dev.sparkform.compile.Target.SPARK_SUBMIT,
        java.util.Optional.empty()));
  }
}
