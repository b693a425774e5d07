package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * When the operator reruns an application, how often and after what interval (seconds).
 *
 * <p>CRD path: {@code SparkApplication.spec.restartPolicy}.
 */
public class RestartPolicy {
  @JsonProperty("onFailureRetries")
  private Integer onFailureRetries;

  @JsonProperty("onFailureRetryInterval")
  private Long onFailureRetryInterval;

  @JsonProperty("onSubmissionFailureRetries")
  private Integer onSubmissionFailureRetries;

  @JsonProperty("onSubmissionFailureRetryInterval")
  private Long onSubmissionFailureRetryInterval;

  @JsonProperty("type")
  private String type;

  public RestartPolicy() {}

  public Integer getOnFailureRetries() {
    return onFailureRetries;
  }

  public void setOnFailureRetries(Integer onFailureRetries) {
    this.onFailureRetries = onFailureRetries;
  }

  public RestartPolicy withOnFailureRetries(Integer onFailureRetries) {
    setOnFailureRetries(onFailureRetries);
    return this;
  }

  public Long getOnFailureRetryInterval() {
    return onFailureRetryInterval;
  }

  public void setOnFailureRetryInterval(Long onFailureRetryInterval) {
    this.onFailureRetryInterval = onFailureRetryInterval;
  }

  public RestartPolicy withOnFailureRetryInterval(Long onFailureRetryInterval) {
    setOnFailureRetryInterval(onFailureRetryInterval);
    return this;
  }

  public Integer getOnSubmissionFailureRetries() {
    return onSubmissionFailureRetries;
  }

  public void setOnSubmissionFailureRetries(Integer onSubmissionFailureRetries) {
    this.onSubmissionFailureRetries = onSubmissionFailureRetries;
  }

  public RestartPolicy withOnSubmissionFailureRetries(Integer onSubmissionFailureRetries) {
    setOnSubmissionFailureRetries(onSubmissionFailureRetries);
    return this;
  }

  public Long getOnSubmissionFailureRetryInterval() {
    return onSubmissionFailureRetryInterval;
  }

  public void setOnSubmissionFailureRetryInterval(Long onSubmissionFailureRetryInterval) {
    this.onSubmissionFailureRetryInterval = onSubmissionFailureRetryInterval;
  }

  public RestartPolicy withOnSubmissionFailureRetryInterval(Long onSubmissionFailureRetryInterval) {
    setOnSubmissionFailureRetryInterval(onSubmissionFailureRetryInterval);
    return this;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public RestartPolicy withType(String type) {
    setType(type);
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
    RestartPolicy that = (RestartPolicy) o;
    return Objects.equals(onFailureRetries, that.onFailureRetries)
        && Objects.equals(onFailureRetryInterval, that.onFailureRetryInterval)
        && Objects.equals(onSubmissionFailureRetries, that.onSubmissionFailureRetries)
        && Objects.equals(onSubmissionFailureRetryInterval, that.onSubmissionFailureRetryInterval)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(onFailureRetries, onFailureRetryInterval, onSubmissionFailureRetries, onSubmissionFailureRetryInterval, type);
  }

  @Override
  public String toString() {
    return "RestartPolicy{onFailureRetries=" + onFailureRetries
        + ", onFailureRetryInterval=" + onFailureRetryInterval
        + ", onSubmissionFailureRetries=" + onSubmissionFailureRetries
        + ", onSubmissionFailureRetryInterval=" + onSubmissionFailureRetryInterval
        + ", type=" + type + "}";
  }
}
