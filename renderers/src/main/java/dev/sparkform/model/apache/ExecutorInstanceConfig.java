package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Executor counts the operator expects: initial, minimum, maximum.
 *
 * <p>CRD path: {@code SparkApplication.spec.applicationTolerations.instanceConfig}.
 */
public class ExecutorInstanceConfig {
  @JsonProperty("initExecutors")
  private Integer initExecutors;

  @JsonProperty("maxExecutors")
  private Integer maxExecutors;

  @JsonProperty("minExecutors")
  private Integer minExecutors;

  public ExecutorInstanceConfig() {}

  public Integer getInitExecutors() {
    return initExecutors;
  }

  public void setInitExecutors(Integer initExecutors) {
    this.initExecutors = initExecutors;
  }

  public ExecutorInstanceConfig withInitExecutors(Integer initExecutors) {
    setInitExecutors(initExecutors);
    return this;
  }

  public Integer getMaxExecutors() {
    return maxExecutors;
  }

  public void setMaxExecutors(Integer maxExecutors) {
    this.maxExecutors = maxExecutors;
  }

  public ExecutorInstanceConfig withMaxExecutors(Integer maxExecutors) {
    setMaxExecutors(maxExecutors);
    return this;
  }

  public Integer getMinExecutors() {
    return minExecutors;
  }

  public void setMinExecutors(Integer minExecutors) {
    this.minExecutors = minExecutors;
  }

  public ExecutorInstanceConfig withMinExecutors(Integer minExecutors) {
    setMinExecutors(minExecutors);
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
    ExecutorInstanceConfig that = (ExecutorInstanceConfig) o;
    return Objects.equals(initExecutors, that.initExecutors)
        && Objects.equals(maxExecutors, that.maxExecutors)
        && Objects.equals(minExecutors, that.minExecutors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initExecutors, maxExecutors, minExecutors);
  }

  @Override
  public String toString() {
    return "ExecutorInstanceConfig{initExecutors=" + initExecutors
        + ", maxExecutors=" + maxExecutors
        + ", minExecutors=" + minExecutors + "}";
  }
}
