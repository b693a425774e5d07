package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A standalone cluster: runtime versions, worker bounds, master and worker specs, Spark conf.
 *
 * <p>CRD path: {@code SparkCluster.spec}.
 */
public class SparkClusterSpec {
  @JsonProperty("clusterTolerations")
  private ClusterTolerations clusterTolerations;

  @JsonProperty("masterSpec")
  private MasterSpec masterSpec;

  @JsonProperty("runtimeVersions")
  private RuntimeVersions runtimeVersions;

  @JsonProperty("sparkConf")
  private Map<String, String> sparkConf;

  @JsonProperty("workerSpec")
  private WorkerSpec workerSpec;

  public SparkClusterSpec() {}

  public ClusterTolerations getClusterTolerations() {
    return clusterTolerations;
  }

  public void setClusterTolerations(ClusterTolerations clusterTolerations) {
    this.clusterTolerations = clusterTolerations;
  }

  public SparkClusterSpec withClusterTolerations(ClusterTolerations clusterTolerations) {
    setClusterTolerations(clusterTolerations);
    return this;
  }

  public MasterSpec getMasterSpec() {
    return masterSpec;
  }

  public void setMasterSpec(MasterSpec masterSpec) {
    this.masterSpec = masterSpec;
  }

  public SparkClusterSpec withMasterSpec(MasterSpec masterSpec) {
    setMasterSpec(masterSpec);
    return this;
  }

  public RuntimeVersions getRuntimeVersions() {
    return runtimeVersions;
  }

  public void setRuntimeVersions(RuntimeVersions runtimeVersions) {
    this.runtimeVersions = runtimeVersions;
  }

  public SparkClusterSpec withRuntimeVersions(RuntimeVersions runtimeVersions) {
    setRuntimeVersions(runtimeVersions);
    return this;
  }

  public Map<String, String> getSparkConf() {
    return sparkConf;
  }

  public void setSparkConf(Map<String, String> sparkConf) {
    this.sparkConf = sparkConf == null ? null : new LinkedHashMap<>(sparkConf);
  }

  public SparkClusterSpec withSparkConf(Map<String, String> sparkConf) {
    setSparkConf(sparkConf);
    return this;
  }

  public WorkerSpec getWorkerSpec() {
    return workerSpec;
  }

  public void setWorkerSpec(WorkerSpec workerSpec) {
    this.workerSpec = workerSpec;
  }

  public SparkClusterSpec withWorkerSpec(WorkerSpec workerSpec) {
    setWorkerSpec(workerSpec);
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
    SparkClusterSpec that = (SparkClusterSpec) o;
    return Objects.equals(clusterTolerations, that.clusterTolerations)
        && Objects.equals(masterSpec, that.masterSpec)
        && Objects.equals(runtimeVersions, that.runtimeVersions)
        && Objects.equals(sparkConf, that.sparkConf)
        && Objects.equals(workerSpec, that.workerSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clusterTolerations, masterSpec, runtimeVersions, sparkConf, workerSpec);
  }

  @Override
  public String toString() {
    return "SparkClusterSpec{clusterTolerations=" + clusterTolerations
        + ", masterSpec=" + masterSpec
        + ", runtimeVersions=" + runtimeVersions
        + ", sparkConf=" + sparkConf
        + ", workerSpec=" + workerSpec + "}";
  }
}
