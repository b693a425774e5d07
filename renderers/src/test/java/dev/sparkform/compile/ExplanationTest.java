package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.SparkProperties.Origin;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private static SparkApp app() {
    return sparkApp("job").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("com.example.Job")
        .mainApplicationFile("local:///opt/job.jar");
  }

  @Test
  void everyKeyHasItsOriginIncludingSparksDefaults() {
    Explanation e = Explanation.of(stack("s").namespace("jobs").add(app().executor(executor().memory(gib(4)))
        .sparkConf("spark.sql.shuffle.partitions", "10"))).get(0);
    assertEquals(Origin.TYPED, e.settings().get("spark.executor.memory").origin());
    assertEquals("executor.memory", e.settings().get("spark.executor.memory").because());
    assertEquals(Origin.USER, e.settings().get("spark.sql.shuffle.partitions").origin());
    assertEquals(Origin.SPARK_DEFAULT, e.settings().get("spark.driver.memory").origin());
    assertEquals("1g", e.settings().get("spark.driver.memory").value());
    assertEquals("2", e.settings().get("spark.executor.instances").value());
    assertEquals("jobs", e.settings().get("spark.kubernetes.namespace").value());
  }

  @Test
  void pythonAppsGetSparksNonJvmOverheadFactor() {
    Explanation e = Explanation.of(stack("s").namespace("jobs").add(sparkApp("py").type(PYTHON).sparkVersion("4.0.1")
        .image("apache/spark:4.0.1").mainApplicationFile("local:///opt/job.py"))).get(0);
    assertEquals("0.4", e.settings().get("spark.executor.memoryOverheadFactor").value());
  }

  @Test
  void quotasAreCheckedPerNamespaceNotPerApp() {
    Stack s = stack("s").namespace("jobs").add(
        namespace("jobs").quota(quota("q").requests(cores(10), gib(20)).limits(cores(20), gib(20))),
        app().executor(executor().cores(2).memory(gib(4))).dynamicAllocation(dynamicAllocation().min(1).max(5)));
    // The app's own warnings no longer repeat the quota: its namespace's section has it (NamespacePlanTest).
    assertEquals(List.of(), Explanation.of(s).get(0).warnings());
    assertTrue(Explanation.report(s).contains(
        "warning: requests.cpu 11 at everyone's max exceeds ResourceQuota q of namespace jobs (requests.cpu 10) by 1\n"));
  }

  @Test
  void unboundedDynamicAllocationIsAWarning() {
    Stack s = stack("s").namespace("jobs").add(app().dynamicAllocation(dynamicAllocation().min(1)));
    assertTrue(Explanation.of(s).get(0).warnings().get(0).contains("no maxExecutors"));
  }
}
