package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Footprint;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Pod sizes from the effective configuration, with Spark's formula worked by hand in each comment. */
class EffectiveConfTest {
  private static SparkApp app() {
    return sparkApp("job").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("com.example.Job")
        .mainApplicationFile("local:///opt/job.jar");
  }

  private static SparkApp py() {
    return sparkApp("job").type(PYTHON).sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .mainApplicationFile("local:///opt/job.py");
  }

  private static Stack stack(SparkApp app) {
    return dev.sparkform.dsl.Dsl.stack("s").namespace("jobs").add(app);
  }

  private static EffectiveConf conf(SparkApp app) {
    return EffectiveConf.of(stack(app), app);
  }

  private static String problems(SparkApp app) {
    return assertThrows(ValidationException.class, () -> conf(app)).getMessage();
  }

  // ---- Spark's formula, typed

  @Test
  void overheadIsTenPercentForJvmAppsWithA384MibFloor() {
    // 512 MiB × 0.1 = 51 MiB < 384 → 384; pod = 512 + 384 = 896 MiB
    assertEquals(mib(896), conf(app().driver(driver().memory(mib(512)))).driver().memory());
    // 8 GiB = 8192 MiB × 0.1 = 819.2 → 819 MiB; pod = 9011 MiB
    assertEquals(mib(9011), conf(app().executor(executor().memory(gib(8)))).executor().memory());
    // default memory 1 GiB: 102 MiB < 384 → 384; pod 1408 MiB
    assertEquals(mib(1408), conf(app()).driver().memory());
  }

  @Test
  void overheadIsFortyPercentForPythonUnlessSet() {
    // 4096 × 0.4 = 1638.4 → 1638; pod 5734
    assertEquals(mib(5734), conf(py().executor(executor().memory(gib(4)))).executor().memory());
    // the app's factor wins over the type default (409), the pod's over the app's (819)
    assertEquals(mib(4096 + 409), conf(py().memoryOverheadFactor(0.1).executor(executor().memory(gib(4))))
        .executor().memory());
    assertEquals(mib(4096 + 819), conf(py().memoryOverheadFactor(0.1)
        .executor(executor().memory(gib(4)).memoryOverheadFactor(0.2))).executor().memory());
    // an explicit overhead wins over every factor
    assertEquals(mib(4096 + 2048), conf(py().executor(executor().memory(gib(4)).memoryOverhead(gib(2))))
        .executor().memory());
  }

  @Test
  void cpuRequestIsTheCoreRequestElseTheCores() {
    assertEquals(cores(1), conf(app()).driver().cpuRequest());
    assertEquals(cores(4), conf(app().executor(executor().cores(4))).executor().cpuRequest());
    assertEquals(millicores(3500), conf(app().executor(executor().cores(4).coreRequest(millicores(3500))))
        .executor().cpuRequest());
  }

  @Test
  void footprintCountsDriverAndMostExecutors() {
    Footprint f = conf(app().driver(driver().cores(1).memory(gib(2)))
        .executor(executor().cores(4).memory(gib(28)))
        .dynamicAllocation(dynamicAllocation().min(2).max(300))).footprint();
    // driver: 2048 MiB + 384 = 2432 MiB; executor: 28672 + 2867 = 31539 MiB
    assertEquals(mib(2432), f.driverMemory());
    assertEquals(mib(31539), f.executorMemory());
    assertEquals(cores(1201), f.cpuAt(300));
    assertEquals(mib(2432 + 300L * 31539), f.memoryAt(300));
    // 9464132 MiB = 9242.3 GiB = 9.03 TiB
    assertEquals("driver 1 cpu, 2.4Gi; executors 2..300 × 4 cpu, 30.8Gi; at most 1201 cpu, 9Ti", f.toString());
    assertEquals(2, conf(app()).footprint().minExecutors(), "Spark's default of two executors");
    assertTrue(conf(app().dynamicAllocation(dynamicAllocation())).footprint().maxExecutors().isEmpty());
  }

  // ---- the same sizes from sparkConf only

  /** The stack of the issue: sizes only in sparkConf. */
  private static SparkApp sizedByConf() {
    return app().sparkConf("spark.executor.memory", "8g").sparkConf("spark.executor.instances", "50")
        .sparkConf("spark.executor.cores", "4");
  }

  @Test
  void sizesInSparkConfSizeThePodsLikeTypedFields() {
    EffectiveConf byConf = conf(sizedByConf());
    EffectiveConf typed = conf(app().executor(executor().memory(gib(8)).instances(50).cores(4)));
    assertEquals(typed.footprint(), byConf.footprint());
    assertEquals(mib(9011), byConf.executor().memory());
    assertEquals(cores(4), byConf.executor().cpuRequest());
    assertEquals(50, byConf.footprint().minExecutors());
    assertEquals(OptionalInt.of(50), byConf.footprint().maxExecutors());
  }

  @Test
  void everyTargetExplainsFiftyExecutorPodsOf9011Mi() {
    for (Target t : Target.values()) {
      Stack s = stack(sizedByConf());
      StackCompiler.create().target(t).compile(s); // no problem on any target
      Explanation e = Explanation.of(s, t, Optional.empty()).get(0);
      PodLine executors = e.pods().get(1);
      assertEquals("executor", executors.role());
      assertEquals(50, executors.minCount(), t.cliName());
      assertEquals(OptionalInt.of(50), executors.maxCount(), t.cliName());
      assertEquals(mib(9011), executors.memoryRequest(), t.cliName());
      assertTrue(e.toText().contains("  at max 50 executors: requests cpu 201, memory 451958Mi\n"), e.toText());
    }
    Map<String, String> expected = SparkSubmitCompiler.jobs(stack(sizedByConf())).get(0).expectations();
    assertEquals("9011Mi", expected.get("executor.pod.memory"));
    assertEquals("4", expected.get("executor.pod.cpu.request"));
  }

  @Test
  void aClusterCapacityCountsInstancesFromSparkConf() {
    List<Explanation> e = Explanation.of(stack(sizedByConf()), clusterCapacity(cores(100), null));
    // 1 + 50 × 4 = 201 cpu
    assertEquals(List.of("with 50 executors the app requests cpu 201, more than the cluster capacity (cpu 100) by 101"),
        e.get(0).warnings());
  }

  @Test
  void aNamespaceQuotaCountsInstancesFromSparkConf() {
    Stack s = dev.sparkform.dsl.Dsl.stack("s").namespace("jobs").add(
        namespace("jobs").quota(quota("q").requests(cores(64), gib(256))), sizedByConf());
    NamespacePlan plan = NamespacePlan.of(s).get(0);
    // 1 + 50 × 4 = 201 cpu; 1408 + 50 × 9011 = 451958 MiB
    assertEquals(List.of("requests.cpu 201 at everyone's min already exceeds ResourceQuota q of namespace jobs"
        + " (requests.cpu 64) by 137", "requests.memory 451958Mi at everyone's min already exceeds ResourceQuota q"
        + " of namespace jobs (requests.memory 256Gi) by 189814Mi"), plan.warnings());
  }

  @Test
  void sizeStringsAreReadAsSparkReadsThem() {
    // plain number = MiB; k truncates to whole MiB; any case
    assertEquals(mib(4096 + 409), conf(app().sparkConf("spark.executor.memory", "4096")).executor().memory());
    assertEquals(mib(1 + 384), conf(app().sparkConf("spark.executor.memory", "1500k")).executor().memory());
    assertEquals(mib(2048 + 384), conf(app().sparkConf("spark.executor.memory", " 2G ")).executor().memory());
    assertEquals(mib(2048 + 1024), conf(app().sparkConf("spark.executor.memory", "2gb")
        .sparkConf("spark.executor.memoryOverhead", "1024")).executor().memory());
  }

  @Test
  void unreadableValuesAreProblemsWithTheirPath() {
    String m = problems(app().sparkConf("spark.executor.memory", "1.5g").sparkConf("spark.driver.memory", "8x")
        .sparkConf("spark.executor.cores", "four").sparkConf("spark.executor.instances", "-1")
        .sparkConf("spark.kubernetes.driver.limit.cores", "lots").sparkConf("spark.executor.memoryOverheadFactor", "0"));
    assertTrue(m.startsWith("6 problems\n"), m);
    String at = "  - stack s > spark application job: sparkConf ";
    assertTrue(m.contains(at + "spark.executor.memory \"1.5g\" is a fraction; Spark reads only whole numbers"), m);
    assertTrue(m.contains(at + "spark.driver.memory \"8x\" has an unknown unit \"x\""), m);
    assertTrue(m.contains(at + "spark.executor.cores \"four\" is not a whole number"), m);
    assertTrue(m.contains(at + "spark.executor.instances \"-1\" is negative"), m);
    assertTrue(m.contains(at + "spark.kubernetes.driver.limit.cores \"lots\" is not a CPU amount"), m);
    assertTrue(m.contains(at + "spark.executor.memoryOverheadFactor \"0\" must be more than 0"), m);
    // The same problems stop every target, not only explain.
    for (Target t : Target.values()) {
      ValidationException e = assertThrows(ValidationException.class, () -> StackCompiler.create().target(t)
          .compile(stack(app().sparkConf("spark.executor.memory", "8x"))));
      assertTrue(e.getMessage().contains(at + "spark.executor.memory \"8x\" has an unknown unit"), e.getMessage());
    }
  }

  @Test
  void theDeprecatedFactorAppliesToBothPodsUnlessARoleSetsItsOwn() {
    EffectiveConf e = conf(py().sparkConf("spark.kubernetes.memoryOverheadFactor", "0.3")
        .sparkConf("spark.driver.memory", "2048m").sparkConf("spark.executor.memory", "6g")
        .sparkConf("spark.executor.memoryOverheadFactor", "0.2"));
    // driver: 2048 × 0.3 = 614.4 → 614; executor: 6144 × 0.2 = 1228.8 → 1228
    assertEquals(mib(2048 + 614), e.driver().memory());
    assertEquals(mib(6144 + 1228), e.executor().memory());
    assertEquals("0.3", e.settings().get("spark.driver.memoryOverheadFactor").value());
    assertEquals("Spark's default: spark.kubernetes.memoryOverheadFactor",
        e.settings().get("spark.driver.memoryOverheadFactor").because());
  }

  @Test
  void offHeapAndPySparkMemoryAddToTheExecutorPod() {
    // off-heap size is in bytes when plain: 536870912 = 512 MiB; PySpark memory counts for Python apps only
    SparkApp withExtras = py().sparkConf("spark.memory.offHeap.enabled", "true")
        .sparkConf("spark.memory.offHeap.size", "536870912").sparkConf("spark.executor.pyspark.memory", "1g");
    assertEquals(mib(1024 + 409 + 512 + 1024), conf(withExtras).executor().memory());
    assertEquals(mib(1408), conf(app().sparkConf("spark.executor.pyspark.memory", "1g")).executor().memory());
    assertEquals(mib(1408), conf(app().sparkConf("spark.memory.offHeap.size", "1g")).executor().memory(),
        "off-heap memory counts only when enabled");
  }

  @Test
  void gpusFromSparkConfOrTypedFields() {
    PodSize byConf = conf(app().sparkConf("spark.executor.resource.gpu.amount", "2")
        .sparkConf("spark.executor.resource.gpu.vendor", "nvidia.com")).executor();
    assertEquals(Optional.of("nvidia.com/gpu"), byConf.gpuResource());
    assertEquals(2, byConf.gpus());
    PodSize typed = conf(app().executor(executor().gpus("nvidia.com/gpu", 2))).executor();
    assertEquals(byConf, typed);
    assertTrue(problems(app().sparkConf("spark.driver.resource.gpu.amount", "1")).contains(
        "sparkConf spark.driver.resource.gpu.amount \"1\" is set without spark.driver.resource.gpu.vendor"));
  }

  @Test
  void dynamicAllocationFromSparkConf() {
    Footprint f = conf(app().sparkConf("spark.dynamicAllocation.enabled", "true")
        .sparkConf("spark.dynamicAllocation.minExecutors", "2").sparkConf("spark.dynamicAllocation.maxExecutors", "20")
        .sparkConf("spark.executor.instances", "50")).footprint();
    assertEquals(2, f.minExecutors());
    assertEquals(OptionalInt.of(20), f.maxExecutors(), "with dynamic allocation instances only sets the initial count");
    assertTrue(conf(app().sparkConf("spark.dynamicAllocation.enabled", "TRUE")).footprint().maxExecutors().isEmpty());
    String m = problems(app().sparkConf("spark.dynamicAllocation.enabled", "true")
        .sparkConf("spark.dynamicAllocation.minExecutors", "5").sparkConf("spark.dynamicAllocation.maxExecutors", "2"));
    assertTrue(m.contains("spark.dynamicAllocation.minExecutors 5 exceeds spark.dynamicAllocation.maxExecutors 2"), m);
    assertTrue(problems(app().sparkConf("spark.dynamicAllocation.enabled", "yes"))
        .contains("sparkConf spark.dynamicAllocation.enabled \"yes\" is not true or false"));
  }

  // ---- one rule for contradictions, on every target

  @Test
  void aSparkConfContradictingATypedFieldIsAProblemOnEveryTarget() {
    Stack s = stack(app().executor(executor().memory(gib(4))).sparkConf("spark.executor.memory", "2g"));
    for (Target t : Target.values()) {
      ValidationException e = assertThrows(ValidationException.class, () -> StackCompiler.create().target(t).compile(s),
          t.cliName());
      assertEquals("1 problem\n  - stack s > spark application job: sparkConf spark.executor.memory=2g contradicts"
          + " executor.memory (4g); set it in one place", e.getMessage(), t.cliName());
    }
    // the same size written another way is no contradiction
    StackCompiler.create().compile(stack(app().executor(executor().memory(gib(4)))
        .sparkConf("spark.executor.memory", "4096m")));
  }

  // ---- what the kubeflow operator's webhook refuses

  @Test
  void kubeflowRefusesTheWebhookKeysNamingTheTypedFieldToUse() {
    for (String key : KubeflowRefusedKeys.KEYS.keySet()) {
      // a value no typed field contradicts: the app's own image, the derived service account's name
      String value = key.endsWith("container.image") ? "apache/spark:4.0.1"
          : key.endsWith("driver.serviceAccountName") ? "job" : "x";
      Stack s = stack(app().sparkConf(key, value));
      ValidationException e = assertThrows(ValidationException.class, () -> StackCompiler.create().compile(s), key);
      assertTrue(e.getMessage().startsWith("1 problem\n  - stack s > spark application job: sparkConf " + key
          + " is refused by the kubeflow operator's webhook (v2.5.2 and later): "), e.getMessage());
      // the Apache operator and spark-submit take these keys as the normal way to set the values
      StackCompiler.create().target(Target.APACHE).compile(s);
      StackCompiler.create().target(Target.SPARK_SUBMIT).compile(s);
    }
    assertEquals(13, KubeflowRefusedKeys.KEYS.size());
    String image = assertThrows(ValidationException.class, () -> StackCompiler.create()
        .compile(stack(app().sparkConf("spark.kubernetes.executor.container.image", "apache/spark:4.0.1")))).getMessage();
    assertTrue(image.endsWith(": use executor().image(..)"), image);
    // the namespace: accepted when it is the app's own, otherwise a contradiction (one problem)
    StackCompiler.create().compile(stack(app().sparkConf("spark.kubernetes.namespace", "jobs")));
    String ns = assertThrows(ValidationException.class, () -> StackCompiler.create()
        .compile(stack(app().sparkConf("spark.kubernetes.namespace", "kube-system")))).getMessage();
    assertEquals("1 problem\n  - stack s > spark application job: sparkConf spark.kubernetes.namespace=kube-system"
        + " contradicts namespace (jobs); set it in one place", ns);
    assertEquals(Optional.empty(), KubeflowRefusedKeys.refusal("spark.kubernetes.namespace", "jobs", "jobs"));
    assertTrue(KubeflowRefusedKeys.refusal("spark.kubernetes.namespace", "x", "jobs").isPresent());
  }
}
