package dev.sparkform.conformance;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.dsl.Stack;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every upstream kubeflow spark-operator example, written with the DSL and held to the upstream
 * document by {@link KubeflowConformance}. Coverage is counted honestly: the examples written here
 * plus the documented {@link #UNCOVERED} ones must be exactly the files upstream ships.
 */
class KubeflowExamplesTest {
  private static final String IMAGE = "docker.io/apache/spark:4.0.4";
  private static final String SPARK_VERSION = "4.0.4";
  private static final String EXAMPLES_JAR = "local:///opt/spark/examples/jars/spark-examples.jar";
  private static final String SPARK_PI = "org.apache.spark.examples.SparkPi";
  /** The service account the operator's Helm chart creates for Spark apps. */
  private static final String OPERATOR_SA = "spark-operator-spark";

  /** Examples the DSL cannot yet express, each with the reason. */
  static final Map<String, String> UNCOVERED = Map.ofEntries(
      Map.entry("spark-pi-custom-resource.yaml", "coreRequest \"0.5\" renders as 500m"),
      Map.entry("spark-pi-kube-scheduler.yaml", "no typed batchScheduler"),
      Map.entry("spark-pi-volcano.yaml", "no typed batchScheduler"),
      Map.entry("spark-pi-yunikorn.yaml", "no typed batchScheduler and its options"),
      Map.entry("spark-pi-pod-template.yaml", "no typed pod template"),
      Map.entry("spark-pi-prometheus.yaml", "no typed monitoring"),
      Map.entry("spark-pi-prometheus-servlet.yaml", "no typed pythonVersion"),
      Map.entry("spark-pi-python.yaml", "no typed pythonVersion"));

  /** Each covered example file and the stack that renders it. */
  static final Map<String, Supplier<Stack>> EXAMPLES = examples();

  private static Map<String, Supplier<Stack>> examples() {
    Map<String, Supplier<Stack>> m = new LinkedHashMap<>();
    m.put("spark-pi.yaml", () -> stack(pi("spark-pi").arguments("5000")
        .driver(restrictedDriver().label("version", "4.0.0"))
        .executor(restrictedExecutor(1).label("version", "4.0.0"))));
    m.put("fail-application.yaml", () -> stack(sparkApp("fail-submission").type(SCALA).mode(CLUSTER)
        .image("apache/spark:4.0.4").imagePullPolicy(IF_NOT_PRESENT)
        .mainClass("non-existent").mainApplicationFile("local:///non-existent.jar").sparkVersion(SPARK_VERSION)
        .restartPolicy(onFailure(3, Duration.ofSeconds(1)))
        .driver(driver().label("version", "4.0.0").cores(1).memory(mib(512)))
        .executor(executor().label("version", "4.0.0").instances(1).cores(1).memory(mib(512)))
));
    m.put("fail-submission.yaml", () -> stack(sparkApp("fail-submission").type(SCALA).mode(CLUSTER)
        .image("apache/spark:4.0.4").imagePullPolicy(IF_NOT_PRESENT)
        .mainClass("dummy").mainApplicationFile("local:///dummy.jar").sparkVersion(SPARK_VERSION)
        .restartPolicy(onFailure().submissionRetries(3, Duration.ofSeconds(1)))
        .driver(driver().label("version", "4.0.0").cores(1).memory(mib(512)))
        .executor(executor().label("version", "4.0.0").instances(1).cores(1).memory(mib(512))),
        // a service account that does not exist is what makes the submission fail
        "non-existent"));
    m.put("spark-pi-configmap.yaml", () -> {
      var config = configMapVolume("config-vol", "test-configmap", "/opt/spark/config");
      return stack(pi("spark-pi-configmap").restartPolicy(never())
          .driver(restrictedDriver().volumes(config))
          .executor(restrictedExecutor(1).volumes(config)));
    });
    m.put("spark-pi-dynamic-allocation.yaml", () -> stack(pi("spark-pi-dynamic-allocation")
        .driver(restrictedDriver()).executor(restrictedExecutor(1))
        .dynamicAllocation(dynamicAllocation().initial(2).min(1).max(5))));
    m.put("spark-pi-emptydir.yaml", () -> {
      var scratch = emptyDir("spark-local-dir-1", "/datadir").inMemory().sizeLimit(gib(1));
      return stack(pi("spark-pi").arguments("5000")
          .driver(restrictedDriver().label("version", "4.0.0").volumes(scratch))
          .executor(restrictedExecutor(1).label("version", "4.0.0").volumes(scratch)));
    });
    m.put("spark-pi-scheduled.yaml", () -> stack(pi("spark-pi-scheduled").restartPolicy(never())
        .driver(restrictedDriver()).executor(restrictedExecutor(1))
        .schedule(schedule("@every 3m").concurrency(ALLOW))));
    m.put("spark-pi-ttl.yaml", () -> stack(pi("spark-pi-ttl")
        .driver(restrictedDriver()).executor(restrictedExecutor(1))
        .timeToLive(Duration.ofSeconds(30))));
    return m;
  }

  /** The SparkPi app most examples start from. */
  private static SparkApp pi(String name) {
    return sparkApp(name).type(SCALA).mode(CLUSTER).image(IMAGE).imagePullPolicy(IF_NOT_PRESENT)
        .mainClass(SPARK_PI).mainApplicationFile(EXAMPLES_JAR).sparkVersion(SPARK_VERSION);
  }

  private static SparkPod restrictedDriver() {
    return driver().cores(1).memory(mib(512)).securityContext(restricted(185, 185));
  }

  private static SparkPod restrictedExecutor(int instances) {
    return executor().instances(instances).cores(1).memory(mib(512)).securityContext(restricted(185, 185));
  }

  /** The app in namespace default, its driver run as the operator chart's service account. */
  private static Stack stack(SparkApp app) {
    return stack(app, OPERATOR_SA);
  }

  /**
   * The app in namespace default, its driver run as an existing service account (set last: a later
   * {@code driver(..)} replaces the whole driver, its service account included).
   */
  private static Stack stack(SparkApp app, String serviceAccount) {
    SparkApp runAs = serviceAccount == null ? app : app.existingServiceAccount(serviceAccount);
    return dev.sparkform.dsl.Dsl.stack("kubeflow-examples").namespace("default").add(runAs);
  }

  static Stream<String> covered() {
    return EXAMPLES.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("covered")
  void dslRendersTheUpstreamExample(String file) {
    KubeflowConformance.assertConforms(file, EXAMPLES.get(file).get());
  }

  @Test
  void everyUpstreamExampleIsCoveredOrDocumentedAsAGap() {
    Set<String> files = KubeflowConformance.exampleFiles();
    Set<String> accounted = new TreeSet<>(EXAMPLES.keySet());
    accounted.addAll(UNCOVERED.keySet());
    assertEquals(files, accounted, "covered plus UNCOVERED must be exactly the upstream kubeflow examples");
    assertEquals(Set.of(), intersection(EXAMPLES.keySet(), UNCOVERED.keySet()), "covered and uncovered at once");
    assertEquals(16, files.size(), "upstream kubeflow example files");
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> s = new TreeSet<>(a);
    s.retainAll(b);
    return s;
  }
}
