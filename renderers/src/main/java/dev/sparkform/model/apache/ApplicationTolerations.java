package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How the operator restarts, times out, sizes and cleans up an application.
 *
 * <p>CRD path: {@code SparkApplication.spec.applicationTolerations}.
 */
public class ApplicationTolerations {
  @JsonProperty("applicationTimeoutConfig")
  private ApplicationTimeoutConfig applicationTimeoutConfig;

  @JsonProperty("instanceConfig")
  private ExecutorInstanceConfig instanceConfig;

  @JsonProperty("resourceRetainDurationMillis")
  private Long resourceRetainDurationMillis;

  @JsonProperty("resourceRetainPolicy")
  private String resourceRetainPolicy;

  @JsonProperty("restartConfig")
  private RestartConfig restartConfig;

  @JsonProperty("ttlAfterStopMillis")
  private Long ttlAfterStopMillis;

  public ApplicationTolerations() {}

  public ApplicationTimeoutConfig getApplicationTimeoutConfig() {
    return applicationTimeoutConfig;
  }

  public void setApplicationTimeoutConfig(ApplicationTimeoutConfig applicationTimeoutConfig) {
    this.applicationTimeoutConfig = applicationTimeoutConfig;
  }

  public ApplicationTolerations withApplicationTimeoutConfig(ApplicationTimeoutConfig applicationTimeoutConfig) {
    setApplicationTimeoutConfig(applicationTimeoutConfig);
    return this;
  }

  public ExecutorInstanceConfig getInstanceConfig() {
    return instanceConfig;
  }

  public void setInstanceConfig(ExecutorInstanceConfig instanceConfig) {
    this.instanceConfig = instanceConfig;
  }

  public ApplicationTolerations withInstanceConfig(ExecutorInstanceConfig instanceConfig) {
    setInstanceConfig(instanceConfig);
    return this;
  }

  public Long getResourceRetainDurationMillis() {
    return resourceRetainDurationMillis;
  }

  public void setResourceRetainDurationMillis(Long resourceRetainDurationMillis) {
    this.resourceRetainDurationMillis = resourceRetainDurationMillis;
  }

  public ApplicationTolerations withResourceRetainDurationMillis(Long resourceRetainDurationMillis) {
    setResourceRetainDurationMillis(resourceRetainDurationMillis);
    return this;
  }

  public String getResourceRetainPolicy() {
    return resourceRetainPolicy;
  }

  public void setResourceRetainPolicy(String resourceRetainPolicy) {
    this.resourceRetainPolicy = resourceRetainPolicy;
  }

  public ApplicationTolerations withResourceRetainPolicy(String resourceRetainPolicy) {
    setResourceRetainPolicy(resourceRetainPolicy);
    return this;
  }

  public RestartConfig getRestartConfig() {
    return restartConfig;
  }

  public void setRestartConfig(RestartConfig restartConfig) {
    this.restartConfig = restartConfig;
  }

  public ApplicationTolerations withRestartConfig(RestartConfig restartConfig) {
    setRestartConfig(restartConfig);
    return this;
  }

  public Long getTtlAfterStopMillis() {
    return ttlAfterStopMillis;
  }

  public void setTtlAfterStopMillis(Long ttlAfterStopMillis) {
    this.ttlAfterStopMillis = ttlAfterStopMillis;
  }

  public ApplicationTolerations withTtlAfterStopMillis(Long ttlAfterStopMillis) {
    setTtlAfterStopMillis(ttlAfterStopMillis);
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
    ApplicationTolerations that = (ApplicationTolerations) o;
    return Objects.equals(applicationTimeoutConfig, that.applicationTimeoutConfig)
        && Objects.equals(instanceConfig, that.instanceConfig)
        && Objects.equals(resourceRetainDurationMillis, that.resourceRetainDurationMillis)
        && Objects.equals(resourceRetainPolicy, that.resourceRetainPolicy)
        && Objects.equals(restartConfig, that.restartConfig)
        && Objects.equals(ttlAfterStopMillis, that.ttlAfterStopMillis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(applicationTimeoutConfig, instanceConfig, resourceRetainDurationMillis, resourceRetainPolicy, restartConfig, ttlAfterStopMillis);
  }

  @Override
  public String toString() {
    return "ApplicationTolerations{applicationTimeoutConfig=" + applicationTimeoutConfig
        + ", instanceConfig=" + instanceConfig
        + ", resourceRetainDurationMillis=" + resourceRetainDurationMillis
        + ", resourceRetainPolicy=" + resourceRetainPolicy
        + ", restartConfig=" + restartConfig
        + ", ttlAfterStopMillis=" + ttlAfterStopMillis + "}";
  }
}
