package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * When and how often the operator restarts an application, with backoffs in milliseconds.
 *
 * <p>CRD path: {@code SparkApplication.spec.applicationTolerations.restartConfig}.
 */
public class RestartConfig {
  @JsonProperty("maxRestartAttempts")
  private Long maxRestartAttempts;

  @JsonProperty("maxRestartOnFailure")
  private Long maxRestartOnFailure;

  @JsonProperty("maxRestartOnSchedulingFailure")
  private Long maxRestartOnSchedulingFailure;

  @JsonProperty("restartBackoffMillis")
  private Long restartBackoffMillis;

  @JsonProperty("restartBackoffMillisForFailure")
  private Long restartBackoffMillisForFailure;

  @JsonProperty("restartBackoffMillisForSchedulingFailure")
  private Long restartBackoffMillisForSchedulingFailure;

  @JsonProperty("restartCounterResetMillis")
  private Long restartCounterResetMillis;

  @JsonProperty("restartPolicy")
  private String restartPolicy;

  public RestartConfig() {}

  public Long getMaxRestartAttempts() {
    return maxRestartAttempts;
  }

  public void setMaxRestartAttempts(Long maxRestartAttempts) {
    this.maxRestartAttempts = maxRestartAttempts;
  }

  public RestartConfig withMaxRestartAttempts(Long maxRestartAttempts) {
    setMaxRestartAttempts(maxRestartAttempts);
    return this;
  }

  public Long getMaxRestartOnFailure() {
    return maxRestartOnFailure;
  }

  public void setMaxRestartOnFailure(Long maxRestartOnFailure) {
    this.maxRestartOnFailure = maxRestartOnFailure;
  }

  public RestartConfig withMaxRestartOnFailure(Long maxRestartOnFailure) {
    setMaxRestartOnFailure(maxRestartOnFailure);
    return this;
  }

  public Long getMaxRestartOnSchedulingFailure() {
    return maxRestartOnSchedulingFailure;
  }

  public void setMaxRestartOnSchedulingFailure(Long maxRestartOnSchedulingFailure) {
    this.maxRestartOnSchedulingFailure = maxRestartOnSchedulingFailure;
  }

  public RestartConfig withMaxRestartOnSchedulingFailure(Long maxRestartOnSchedulingFailure) {
    setMaxRestartOnSchedulingFailure(maxRestartOnSchedulingFailure);
    return this;
  }

  public Long getRestartBackoffMillis() {
    return restartBackoffMillis;
  }

  public void setRestartBackoffMillis(Long restartBackoffMillis) {
    this.restartBackoffMillis = restartBackoffMillis;
  }

  public RestartConfig withRestartBackoffMillis(Long restartBackoffMillis) {
    setRestartBackoffMillis(restartBackoffMillis);
    return this;
  }

  public Long getRestartBackoffMillisForFailure() {
    return restartBackoffMillisForFailure;
  }

  public void setRestartBackoffMillisForFailure(Long restartBackoffMillisForFailure) {
    this.restartBackoffMillisForFailure = restartBackoffMillisForFailure;
  }

  public RestartConfig withRestartBackoffMillisForFailure(Long restartBackoffMillisForFailure) {
    setRestartBackoffMillisForFailure(restartBackoffMillisForFailure);
    return this;
  }

  public Long getRestartBackoffMillisForSchedulingFailure() {
    return restartBackoffMillisForSchedulingFailure;
  }

  public void setRestartBackoffMillisForSchedulingFailure(Long restartBackoffMillisForSchedulingFailure) {
    this.restartBackoffMillisForSchedulingFailure = restartBackoffMillisForSchedulingFailure;
  }

  public RestartConfig withRestartBackoffMillisForSchedulingFailure(Long restartBackoffMillisForSchedulingFailure) {
    setRestartBackoffMillisForSchedulingFailure(restartBackoffMillisForSchedulingFailure);
    return this;
  }

  public Long getRestartCounterResetMillis() {
    return restartCounterResetMillis;
  }

  public void setRestartCounterResetMillis(Long restartCounterResetMillis) {
    this.restartCounterResetMillis = restartCounterResetMillis;
  }

  public RestartConfig withRestartCounterResetMillis(Long restartCounterResetMillis) {
    setRestartCounterResetMillis(restartCounterResetMillis);
    return this;
  }

  public String getRestartPolicy() {
    return restartPolicy;
  }

  public void setRestartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
  }

  public RestartConfig withRestartPolicy(String restartPolicy) {
    setRestartPolicy(restartPolicy);
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
    RestartConfig that = (RestartConfig) o;
    return Objects.equals(maxRestartAttempts, that.maxRestartAttempts)
        && Objects.equals(maxRestartOnFailure, that.maxRestartOnFailure)
        && Objects.equals(maxRestartOnSchedulingFailure, that.maxRestartOnSchedulingFailure)
        && Objects.equals(restartBackoffMillis, that.restartBackoffMillis)
        && Objects.equals(restartBackoffMillisForFailure, that.restartBackoffMillisForFailure)
        && Objects.equals(restartBackoffMillisForSchedulingFailure, that.restartBackoffMillisForSchedulingFailure)
        && Objects.equals(restartCounterResetMillis, that.restartCounterResetMillis)
        && Objects.equals(restartPolicy, that.restartPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRestartAttempts, maxRestartOnFailure, maxRestartOnSchedulingFailure, restartBackoffMillis, restartBackoffMillisForFailure, restartBackoffMillisForSchedulingFailure, restartCounterResetMillis, restartPolicy);
  }

  @Override
  public String toString() {
    return "RestartConfig{maxRestartAttempts=" + maxRestartAttempts
        + ", maxRestartOnFailure=" + maxRestartOnFailure
        + ", maxRestartOnSchedulingFailure=" + maxRestartOnSchedulingFailure
        + ", restartBackoffMillis=" + restartBackoffMillis
        + ", restartBackoffMillisForFailure=" + restartBackoffMillisForFailure
        + ", restartBackoffMillisForSchedulingFailure=" + restartBackoffMillisForSchedulingFailure
        + ", restartCounterResetMillis=" + restartCounterResetMillis
        + ", restartPolicy=" + restartPolicy + "}";
  }
}
