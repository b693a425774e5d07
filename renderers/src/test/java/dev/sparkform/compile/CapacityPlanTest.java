package dev.sparkform.compile;

import static dev.sparkform.compile.NamespacePlanTest.threeApps;
import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.ClusterCapacity;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals of {@link NamespacePlanTest#threeApps}: a 7 cpu 14923Mi; b 2..5 cpu, 2816..7040Mi; c 3 cpu 4224Mi. */
class CapacityPlanTest {
  private static final Stack S = threeApps();

  @Test
  void theStacksSumOverEveryAppIsCheckedAtEveryonesMinAndMax() {
    CapacityPlan p = CapacityPlan.from(clusterCapacity(cores(13), gib(24)), Explanation.of(S));
    assertEquals(cores(12), p.atMin().requestsCpu());
    assertEquals(mib(21963), p.atMin().requestsMemory());
    assertEquals(List.of(
        "at everyone's max the stack's Spark pods request cpu 15, more than the cluster capacity (cpu 13) by 2",
        "at everyone's max the stack's Spark pods request memory 26187Mi, more than the cluster capacity"
            + " (memory 24Gi) by 1611Mi"), p.warnings());

    CapacityPlan tight = CapacityPlan.from(clusterCapacity(cores(11), null), Explanation.of(S));
    assertEquals(List.of("at everyone's min the stack's Spark pods already request cpu 12, more than the cluster"
        + " capacity (cpu 11) by 1"), tight.warnings());
  }

  @Test
  void eachAppsOwnTotalIsCheckedInItsSection() {
    List<Explanation> apps = Explanation.of(S, clusterCapacity(cores(6), gib(8)));
    assertEquals(List.of(
        "with 3 executors the app requests cpu 7, more than the cluster capacity (cpu 6) by 1",
        "with 3 executors the app requests memory 14923Mi, more than the cluster capacity (memory 8Gi) by 6731Mi"),
        apps.get(0).warnings());
    assertEquals(List.of(), apps.get(1).warnings());
    assertEquals(List.of(), apps.get(2).warnings());

    List<Explanation> smaller = Explanation.of(S, clusterCapacity(cores(4), null));
    assertEquals(List.of(
        "at max 4 executors the app requests cpu 5, more than the cluster capacity (cpu 4) by 1"),
        smaller.get(1).warnings());
  }

  @Test
  void whatFitsSaysSo() {
    ClusterCapacity big = ClusterCapacity.parse("cpu=100,memory=1Ti");
    String report = Explanation.report(S, big);
    assertTrue(report.endsWith(String.join("\n",
        "cluster capacity cpu 100, memory 1Ti (against the requests of every Spark pod in the stack)",
        "  at everyone's min: 9 pods; requests cpu 12, memory 21963Mi; limits cpu 0 (9 pods set none), memory 21963Mi",
        "  at everyone's max: 12 pods; requests cpu 15, memory 26187Mi; limits cpu 0 (12 pods set none), memory 26187Mi",
        "    (the worst case: every app running at once, each with its most executors)",
        "  fits: every app at its max together stays within the capacity",
        "")), report);
    assertTrue(Explanation.of(S, big).stream().allMatch(e -> e.warnings().isEmpty()));
    // Without a capacity there is no capacity section.
    assertTrue(!Explanation.report(S).contains("cluster capacity"));
  }

  @Test
  void anInvalidCapacityIsReported() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Explanation.of(S, clusterCapacity(cpu("lots"), null)));
    assertEquals("capacity: cpu \"lots\" is not a CPU amount (write e.g. 2, 0.5 or 500m)",
        e.problems().get(0).toString());
  }
}
