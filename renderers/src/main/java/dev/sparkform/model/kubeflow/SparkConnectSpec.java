package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;

/**
 * A Spark Connect server: Spark version, image, the server pod and its Service, executors, Spark settings.
 *
 * <p>CRD path: {@code SparkConnect.spec}.
 */
public class SparkConnectSpec {
  @JsonProperty("dynamicAllocation")
  private DynamicAllocation dynamicAllocation;

  @JsonProperty("executor")
  private ConnectExecutorSpec executor;

  @JsonProperty("hadoopConf")
  private Map<String, String> hadoopConf;

  @JsonProperty("image")
  private String image;

  @JsonProperty("server")
  private ServerSpec server;

  @JsonProperty("sparkConf")
  private Map<String, String> sparkConf;

  @JsonProperty("sparkVersion")
  private String sparkVersion;

  public SparkConnectSpec() {}

  public DynamicAllocation getDynamicAllocation() {
    return dynamicAllocation;
  }

  public void setDynamicAllocation(DynamicAllocation dynamicAllocation) {
    this.dynamicAllocation = dynamicAllocation;
  }

  public SparkConnectSpec withDynamicAllocation(DynamicAllocation dynamicAllocation) {
    setDynamicAllocation(dynamicAllocation);
    return this;
  }

  public ConnectExecutorSpec getExecutor() {
    return executor;
  }

  public void setExecutor(ConnectExecutorSpec executor) {
    this.executor = executor;
  }

  public SparkConnectSpec withExecutor(ConnectExecutorSpec executor) {
    setExecutor(executor);
    return this;
  }

  public Map<String, String> getHadoopConf() {
    return hadoopConf;
  }

  public void setHadoopConf(Map<String, String> hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  public SparkConnectSpec withHadoopConf(Map<String, String> hadoopConf) {
    setHadoopConf(hadoopConf);
    return this;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public SparkConnectSpec withImage(String image) {
    setImage(image);
    return this;
  }

  public ServerSpec getServer() {
    return server;
  }

  public void setServer(ServerSpec server) {
    this.server = server;
  }

  public SparkConnectSpec withServer(ServerSpec server) {
    setServer(server);
    return this;
  }

  public Map<String, String> getSparkConf() {
    return sparkConf;
  }

  public void setSparkConf(Map<String, String> sparkConf) {
    this.sparkConf = sparkConf;
  }

  public SparkConnectSpec withSparkConf(Map<String, String> sparkConf) {
    setSparkConf(sparkConf);
    return this;
  }

  public String getSparkVersion() {
    return sparkVersion;
  }

  public void setSparkVersion(String sparkVersion) {
    this.sparkVersion = sparkVersion;
  }

  public SparkConnectSpec withSparkVersion(String sparkVersion) {
    setSparkVersion(sparkVersion);
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
    SparkConnectSpec that = (SparkConnectSpec) o;
    return Objects.equals(dynamicAllocation, that.dynamicAllocation)
        && Objects.equals(executor, that.executor)
        && Objects.equals(hadoopConf, that.hadoopConf)
        && Objects.equals(image, that.image)
        && Objects.equals(server, that.server)
        && Objects.equals(sparkConf, that.sparkConf)
        && Objects.equals(sparkVersion, that.sparkVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dynamicAllocation, executor, hadoopConf, image, server, sparkConf, sparkVersion);
  }

  @Override
  public String toString() {
    return "SparkConnectSpec{dynamicAllocation=" + dynamicAllocation
        + ", executor=" + executor
        + ", hadoopConf=" + hadoopConf
        + ", image=" + image
        + ", server=" + server
        + ", sparkConf=" + sparkConf
        + ", sparkVersion=" + sparkVersion + "}";
  }
}
