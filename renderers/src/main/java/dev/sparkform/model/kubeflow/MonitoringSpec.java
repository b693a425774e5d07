package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Metrics the driver and executors expose, optionally through the Prometheus JMX exporter.
 *
 * <p>CRD path: {@code SparkApplication.spec.monitoring}.
 */
public class MonitoringSpec {
  @JsonProperty("exposeDriverMetrics")
  private Boolean exposeDriverMetrics;

  @JsonProperty("exposeExecutorMetrics")
  private Boolean exposeExecutorMetrics;

  @JsonProperty("metricsProperties")
  private String metricsProperties;

  @JsonProperty("metricsPropertiesFile")
  private String metricsPropertiesFile;

  @JsonProperty("prometheus")
  private PrometheusSpec prometheus;

  public MonitoringSpec() {}

  public Boolean getExposeDriverMetrics() {
    return exposeDriverMetrics;
  }

  public void setExposeDriverMetrics(Boolean exposeDriverMetrics) {
    this.exposeDriverMetrics = exposeDriverMetrics;
  }

  public MonitoringSpec withExposeDriverMetrics(Boolean exposeDriverMetrics) {
    setExposeDriverMetrics(exposeDriverMetrics);
    return this;
  }

  public Boolean getExposeExecutorMetrics() {
    return exposeExecutorMetrics;
  }

  public void setExposeExecutorMetrics(Boolean exposeExecutorMetrics) {
    this.exposeExecutorMetrics = exposeExecutorMetrics;
  }

  public MonitoringSpec withExposeExecutorMetrics(Boolean exposeExecutorMetrics) {
    setExposeExecutorMetrics(exposeExecutorMetrics);
    return this;
  }

  public String getMetricsProperties() {
    return metricsProperties;
  }

  public void setMetricsProperties(String metricsProperties) {
    this.metricsProperties = metricsProperties;
  }

  public MonitoringSpec withMetricsProperties(String metricsProperties) {
    setMetricsProperties(metricsProperties);
    return this;
  }

  public String getMetricsPropertiesFile() {
    return metricsPropertiesFile;
  }

  public void setMetricsPropertiesFile(String metricsPropertiesFile) {
    this.metricsPropertiesFile = metricsPropertiesFile;
  }

  public MonitoringSpec withMetricsPropertiesFile(String metricsPropertiesFile) {
    setMetricsPropertiesFile(metricsPropertiesFile);
    return this;
  }

  public PrometheusSpec getPrometheus() {
    return prometheus;
  }

  public void setPrometheus(PrometheusSpec prometheus) {
    this.prometheus = prometheus;
  }

  public MonitoringSpec withPrometheus(PrometheusSpec prometheus) {
    setPrometheus(prometheus);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    MonitoringSpec that = (MonitoringSpec) o;
    return Objects.equals(exposeDriverMetrics, that.exposeDriverMetrics)
        && Objects.equals(exposeExecutorMetrics, that.exposeExecutorMetrics)
        && Objects.equals(metricsProperties, that.metricsProperties)
        && Objects.equals(metricsPropertiesFile, that.metricsPropertiesFile)
        && Objects.equals(prometheus, that.prometheus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exposeDriverMetrics, exposeExecutorMetrics, metricsProperties, metricsPropertiesFile, prometheus);
  }

  @Override
  public String toString() {
    return "MonitoringSpec{exposeDriverMetrics=" + exposeDriverMetrics
        + ", exposeExecutorMetrics=" + exposeExecutorMetrics
        + ", metricsProperties=" + metricsProperties
        + ", metricsPropertiesFile=" + metricsPropertiesFile
        + ", prometheus=" + prometheus + "}";
  }
}
