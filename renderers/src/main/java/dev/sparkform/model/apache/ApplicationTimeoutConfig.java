package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Timeouts (milliseconds) for driver and executor start-up and termination.
 *
 * <p>CRD path: {@code SparkApplication.spec.applicationTolerations.applicationTimeoutConfig}.
 */
public class ApplicationTimeoutConfig {
  @JsonProperty("driverReadyTimeoutMillis")
  private Long driverReadyTimeoutMillis;

  @JsonProperty("driverStartTimeoutMillis")
  private Long driverStartTimeoutMillis;

  @JsonProperty("executorStartTimeoutMillis")
  private Long executorStartTimeoutMillis;

  @JsonProperty("forceTerminationGracePeriodMillis")
  private Long forceTerminationGracePeriodMillis;

  @JsonProperty("terminationRequeuePeriodMillis")
  private Long terminationRequeuePeriodMillis;

  public ApplicationTimeoutConfig() {}

  public Long getDriverReadyTimeoutMillis() {
    return driverReadyTimeoutMillis;
  }

  public void setDriverReadyTimeoutMillis(Long driverReadyTimeoutMillis) {
    this.driverReadyTimeoutMillis = driverReadyTimeoutMillis;
  }

  public ApplicationTimeoutConfig withDriverReadyTimeoutMillis(Long driverReadyTimeoutMillis) {
    setDriverReadyTimeoutMillis(driverReadyTimeoutMillis);
    return this;
  }

  public Long getDriverStartTimeoutMillis() {
    return driverStartTimeoutMillis;
  }

  public void setDriverStartTimeoutMillis(Long driverStartTimeoutMillis) {
    this.driverStartTimeoutMillis = driverStartTimeoutMillis;
  }

  public ApplicationTimeoutConfig withDriverStartTimeoutMillis(Long driverStartTimeoutMillis) {
    setDriverStartTimeoutMillis(driverStartTimeoutMillis);
    return this;
  }

  public Long getExecutorStartTimeoutMillis() {
    return executorStartTimeoutMillis;
  }

  public void setExecutorStartTimeoutMillis(Long executorStartTimeoutMillis) {
    this.executorStartTimeoutMillis = executorStartTimeoutMillis;
  }

  public ApplicationTimeoutConfig withExecutorStartTimeoutMillis(Long executorStartTimeoutMillis) {
    setExecutorStartTimeoutMillis(executorStartTimeoutMillis);
    return this;
  }

  public Long getForceTerminationGracePeriodMillis() {
    return forceTerminationGracePeriodMillis;
  }

  public void setForceTerminationGracePeriodMillis(Long forceTerminationGracePeriodMillis) {
    this.forceTerminationGracePeriodMillis = forceTerminationGracePeriodMillis;
  }

  public ApplicationTimeoutConfig withForceTerminationGracePeriodMillis(Long forceTerminationGracePeriodMillis) {
    setForceTerminationGracePeriodMillis(forceTerminationGracePeriodMillis);
    return this;
  }

  public Long getTerminationRequeuePeriodMillis() {
    return terminationRequeuePeriodMillis;
  }

  public void setTerminationRequeuePeriodMillis(Long terminationRequeuePeriodMillis) {
    this.terminationRequeuePeriodMillis = terminationRequeuePeriodMillis;
  }

  public ApplicationTimeoutConfig withTerminationRequeuePeriodMillis(Long terminationRequeuePeriodMillis) {
    setTerminationRequeuePeriodMillis(terminationRequeuePeriodMillis);
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
    ApplicationTimeoutConfig that = (ApplicationTimeoutConfig) o;
    return Objects.equals(driverReadyTimeoutMillis, that.driverReadyTimeoutMillis)
        && Objects.equals(driverStartTimeoutMillis, that.driverStartTimeoutMillis)
        && Objects.equals(executorStartTimeoutMillis, that.executorStartTimeoutMillis)
        && Objects.equals(forceTerminationGracePeriodMillis, that.forceTerminationGracePeriodMillis)
        && Objects.equals(terminationRequeuePeriodMillis, that.terminationRequeuePeriodMillis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(driverReadyTimeoutMillis, driverStartTimeoutMillis, executorStartTimeoutMillis, forceTerminationGracePeriodMillis, terminationRequeuePeriodMillis);
  }

  @Override
  public String toString() {
    return "ApplicationTimeoutConfig{driverReadyTimeoutMillis=" + driverReadyTimeoutMillis
        + ", driverStartTimeoutMillis=" + driverStartTimeoutMillis
        + ", executorStartTimeoutMillis=" + executorStartTimeoutMillis
        + ", forceTerminationGracePeriodMillis=" + forceTerminationGracePeriodMillis
        + ", terminationRequeuePeriodMillis=" + terminationRequeuePeriodMillis + "}";
  }
}
