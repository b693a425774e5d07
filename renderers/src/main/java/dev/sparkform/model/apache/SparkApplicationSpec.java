package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: runtime versions, code and dependencies, Spark conf, driver and executor pod templates, lifecycle.
 *
 * <p>CRD path: {@code SparkApplication.spec}.
 */
public class SparkApplicationSpec {
  @JsonProperty("applicationTolerations")
  private ApplicationTolerations applicationTolerations;

  @JsonProperty("configMapSpecs")
  private List<ConfigMapSpec> configMapSpecs;

  @JsonProperty("deploymentMode")
  private String deploymentMode;

  @JsonProperty("driverArgs")
  private List<String> driverArgs;

  @JsonProperty("driverGrpcRouteList")
  private List<DriverGrpcRouteSpec> driverGrpcRouteList;

  @JsonProperty("driverHttpRouteList")
  private List<DriverHttpRouteSpec> driverHttpRouteList;

  @JsonProperty("driverServiceIngressList")
  private List<DriverServiceIngressSpec> driverServiceIngressList;

  @JsonProperty("driverSpec")
  private ApplicationPodSpec driverSpec;

  @JsonProperty("executorSpec")
  private ApplicationPodSpec executorSpec;

  @JsonProperty("files")
  private String files;

  @JsonProperty("jars")
  private String jars;

  @JsonProperty("mainClass")
  private String mainClass;

  @JsonProperty("proxyUser")
  private String proxyUser;

  @JsonProperty("pyFiles")
  private String pyFiles;

  @JsonProperty("runtimeVersions")
  private RuntimeVersions runtimeVersions;

  @JsonProperty("sparkConf")
  private Map<String, String> sparkConf;

  @JsonProperty("sparkRFiles")
  private String sparkRFiles;

  public SparkApplicationSpec() {}

  public ApplicationTolerations getApplicationTolerations() {
    return applicationTolerations;
  }

  public void setApplicationTolerations(ApplicationTolerations applicationTolerations) {
    this.applicationTolerations = applicationTolerations;
  }

  public SparkApplicationSpec withApplicationTolerations(ApplicationTolerations applicationTolerations) {
    setApplicationTolerations(applicationTolerations);
    return this;
  }

  public List<ConfigMapSpec> getConfigMapSpecs() {
    return configMapSpecs;
  }

  public void setConfigMapSpecs(List<ConfigMapSpec> configMapSpecs) {
    this.configMapSpecs = configMapSpecs == null ? null : new ArrayList<>(configMapSpecs);
  }

  public SparkApplicationSpec withConfigMapSpecs(List<ConfigMapSpec> configMapSpecs) {
    setConfigMapSpecs(configMapSpecs);
    return this;
  }

  public String getDeploymentMode() {
    return deploymentMode;
  }

  public void setDeploymentMode(String deploymentMode) {
    this.deploymentMode = deploymentMode;
  }

  public SparkApplicationSpec withDeploymentMode(String deploymentMode) {
    setDeploymentMode(deploymentMode);
    return this;
  }

  public List<String> getDriverArgs() {
    return driverArgs;
  }

  public void setDriverArgs(List<String> driverArgs) {
    this.driverArgs = driverArgs == null ? null : new ArrayList<>(driverArgs);
  }

  public SparkApplicationSpec withDriverArgs(List<String> driverArgs) {
    setDriverArgs(driverArgs);
    return this;
  }

  public List<DriverGrpcRouteSpec> getDriverGrpcRouteList() {
    return driverGrpcRouteList;
  }

  public void setDriverGrpcRouteList(List<DriverGrpcRouteSpec> driverGrpcRouteList) {
    this.driverGrpcRouteList = driverGrpcRouteList == null ? null : new ArrayList<>(driverGrpcRouteList);
  }

  public SparkApplicationSpec withDriverGrpcRouteList(List<DriverGrpcRouteSpec> driverGrpcRouteList) {
    setDriverGrpcRouteList(driverGrpcRouteList);
    return this;
  }

  public List<DriverHttpRouteSpec> getDriverHttpRouteList() {
    return driverHttpRouteList;
  }

  public void setDriverHttpRouteList(List<DriverHttpRouteSpec> driverHttpRouteList) {
    this.driverHttpRouteList = driverHttpRouteList == null ? null : new ArrayList<>(driverHttpRouteList);
  }

  public SparkApplicationSpec withDriverHttpRouteList(List<DriverHttpRouteSpec> driverHttpRouteList) {
    setDriverHttpRouteList(driverHttpRouteList);
    return this;
  }

  public List<DriverServiceIngressSpec> getDriverServiceIngressList() {
    return driverServiceIngressList;
  }

  public void setDriverServiceIngressList(List<DriverServiceIngressSpec> driverServiceIngressList) {
    this.driverServiceIngressList = driverServiceIngressList == null ? null : new ArrayList<>(driverServiceIngressList);
  }

  public SparkApplicationSpec withDriverServiceIngressList(List<DriverServiceIngressSpec> driverServiceIngressList) {
    setDriverServiceIngressList(driverServiceIngressList);
    return this;
  }

  public ApplicationPodSpec getDriverSpec() {
    return driverSpec;
  }

  public void setDriverSpec(ApplicationPodSpec driverSpec) {
    this.driverSpec = driverSpec;
  }

  public SparkApplicationSpec withDriverSpec(ApplicationPodSpec driverSpec) {
    setDriverSpec(driverSpec);
    return this;
  }

  public ApplicationPodSpec getExecutorSpec() {
    return executorSpec;
  }

  public void setExecutorSpec(ApplicationPodSpec executorSpec) {
    this.executorSpec = executorSpec;
  }

  public SparkApplicationSpec withExecutorSpec(ApplicationPodSpec executorSpec) {
    setExecutorSpec(executorSpec);
    return this;
  }

  public String getFiles() {
    return files;
  }

  public void setFiles(String files) {
    this.files = files;
  }

  public SparkApplicationSpec withFiles(String files) {
    setFiles(files);
    return this;
  }

  public String getJars() {
    return jars;
  }

  public void setJars(String jars) {
    this.jars = jars;
  }

  public SparkApplicationSpec withJars(String jars) {
    setJars(jars);
    return this;
  }

  public String getMainClass() {
    return mainClass;
  }

  public void setMainClass(String mainClass) {
    this.mainClass = mainClass;
  }

  public SparkApplicationSpec withMainClass(String mainClass) {
    setMainClass(mainClass);
    return this;
  }

  public String getProxyUser() {
    return proxyUser;
  }

  public void setProxyUser(String proxyUser) {
    this.proxyUser = proxyUser;
  }

  public SparkApplicationSpec withProxyUser(String proxyUser) {
    setProxyUser(proxyUser);
    return this;
  }

  public String getPyFiles() {
    return pyFiles;
  }

  public void setPyFiles(String pyFiles) {
    this.pyFiles = pyFiles;
  }

  public SparkApplicationSpec withPyFiles(String pyFiles) {
    setPyFiles(pyFiles);
    return this;
  }

  public RuntimeVersions getRuntimeVersions() {
    return runtimeVersions;
  }

  public void setRuntimeVersions(RuntimeVersions runtimeVersions) {
    this.runtimeVersions = runtimeVersions;
  }

  public SparkApplicationSpec withRuntimeVersions(RuntimeVersions runtimeVersions) {
    setRuntimeVersions(runtimeVersions);
    return this;
  }

  public Map<String, String> getSparkConf() {
    return sparkConf;
  }

  public void setSparkConf(Map<String, String> sparkConf) {
    this.sparkConf = sparkConf == null ? null : new LinkedHashMap<>(sparkConf);
  }

  public SparkApplicationSpec withSparkConf(Map<String, String> sparkConf) {
    setSparkConf(sparkConf);
    return this;
  }

  public String getSparkRFiles() {
    return sparkRFiles;
  }

  public void setSparkRFiles(String sparkRFiles) {
    this.sparkRFiles = sparkRFiles;
  }

  public SparkApplicationSpec withSparkRFiles(String sparkRFiles) {
    setSparkRFiles(sparkRFiles);
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
    SparkApplicationSpec that = (SparkApplicationSpec) o;
    return Objects.equals(applicationTolerations, that.applicationTolerations)
        && Objects.equals(configMapSpecs, that.configMapSpecs)
        && Objects.equals(deploymentMode, that.deploymentMode)
        && Objects.equals(driverArgs, that.driverArgs)
        && Objects.equals(driverGrpcRouteList, that.driverGrpcRouteList)
        && Objects.equals(driverHttpRouteList, that.driverHttpRouteList)
        && Objects.equals(driverServiceIngressList, that.driverServiceIngressList)
        && Objects.equals(driverSpec, that.driverSpec)
        && Objects.equals(executorSpec, that.executorSpec)
        && Objects.equals(files, that.files)
        && Objects.equals(jars, that.jars)
        && Objects.equals(mainClass, that.mainClass)
        && Objects.equals(proxyUser, that.proxyUser)
        && Objects.equals(pyFiles, that.pyFiles)
        && Objects.equals(runtimeVersions, that.runtimeVersions)
        && Objects.equals(sparkConf, that.sparkConf)
        && Objects.equals(sparkRFiles, that.sparkRFiles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(applicationTolerations, configMapSpecs, deploymentMode, driverArgs, driverGrpcRouteList, driverHttpRouteList, driverServiceIngressList, driverSpec, executorSpec, files, jars, mainClass, proxyUser, pyFiles, runtimeVersions, sparkConf, sparkRFiles);
  }

  @Override
  public String toString() {
    return "SparkApplicationSpec{applicationTolerations=" + applicationTolerations
        + ", configMapSpecs=" + configMapSpecs
        + ", deploymentMode=" + deploymentMode
        + ", driverArgs=" + driverArgs
        + ", driverGrpcRouteList=" + driverGrpcRouteList
        + ", driverHttpRouteList=" + driverHttpRouteList
        + ", driverServiceIngressList=" + driverServiceIngressList
        + ", driverSpec=" + driverSpec
        + ", executorSpec=" + executorSpec
        + ", files=" + files
        + ", jars=" + jars
        + ", mainClass=" + mainClass
        + ", proxyUser=" + proxyUser
        + ", pyFiles=" + pyFiles
        + ", runtimeVersions=" + runtimeVersions
        + ", sparkConf=" + sparkConf
        + ", sparkRFiles=" + sparkRFiles + "}";
  }
}
