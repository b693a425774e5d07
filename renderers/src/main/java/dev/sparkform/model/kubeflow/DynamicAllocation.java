package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Spark dynamic allocation: executor bounds and shuffle tracking.
 *
 * <p>CRD path: {@code SparkApplication.spec.dynamicAllocation}.
 */
public class DynamicAllocation {
  @JsonProperty("enabled")
  private Boolean enabled;

  @JsonProperty("initialExecutors")
  private Integer initialExecutors;

  @JsonProperty("maxExecutors")
  private Integer maxExecutors;

  @JsonProperty("minExecutors")
  private Integer minExecutors;

  @JsonProperty("shuffleTrackingEnabled")
  private Boolean shuffleTrackingEnabled;

  @JsonProperty("shuffleTrackingTimeout")
  private Long shuffleTrackingTimeout;

  public DynamicAllocation() {}

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public DynamicAllocation withEnabled(Boolean enabled) {
    setEnabled(enabled);
    return this;
  }

  public Integer getInitialExecutors() {
    return initialExecutors;
  }

  public void setInitialExecutors(Integer initialExecutors) {
    this.initialExecutors = initialExecutors;
  }

  public DynamicAllocation withInitialExecutors(Integer initialExecutors) {
    setInitialExecutors(initialExecutors);
    return this;
  }

  public Integer getMaxExecutors() {
    return maxExecutors;
  }

  public void setMaxExecutors(Integer maxExecutors) {
    this.maxExecutors = maxExecutors;
  }

  public DynamicAllocation withMaxExecutors(Integer maxExecutors) {
    setMaxExecutors(maxExecutors);
    return this;
  }

  public Integer getMinExecutors() {
    return minExecutors;
  }

  public void setMinExecutors(Integer minExecutors) {
    this.minExecutors = minExecutors;
  }

  public DynamicAllocation withMinExecutors(Integer minExecutors) {
    setMinExecutors(minExecutors);
    return this;
  }

  public Boolean getShuffleTrackingEnabled() {
    return shuffleTrackingEnabled;
  }

  public void setShuffleTrackingEnabled(Boolean shuffleTrackingEnabled) {
    this.shuffleTrackingEnabled = shuffleTrackingEnabled;
  }

  public DynamicAllocation withShuffleTrackingEnabled(Boolean shuffleTrackingEnabled) {
    setShuffleTrackingEnabled(shuffleTrackingEnabled);
    return this;
  }

  public Long getShuffleTrackingTimeout() {
    return shuffleTrackingTimeout;
  }

  public void setShuffleTrackingTimeout(Long shuffleTrackingTimeout) {
    this.shuffleTrackingTimeout = shuffleTrackingTimeout;
  }

  public DynamicAllocation withShuffleTrackingTimeout(Long shuffleTrackingTimeout) {
    setShuffleTrackingTimeout(shuffleTrackingTimeout);
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
    DynamicAllocation that = (DynamicAllocation) o;
    return Objects.equals(enabled, that.enabled)
        && Objects.equals(initialExecutors, that.initialExecutors)
        && Objects.equals(maxExecutors, that.maxExecutors)
        && Objects.equals(minExecutors, that.minExecutors)
        && Objects.equals(shuffleTrackingEnabled, that.shuffleTrackingEnabled)
        && Objects.equals(shuffleTrackingTimeout, that.shuffleTrackingTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, initialExecutors, maxExecutors, minExecutors, shuffleTrackingEnabled, shuffleTrackingTimeout);
  }

  @Override
  public String toString() {
    return "DynamicAllocation{enabled=" + enabled
        + ", initialExecutors=" + initialExecutors
        + ", maxExecutors=" + maxExecutors
        + ", minExecutors=" + minExecutors
        + ", shuffleTrackingEnabled=" + shuffleTrackingEnabled
        + ", shuffleTrackingTimeout=" + shuffleTrackingTimeout + "}";
  }
}
