package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SparkClusterTest {
  private static final String C = "stack analytics > spark cluster shared";

  private static List<String> problems(SparkCluster c) {
    return analytics(c).problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static SparkCluster shared() {
    return sparkCluster("shared").sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .master(clusterNode().resources(cores(2), gib(4)))
        .workers(clusterNode().resources(cores(8), gib(32)))
        .workerInstances(2, 2, 10);
  }

  @Test
  void aValidClusterHasNoProblems() {
    assertEquals(List.of(), problems(shared()));
  }

  @Test
  void workerBoundsVersionAndResources() {
    assertEquals(List.of(
        C + ": has no Spark version (sparkVersion(\"4.0.1\"))",
        C + " > workers: memory \"16G\" is ambiguous: Kubernetes reads \"G\" as a decimal unit, Spark as a binary one;"
            + " write 16Gi for 16 GiB",
        C + ": minWorkers 5 exceeds maxWorkers 3",
        C + ": initWorkers 1 is outside 5..3"),
        problems(sparkCluster("shared").workers(clusterNode().resources(cores(4), memory("16G")))
            .workerInstances(1, 5, 3)));
    assertEquals(List.of(C + " > master: cpu must be more than 0", C + ": initWorkers -1 is negative",
        C + ": initWorkers -1 is outside 0..2"),
        problems(shared().workerInstances(-1, 0, 2).master(clusterNode().resources(cores(0), gib(1)))));
  }
}
