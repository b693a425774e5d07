package dev.sparkform.dsl;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A long-running Spark standalone cluster managed by the Apache operator ({@code spark.apache.org/v1}
 * SparkCluster): a master and a bounded number of workers that jobs submit to.
 *
 * <pre>{@code
 * sparkCluster("shared").sparkVersion("4.0.1").image("apache/spark:4.0.1")
 *     .master(clusterNode().resources(cores(2), gib(4)))
 *     .workers(clusterNode().resources(cores(8), gib(32)))
 *     .workerInstances(2, 2, 10)
 * }</pre>
 */
@Value.Immutable
public abstract class SparkCluster implements StackResource {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  public abstract Optional<String> sparkVersion();

  public abstract Optional<String> scalaVersion();

  public abstract Optional<String> jdkVersion();

  public abstract Optional<String> image();

  @Value.Default
  public ClusterNode master() {
    return ClusterNode.empty();
  }

  @Value.Default
  public ClusterNode workers() {
    return ClusterNode.empty();
  }

  public abstract OptionalInt initWorkers();

  public abstract OptionalInt minWorkers();

  public abstract OptionalInt maxWorkers();

  public abstract Map<String, String> sparkConf();

  @Override
  public String kind() {
    return "SparkCluster";
  }

  @Override
  public boolean namespaced() {
    return true;
  }

  public SparkCluster namespace(String namespace) {
    return ImmutableSparkCluster.builder().from(this).namespace(namespace).build();
  }

  public SparkCluster label(String key, String value) {
    return ImmutableSparkCluster.builder().from(this).putLabels(key, value).build();
  }

  public SparkCluster annotation(String key, String value) {
    return ImmutableSparkCluster.builder().from(this).putAnnotations(key, value).build();
  }

  public SparkCluster sparkVersion(String version) {
    return ImmutableSparkCluster.builder().from(this).sparkVersion(version).build();
  }

  public SparkCluster scalaVersion(String version) {
    return ImmutableSparkCluster.builder().from(this).scalaVersion(version).build();
  }

  public SparkCluster jdkVersion(String version) {
    return ImmutableSparkCluster.builder().from(this).jdkVersion(version).build();
  }

  public SparkCluster image(String image) {
    return ImmutableSparkCluster.builder().from(this).image(image).build();
  }

  public SparkCluster master(ClusterNode master) {
    return ImmutableSparkCluster.builder().from(this).master(master).build();
  }

  public SparkCluster workers(ClusterNode workers) {
    return ImmutableSparkCluster.builder().from(this).workers(workers).build();
  }

  /** Workers at start, and the bounds the operator scales between. */
  public SparkCluster workerInstances(int init, int min, int max) {
    return ImmutableSparkCluster.builder().from(this).initWorkers(init).minWorkers(min).maxWorkers(max).build();
  }

  public SparkCluster sparkConf(String key, String value) {
    return ImmutableSparkCluster.builder().from(this).putSparkConf(key, value).build();
  }

  static SparkCluster named(String name) {
    return ImmutableSparkCluster.builder().name(name).build();
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.DNS_LABEL);
    SparkVersions.check(p, sparkVersion());
    Images.check(p, "image", image());
    master().validate(p.at("master"));
    workers().validate(p.at("workers"));
    Ranges.pods(p, "initWorkers", initWorkers());
    Ranges.pods(p, "minWorkers", minWorkers());
    Ranges.pods(p, "maxWorkers", maxWorkers());
    if (minWorkers().isPresent() && maxWorkers().isPresent() && minWorkers().getAsInt() > maxWorkers().getAsInt()) {
      p.add("minWorkers %d exceeds maxWorkers %d", minWorkers().getAsInt(), maxWorkers().getAsInt());
    }
    if (initWorkers().isPresent() && minWorkers().isPresent() && maxWorkers().isPresent()
        && (initWorkers().getAsInt() < minWorkers().getAsInt() || initWorkers().getAsInt() > maxWorkers().getAsInt())) {
      p.add("initWorkers %d is outside %d..%d", initWorkers().getAsInt(), minWorkers().getAsInt(),
          maxWorkers().getAsInt());
    }
    SparkApp.nonSparkKeys(p, sparkConf());
    validateAutoscaling(p);
  }

  // ---- apache operator features

  /**
   * How the workers scale between {@code minWorkers} and {@code maxWorkers} (explicit interop: the
   * CRD embeds a HorizontalPodAutoscaler spec; the operator sets its replica bounds and target).
   */
  public abstract Optional<io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec> workerAutoscaling();

  public SparkCluster workerAutoscaling(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec spec) {
    return ImmutableSparkCluster.builder().from(this).workerAutoscaling(spec).build();
  }

  private void validateAutoscaling(Problems p) {
    if (workerAutoscaling().isEmpty()) {
      return;
    }
    if (minWorkers().isEmpty() || maxWorkers().isEmpty() || minWorkers().getAsInt() >= maxWorkers().getAsInt()) {
      p.add("workerAutoscaling needs room to scale: workerInstances(init, min, max) with min below max");
    }
    var hpa = workerAutoscaling().get();
    if (hpa.getMinReplicas() != null || hpa.getMaxReplicas() != null || hpa.getScaleTargetRef() != null) {
      p.add("workerAutoscaling: minReplicas, maxReplicas and scaleTargetRef are set by the operator"
          + " (from workerInstances and the workers' StatefulSet); leave them out");
    }
  }
}
