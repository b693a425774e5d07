package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespacePlanTest {
  static SparkApp app(String name) {
    return sparkApp(name).sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("com.example.Job")
        .mainApplicationFile("local:///opt/job.jar");
  }

  /**
   * jobs: a = driver 1 cpu 1408Mi + 3 executors × (2 cpu, 4g + 409Mi overhead = 4505Mi);
   * b = driver 1 cpu 1408Mi + 1..4 executors × (1 cpu, 1g + 384Mi = 1408Mi). other: c = driver + 2 executors, 1 cpu 1408Mi each.
   */
  static Stack threeApps(StackResource... more) {
    return stack("s").namespace("jobs").add(
        app("a").executor(executor().instances(3).cores(2).memory(gib(4))),
        app("b").dynamicAllocation(dynamicAllocation().min(1).max(4)),
        app("c").namespace("other")).add(more);
  }

  @Test
  void sumsEveryAppOfANamespaceAtEveryonesMinAndMax() {
    List<NamespacePlan> plans = NamespacePlan.of(threeApps());
    assertEquals(List.of("jobs", "other"), plans.stream().map(NamespacePlan::namespace).toList());
    NamespacePlan jobs = plans.get(0);
    assertEquals(List.of("a", "b"), jobs.apps());
    // min: a 1 + 3 pods, 1 + 6 cpu, 1408 + 3 × 4505 = 14923Mi; b 1 + 1 pods, 2 cpu, 2 × 1408 = 2816Mi.
    assertEquals(new PodTotals(6, cores(9), mib(17739), cores(0), 6, mib(17739), 0), jobs.atMin());
    // max: b 1 + 4 pods, 5 cpu, 5 × 1408 = 7040Mi.
    assertEquals(Optional.of(new PodTotals(9, cores(12), mib(21963), cores(0), 9, mib(21963), 0)), jobs.atMax());
    NamespacePlan other = plans.get(1);
    assertEquals(List.of("c"), other.apps());
    assertEquals(new PodTotals(3, cores(3), mib(4224), cores(0), 3, mib(4224), 0), other.atMin());
    assertEquals(List.of(), jobs.warnings());
    assertEquals(List.of(), jobs.errors());
  }

  @Test
  void comparesTheSumsWithEveryHardLimitOfTheNamespacesQuota() {
    Stack s = threeApps(namespace("jobs").quota(quota("q").requests(cores(10), gib(20)).limits(null, gib(16)).pods(8)));
    NamespacePlan jobs = NamespacePlan.of(s).get(0);
    assertEquals(List.of(
        "requests.cpu 12 at everyone's max exceeds ResourceQuota q of namespace jobs (requests.cpu 10) by 2",
        "requests.memory 21963Mi at everyone's max exceeds ResourceQuota q of namespace jobs (requests.memory 20Gi)"
            + " by 1483Mi",
        "limits.memory 17739Mi at everyone's min already exceeds ResourceQuota q of namespace jobs"
            + " (limits.memory 16Gi) by 1355Mi",
        "pods 9 at everyone's max exceeds ResourceQuota q of namespace jobs (pods 8) by 1"), jobs.warnings());
    // The quota of jobs does not apply to other.
    assertEquals(List.of(), NamespacePlan.of(s).get(1).warnings());
  }

  @Test
  void theNamespaceSectionOfTheReport() {
    Stack s = threeApps(namespace("jobs").quota(quota("q").requests(cores(12), gib(64)).pods(9)));
    assertEquals(String.join("\n",
        "namespace jobs: Spark pods of 2 apps (other pods there count against its quotas too)",
        "  a driver:   1 pod;       cpu request 1, limit none; memory 1408Mi",
        "  a executor: 3 pods;      cpu request 2, limit none; memory 4505Mi",
        "  b driver:   1 pod;       cpu request 1, limit none; memory 1408Mi",
        "  b executor: 1..4 pods;   cpu request 1, limit none; memory 1408Mi",
        "  at everyone's min: 6 pods; requests cpu 9, memory 17739Mi; limits cpu 0 (6 pods set none), memory 17739Mi",
        "  at everyone's max: 9 pods; requests cpu 12, memory 21963Mi; limits cpu 0 (9 pods set none), memory 21963Mi",
        "    (the worst case: every app running at once, each with its most executors)",
        "  ResourceQuota q: requests.cpu 12, requests.memory 64Gi, pods 9",
        ""), NamespacePlan.of(s).get(0).toText());
    assertTrue(NamespacePlan.of(s).get(1).toText().contains("  no ResourceQuota for namespace other in the stack\n"));
  }

  @Test
  void anUnboundedAppMakesTheMaxUnboundedAndIsNotComparedThere() {
    Stack s = stack("s").namespace("jobs").add(namespace("jobs").quota(quota("q").requests(cores(2), null)),
        app("a").dynamicAllocation(dynamicAllocation().min(0)));
    NamespacePlan jobs = NamespacePlan.of(s).get(0);
    assertEquals(Optional.empty(), jobs.atMax());
    assertEquals(List.of(), jobs.warnings());
    assertTrue(jobs.toText().contains(
        "  at everyone's max: unbounded (dynamic allocation without maxExecutors: app a)\n"));
  }

  @Test
  void aQuotaOnCpuLimitsRefusesPodsWithoutACpuLimit() {
    Stack s = stack("s").namespace("jobs").add(namespace("jobs").quota(quota("q").limits(cores(20), gib(20))),
        app("a").executor(executor().coreLimit(cores(2))));
    NamespacePlan jobs = NamespacePlan.of(s).get(0);
    assertEquals(List.of("app a's driver pod sets no CPU limit, but ResourceQuota q of namespace jobs sets"
        + " limits.cpu: Kubernetes will refuse to create it (set driver().coreLimit(..) or a LimitRange default)"),
        jobs.errors());
    // Only the executors' limits count: 2 executors × 2 cpu.
    assertEquals(cores(4), jobs.atMin().limitsCpu());
    assertEquals(1, jobs.atMin().podsWithoutCpuLimit());
    assertTrue(Explanation.report(s).contains("\nerror: app a's driver pod sets no CPU limit"));
  }

  @Test
  void aCpuLimitFromSparkConfOrALimitRangeDefaultIsAdmitted() {
    Stack viaConf = stack("s").namespace("jobs").add(namespace("jobs").quota(quota("q").limits(cores(20), null)),
        app("a").sparkConf("spark.kubernetes.driver.limit.cores", "1500m")
            .sparkConf("spark.kubernetes.executor.limit.cores", "1"));
    assertEquals(List.of(), NamespacePlan.of(viaConf).get(0).errors());
    assertEquals(Optional.of(millicores(1500)), NamespacePlan.of(viaConf).get(0).pods().get(0).cpuLimit());

    Stack viaLimitRange = stack("s").namespace("jobs").add(namespace("jobs")
            .quota(quota("q").limits(cores(20), null))
            .limitRange(limitRange("bounds").max(cores(8), null))
            .limitRange(limitRange("defaults").defaultLimit(cores(2), null)),
        app("a"));
    NamespacePlan jobs = NamespacePlan.of(viaLimitRange).get(0);
    assertEquals(List.of(), jobs.errors());
    // Kubernetes defaults a container's limit to the LimitRange's max when it has no default.
    PodLine driver = jobs.pods().get(0);
    assertEquals(Optional.<Cpu>of(cores(8)), driver.cpuLimit());
    assertEquals(Optional.of("defaulted by LimitRange bounds from its max"), driver.cpuLimitFrom());
    assertEquals(cores(24), jobs.atMin().limitsCpu());
  }
}
