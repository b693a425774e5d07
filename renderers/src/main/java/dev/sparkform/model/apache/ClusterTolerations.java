package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How the operator sizes the cluster.
 *
 * <p>CRD path: {@code SparkCluster.spec.clusterTolerations}.
 */
public class ClusterTolerations {
  @JsonProperty("instanceConfig")
  private WorkerInstanceConfig instanceConfig;

  public ClusterTolerations() {}

  public WorkerInstanceConfig getInstanceConfig() {
    return instanceConfig;
  }

  public void setInstanceConfig(WorkerInstanceConfig instanceConfig) {
    this.instanceConfig = instanceConfig;
  }

  public ClusterTolerations withInstanceConfig(WorkerInstanceConfig instanceConfig) {
    setInstanceConfig(instanceConfig);
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
    ClusterTolerations that = (ClusterTolerations) o;
    return Objects.equals(instanceConfig, that.instanceConfig);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instanceConfig);
  }

  @Override
  public String toString() {
    return "ClusterTolerations{instanceConfig=" + instanceConfig + "}";
  }
}
