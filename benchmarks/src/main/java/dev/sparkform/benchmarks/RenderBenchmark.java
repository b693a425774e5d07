package dev.sparkform.benchmarks;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Scheduling;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import dev.sparkform.render.Format;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm, in-process throughput of the two stages a render runs, for N Spark apps in one stack (the
 * workload of bench/SparkApps.java: per app a SparkApplication with node selector and tolerations
 * and its derived ServiceAccount, Role and RoleBinding), and of fabric8's own YAML writer on the
 * same objects as the reference. Cold, whole-process figures are bench/compare-cdk8s.sh's.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar} (JMH options after it, e.g. {@code -p apps=1000}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
  private static final Scheduling POOL = scheduling()
      .nodeSelector("node-pool", "spark")
      .tolerations(tolerate("dedicated", "spark", NO_SCHEDULE));

  @Param({"1", "1000"})
  public int apps;

  private Stack stack;
  private List<HasMetadata> objects;
  private final KubernetesSerialization fabric8 = new KubernetesSerialization();

  @Setup
  public void setUp() {
    List<StackResource> resources = new ArrayList<>();
    for (int i = 0; i < apps; i++) {
      resources.add(sparkApp("app-" + i).type(SCALA).mode(CLUSTER).sparkVersion("4.0.1")
          .image("apache/spark:4.0.1").mainClass("org.apache.spark.examples.SparkPi")
          .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_2.13-4.0.1.jar")
          .scheduling(POOL)
          .driver(driver().cores(1).memory(mib(512)))
          .executor(executor().instances(2).cores(1).memory(gib(1))));
    }
    stack = stack("bench").namespace("spark-jobs").add(resources.toArray(new StackResource[0]));
    objects = StackCompiler.create().compile(stack);
  }

  /** Validate and compile the stack to objects, then write them as YAML: what {@code render} does. */
  @Benchmark
  public String compileAndRender() {
    return Format.YAML.render(StackCompiler.create().compile(stack));
  }

  /** Validate and compile only. */
  @Benchmark
  public List<HasMetadata> compile() {
    return StackCompiler.create().compile(stack);
  }

  /** Write the compiled objects as YAML only. */
  @Benchmark
  public String render() {
    return Format.YAML.render(objects);
  }

  /** fabric8's {@code asYaml} of the same objects (it writes empty fields and no fixed order). */
  @Benchmark
  public String fabric8AsYaml() {
    StringBuilder sb = new StringBuilder();
    for (HasMetadata o : objects) {
      sb.append(fabric8.asYaml(o));
    }
    return sb.toString();
  }
}
