package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Metrics of a Spark app as the kubeflow operator exposes them: {@code monitoring().exposeDriverMetrics(true)
 * .exposeExecutorMetrics(true).prometheus(prometheusExporter("/prometheus/jmx_prometheus_javaagent-0.11.0.jar"))}.
 * Spark's own Prometheus servlet needs no operator support: set it with {@code sparkConf}.
 */
@Value.Immutable
public abstract class Monitoring {
  @Value.Default
  public boolean exposeDriverMetrics() {
    return false;
  }

  @Value.Default
  public boolean exposeExecutorMetrics() {
    return false;
  }

  /** Content of a {@code metrics.properties} for Spark's metric system. */
  public abstract Optional<String> metricsProperties();

  /** Path of a {@code metrics.properties} in the image. */
  public abstract Optional<String> metricsPropertiesFile();

  public abstract Optional<PrometheusExporter> prometheus();

  public Monitoring exposeDriverMetrics(boolean expose) {
    return ImmutableMonitoring.builder().from(this).exposeDriverMetrics(expose).build();
  }

  public Monitoring exposeExecutorMetrics(boolean expose) {
    return ImmutableMonitoring.builder().from(this).exposeExecutorMetrics(expose).build();
  }

  public Monitoring metricsProperties(String content) {
    return ImmutableMonitoring.builder().from(this).metricsProperties(content).build();
  }

  public Monitoring metricsPropertiesFile(String path) {
    return ImmutableMonitoring.builder().from(this).metricsPropertiesFile(path).build();
  }

  public Monitoring prometheus(PrometheusExporter exporter) {
    return ImmutableMonitoring.builder().from(this).prometheus(exporter).build();
  }

  static Monitoring empty() {
    return ImmutableMonitoring.builder().build();
  }

  void validate(Problems p) {
    if (!exposeDriverMetrics() && !exposeExecutorMetrics()) {
      p.add("exposes neither driver nor executor metrics (exposeDriverMetrics(true), exposeExecutorMetrics(true))");
    }
    PrometheusExporter.absolute(p, "metricsPropertiesFile", metricsPropertiesFile());
    if (metricsProperties().isPresent() && metricsPropertiesFile().isPresent()) {
      p.add("sets both metricsProperties and metricsPropertiesFile; use one");
    }
    if (prometheus().isPresent()) {
      prometheus().get().validate(p.at("prometheus"));
    }
  }
}
