package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Worker counts: initial, minimum, maximum.
 *
 * <p>CRD path: {@code SparkCluster.spec.clusterTolerations.instanceConfig}.
 */
public class WorkerInstanceConfig {
  @JsonProperty("initWorkers")
  private Integer initWorkers;

  @JsonProperty("maxWorkers")
  private Integer maxWorkers;

  @JsonProperty("minWorkers")
  private Integer minWorkers;

  public WorkerInstanceConfig() {}

  public Integer getInitWorkers() {
    return initWorkers;
  }

  public void setInitWorkers(Integer initWorkers) {
    this.initWorkers = initWorkers;
  }

  public WorkerInstanceConfig withInitWorkers(Integer initWorkers) {
    setInitWorkers(initWorkers);
    return this;
  }

  public Integer getMaxWorkers() {
    return maxWorkers;
  }

  public void setMaxWorkers(Integer maxWorkers) {
    this.maxWorkers = maxWorkers;
  }

  public WorkerInstanceConfig withMaxWorkers(Integer maxWorkers) {
    setMaxWorkers(maxWorkers);
    return this;
  }

  public Integer getMinWorkers() {
    return minWorkers;
  }

  public void setMinWorkers(Integer minWorkers) {
    this.minWorkers = minWorkers;
  }

  public WorkerInstanceConfig withMinWorkers(Integer minWorkers) {
    setMinWorkers(minWorkers);
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
    WorkerInstanceConfig that = (WorkerInstanceConfig) o;
    return Objects.equals(initWorkers, that.initWorkers)
        && Objects.equals(maxWorkers, that.maxWorkers)
        && Objects.equals(minWorkers, that.minWorkers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initWorkers, maxWorkers, minWorkers);
  }

  @Override
  public String toString() {
    return "WorkerInstanceConfig{initWorkers=" + initWorkers
        + ", maxWorkers=" + maxWorkers
        + ", minWorkers=" + minWorkers + "}";
  }
}
