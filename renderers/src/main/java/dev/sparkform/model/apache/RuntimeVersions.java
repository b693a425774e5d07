package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Spark, Scala and JDK versions the workload runs on.
 *
 * <p>CRD path: {@code SparkApplication.spec.runtimeVersions (and SparkCluster.spec.runtimeVersions)}.
 */
public class RuntimeVersions {
  @JsonProperty("jdkVersion")
  private String jdkVersion;

  @JsonProperty("scalaVersion")
  private String scalaVersion;

  @JsonProperty("sparkVersion")
  private String sparkVersion;

  public RuntimeVersions() {}

  public String getJdkVersion() {
    return jdkVersion;
  }

  public void setJdkVersion(String jdkVersion) {
    this.jdkVersion = jdkVersion;
  }

  public RuntimeVersions withJdkVersion(String jdkVersion) {
    setJdkVersion(jdkVersion);
    return this;
  }

  public String getScalaVersion() {
    return scalaVersion;
  }

  public void setScalaVersion(String scalaVersion) {
    this.scalaVersion = scalaVersion;
  }

  public RuntimeVersions withScalaVersion(String scalaVersion) {
    setScalaVersion(scalaVersion);
    return this;
  }

  public String getSparkVersion() {
    return sparkVersion;
  }

  public void setSparkVersion(String sparkVersion) {
    this.sparkVersion = sparkVersion;
  }

  public RuntimeVersions withSparkVersion(String sparkVersion) {
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
    RuntimeVersions that = (RuntimeVersions) o;
    return Objects.equals(jdkVersion, that.jdkVersion)
        && Objects.equals(scalaVersion, that.scalaVersion)
        && Objects.equals(sparkVersion, that.sparkVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jdkVersion, scalaVersion, sparkVersion);
  }

  @Override
  public String toString() {
    return "RuntimeVersions{jdkVersion=" + jdkVersion
        + ", scalaVersion=" + scalaVersion
        + ", sparkVersion=" + sparkVersion + "}";
  }
}
