package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: code, Spark version, image, driver and executor pods, lifecycle.
 *
 * <p>CRD path: {@code SparkApplication.spec (and ScheduledSparkApplication.spec.template)}.
 */
public class SparkApplicationSpec {
  @JsonProperty("arguments")
  private List<String> arguments;

  @JsonProperty("batchScheduler")
  private String batchScheduler;

  @JsonProperty("batchSchedulerOptions")
  private BatchSchedulerConfiguration batchSchedulerOptions;

  @JsonProperty("deps")
  private Dependencies deps;

  @JsonProperty("driver")
  private DriverSpec driver;

  @JsonProperty("driverIngressOptions")
  private List<DriverIngressConfiguration> driverIngressOptions;

  @JsonProperty("driverPodDisruptionBudget")
  private Boolean driverPodDisruptionBudget;

  @JsonProperty("dynamicAllocation")
  private DynamicAllocation dynamicAllocation;

  @JsonProperty("executor")
  private ExecutorSpec executor;

  @JsonProperty("failureRetries")
  private Integer failureRetries;

  @JsonProperty("hadoopConf")
  private Map<String, String> hadoopConf;

  @JsonProperty("hadoopConfigMap")
  private String hadoopConfigMap;

  @JsonProperty("image")
  private String image;

  @JsonProperty("imagePullPolicy")
  private String imagePullPolicy;

  @JsonProperty("imagePullSecrets")
  private List<String> imagePullSecrets;

  @JsonProperty("mainApplicationFile")
  private String mainApplicationFile;

  @JsonProperty("mainClass")
  private String mainClass;

  @JsonProperty("memoryOverheadFactor")
  private String memoryOverheadFactor;

  @JsonProperty("mode")
  private String mode;

  @JsonProperty("monitoring")
  private MonitoringSpec monitoring;

  @JsonProperty("nodeSelector")
  private Map<String, String> nodeSelector;

  @JsonProperty("proxyUser")
  private String proxyUser;

  @JsonProperty("pythonVersion")
  private String pythonVersion;

  @JsonProperty("restartPolicy")
  private RestartPolicy restartPolicy;

  @JsonProperty("retryInterval")
  private Long retryInterval;

  @JsonProperty("sparkConf")
  private Map<String, String> sparkConf;

  @JsonProperty("sparkConfigMap")
  private String sparkConfigMap;

  @JsonProperty("sparkUIOptions")
  private SparkUIConfiguration sparkUIOptions;

  @JsonProperty("sparkVersion")
  private String sparkVersion;

  @JsonProperty("suspend")
  private Boolean suspend;

  @JsonProperty("timeToLiveSeconds")
  private Long timeToLiveSeconds;

  @JsonProperty("type")
  private String type;

  @JsonProperty("volumes")
  private List<Volume> volumes;

  public SparkApplicationSpec() {}

  public List<String> getArguments() {
    return arguments;
  }

  public void setArguments(List<String> arguments) {
    this.arguments = arguments == null ? null : new ArrayList<>(arguments);
  }

  public SparkApplicationSpec withArguments(List<String> arguments) {
    setArguments(arguments);
    return this;
  }

  public String getBatchScheduler() {
    return batchScheduler;
  }

  public void setBatchScheduler(String batchScheduler) {
    this.batchScheduler = batchScheduler;
  }

  public SparkApplicationSpec withBatchScheduler(String batchScheduler) {
    setBatchScheduler(batchScheduler);
    return this;
  }

  public BatchSchedulerConfiguration getBatchSchedulerOptions() {
    return batchSchedulerOptions;
  }

  public void setBatchSchedulerOptions(BatchSchedulerConfiguration batchSchedulerOptions) {
    this.batchSchedulerOptions = batchSchedulerOptions;
  }

  public SparkApplicationSpec withBatchSchedulerOptions(BatchSchedulerConfiguration batchSchedulerOptions) {
    setBatchSchedulerOptions(batchSchedulerOptions);
    return this;
  }

  public Dependencies getDeps() {
    return deps;
  }

  public void setDeps(Dependencies deps) {
    this.deps = deps;
  }

  public SparkApplicationSpec withDeps(Dependencies deps) {
    setDeps(deps);
    return this;
  }

  public DriverSpec getDriver() {
    return driver;
  }

  public void setDriver(DriverSpec driver) {
    this.driver = driver;
  }

  public SparkApplicationSpec withDriver(DriverSpec driver) {
    setDriver(driver);
    return this;
  }

  public List<DriverIngressConfiguration> getDriverIngressOptions() {
    return driverIngressOptions;
  }

  public void setDriverIngressOptions(List<DriverIngressConfiguration> driverIngressOptions) {
    this.driverIngressOptions = driverIngressOptions == null ? null : new ArrayList<>(driverIngressOptions);
  }

  public SparkApplicationSpec withDriverIngressOptions(List<DriverIngressConfiguration> driverIngressOptions) {
    setDriverIngressOptions(driverIngressOptions);
    return this;
  }

  public Boolean getDriverPodDisruptionBudget() {
    return driverPodDisruptionBudget;
  }

  public void setDriverPodDisruptionBudget(Boolean driverPodDisruptionBudget) {
    this.driverPodDisruptionBudget = driverPodDisruptionBudget;
  }

  public SparkApplicationSpec withDriverPodDisruptionBudget(Boolean driverPodDisruptionBudget) {
    setDriverPodDisruptionBudget(driverPodDisruptionBudget);
    return this;
  }

  public DynamicAllocation getDynamicAllocation() {
    return dynamicAllocation;
  }

  public void setDynamicAllocation(DynamicAllocation dynamicAllocation) {
    this.dynamicAllocation = dynamicAllocation;
  }

  public SparkApplicationSpec withDynamicAllocation(DynamicAllocation dynamicAllocation) {
    setDynamicAllocation(dynamicAllocation);
    return this;
  }

  public ExecutorSpec getExecutor() {
    return executor;
  }

  public void setExecutor(ExecutorSpec executor) {
    this.executor = executor;
  }

  public SparkApplicationSpec withExecutor(ExecutorSpec executor) {
    setExecutor(executor);
    return this;
  }

  public Integer getFailureRetries() {
    return failureRetries;
  }

  public void setFailureRetries(Integer failureRetries) {
    this.failureRetries = failureRetries;
  }

  public SparkApplicationSpec withFailureRetries(Integer failureRetries) {
    setFailureRetries(failureRetries);
    return this;
  }

  public Map<String, String> getHadoopConf() {
    return hadoopConf;
  }

  public void setHadoopConf(Map<String, String> hadoopConf) {
    this.hadoopConf = hadoopConf == null ? null : new LinkedHashMap<>(hadoopConf);
  }

  public SparkApplicationSpec withHadoopConf(Map<String, String> hadoopConf) {
    setHadoopConf(hadoopConf);
    return this;
  }

  public String getHadoopConfigMap() {
    return hadoopConfigMap;
  }

  public void setHadoopConfigMap(String hadoopConfigMap) {
    this.hadoopConfigMap = hadoopConfigMap;
  }

  public SparkApplicationSpec withHadoopConfigMap(String hadoopConfigMap) {
    setHadoopConfigMap(hadoopConfigMap);
    return this;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public SparkApplicationSpec withImage(String image) {
    setImage(image);
    return this;
  }

  public String getImagePullPolicy() {
    return imagePullPolicy;
  }

  public void setImagePullPolicy(String imagePullPolicy) {
    this.imagePullPolicy = imagePullPolicy;
  }

  public SparkApplicationSpec withImagePullPolicy(String imagePullPolicy) {
    setImagePullPolicy(imagePullPolicy);
    return this;
  }

  public List<String> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public void setImagePullSecrets(List<String> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets == null ? null : new ArrayList<>(imagePullSecrets);
  }

  public SparkApplicationSpec withImagePullSecrets(List<String> imagePullSecrets) {
    setImagePullSecrets(imagePullSecrets);
    return this;
  }

  public String getMainApplicationFile() {
    return mainApplicationFile;
  }

  public void setMainApplicationFile(String mainApplicationFile) {
    this.mainApplicationFile = mainApplicationFile;
  }

  public SparkApplicationSpec withMainApplicationFile(String mainApplicationFile) {
    setMainApplicationFile(mainApplicationFile);
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

  public String getMemoryOverheadFactor() {
    return memoryOverheadFactor;
  }

  public void setMemoryOverheadFactor(String memoryOverheadFactor) {
    this.memoryOverheadFactor = memoryOverheadFactor;
  }

  public SparkApplicationSpec withMemoryOverheadFactor(String memoryOverheadFactor) {
    setMemoryOverheadFactor(memoryOverheadFactor);
    return this;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public SparkApplicationSpec withMode(String mode) {
    setMode(mode);
    return this;
  }

  public MonitoringSpec getMonitoring() {
    return monitoring;
  }

  public void setMonitoring(MonitoringSpec monitoring) {
    this.monitoring = monitoring;
  }

  public SparkApplicationSpec withMonitoring(MonitoringSpec monitoring) {
    setMonitoring(monitoring);
    return this;
  }

  public Map<String, String> getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector == null ? null : new LinkedHashMap<>(nodeSelector);
  }

  public SparkApplicationSpec withNodeSelector(Map<String, String> nodeSelector) {
    setNodeSelector(nodeSelector);
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

  public String getPythonVersion() {
    return pythonVersion;
  }

  public void setPythonVersion(String pythonVersion) {
    this.pythonVersion = pythonVersion;
  }

  public SparkApplicationSpec withPythonVersion(String pythonVersion) {
    setPythonVersion(pythonVersion);
    return this;
  }

  public RestartPolicy getRestartPolicy() {
    return restartPolicy;
  }

  public void setRestartPolicy(RestartPolicy restartPolicy) {
    this.restartPolicy = restartPolicy;
  }

  public SparkApplicationSpec withRestartPolicy(RestartPolicy restartPolicy) {
    setRestartPolicy(restartPolicy);
    return this;
  }

  public Long getRetryInterval() {
    return retryInterval;
  }

  public void setRetryInterval(Long retryInterval) {
    this.retryInterval = retryInterval;
  }

  public SparkApplicationSpec withRetryInterval(Long retryInterval) {
    setRetryInterval(retryInterval);
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

  public String getSparkConfigMap() {
    return sparkConfigMap;
  }

  public void setSparkConfigMap(String sparkConfigMap) {
    this.sparkConfigMap = sparkConfigMap;
  }

  public SparkApplicationSpec withSparkConfigMap(String sparkConfigMap) {
    setSparkConfigMap(sparkConfigMap);
    return this;
  }

  public SparkUIConfiguration getSparkUIOptions() {
    return sparkUIOptions;
  }

  public void setSparkUIOptions(SparkUIConfiguration sparkUIOptions) {
    this.sparkUIOptions = sparkUIOptions;
  }

  public SparkApplicationSpec withSparkUIOptions(SparkUIConfiguration sparkUIOptions) {
    setSparkUIOptions(sparkUIOptions);
    return this;
  }

  public String getSparkVersion() {
    return sparkVersion;
  }

  public void setSparkVersion(String sparkVersion) {
    this.sparkVersion = sparkVersion;
  }

  public SparkApplicationSpec withSparkVersion(String sparkVersion) {
    setSparkVersion(sparkVersion);
    return this;
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public SparkApplicationSpec withSuspend(Boolean suspend) {
    setSuspend(suspend);
    return this;
  }

  public Long getTimeToLiveSeconds() {
    return timeToLiveSeconds;
  }

  public void setTimeToLiveSeconds(Long timeToLiveSeconds) {
    this.timeToLiveSeconds = timeToLiveSeconds;
  }

  public SparkApplicationSpec withTimeToLiveSeconds(Long timeToLiveSeconds) {
    setTimeToLiveSeconds(timeToLiveSeconds);
    return this;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public SparkApplicationSpec withType(String type) {
    setType(type);
    return this;
  }

  public List<Volume> getVolumes() {
    return volumes;
  }

  public void setVolumes(List<Volume> volumes) {
    this.volumes = volumes == null ? null : new ArrayList<>(volumes);
  }

  public SparkApplicationSpec withVolumes(List<Volume> volumes) {
    setVolumes(volumes);
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
    return Objects.equals(arguments, that.arguments)
        && Objects.equals(batchScheduler, that.batchScheduler)
        && Objects.equals(batchSchedulerOptions, that.batchSchedulerOptions)
        && Objects.equals(deps, that.deps)
        && Objects.equals(driver, that.driver)
        && Objects.equals(driverIngressOptions, that.driverIngressOptions)
        && Objects.equals(driverPodDisruptionBudget, that.driverPodDisruptionBudget)
        && Objects.equals(dynamicAllocation, that.dynamicAllocation)
        && Objects.equals(executor, that.executor)
        && Objects.equals(failureRetries, that.failureRetries)
        && Objects.equals(hadoopConf, that.hadoopConf)
        && Objects.equals(hadoopConfigMap, that.hadoopConfigMap)
        && Objects.equals(image, that.image)
        && Objects.equals(imagePullPolicy, that.imagePullPolicy)
        && Objects.equals(imagePullSecrets, that.imagePullSecrets)
        && Objects.equals(mainApplicationFile, that.mainApplicationFile)
        && Objects.equals(mainClass, that.mainClass)
        && Objects.equals(memoryOverheadFactor, that.memoryOverheadFactor)
        && Objects.equals(mode, that.mode)
        && Objects.equals(monitoring, that.monitoring)
        && Objects.equals(nodeSelector, that.nodeSelector)
        && Objects.equals(proxyUser, that.proxyUser)
        && Objects.equals(pythonVersion, that.pythonVersion)
        && Objects.equals(restartPolicy, that.restartPolicy)
        && Objects.equals(retryInterval, that.retryInterval)
        && Objects.equals(sparkConf, that.sparkConf)
        && Objects.equals(sparkConfigMap, that.sparkConfigMap)
        && Objects.equals(sparkUIOptions, that.sparkUIOptions)
        && Objects.equals(sparkVersion, that.sparkVersion)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(timeToLiveSeconds, that.timeToLiveSeconds)
        && Objects.equals(type, that.type)
        && Objects.equals(volumes, that.volumes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(arguments, batchScheduler, batchSchedulerOptions, deps, driver, driverIngressOptions, driverPodDisruptionBudget, dynamicAllocation, executor, failureRetries, hadoopConf, hadoopConfigMap, image, imagePullPolicy, imagePullSecrets, mainApplicationFile, mainClass, memoryOverheadFactor, mode, monitoring, nodeSelector, proxyUser, pythonVersion, restartPolicy, retryInterval, sparkConf, sparkConfigMap, sparkUIOptions, sparkVersion, suspend, timeToLiveSeconds, type, volumes);
  }

  @Override
  public String toString() {
    return "SparkApplicationSpec{arguments=" + arguments
        + ", batchScheduler=" + batchScheduler
        + ", batchSchedulerOptions=" + batchSchedulerOptions
        + ", deps=" + deps
        + ", driver=" + driver
        + ", driverIngressOptions=" + driverIngressOptions
        + ", driverPodDisruptionBudget=" + driverPodDisruptionBudget
        + ", dynamicAllocation=" + dynamicAllocation
        + ", executor=" + executor
        + ", failureRetries=" + failureRetries
        + ", hadoopConf=" + hadoopConf
        + ", hadoopConfigMap=" + hadoopConfigMap
        + ", image=" + image
        + ", imagePullPolicy=" + imagePullPolicy
        + ", imagePullSecrets=" + imagePullSecrets
        + ", mainApplicationFile=" + mainApplicationFile
        + ", mainClass=" + mainClass
        + ", memoryOverheadFactor=" + memoryOverheadFactor
        + ", mode=" + mode
        + ", monitoring=" + monitoring
        + ", nodeSelector=" + nodeSelector
        + ", proxyUser=" + proxyUser
        + ", pythonVersion=" + pythonVersion
        + ", restartPolicy=" + restartPolicy
        + ", retryInterval=" + retryInterval
        + ", sparkConf=" + sparkConf
        + ", sparkConfigMap=" + sparkConfigMap
        + ", sparkUIOptions=" + sparkUIOptions
        + ", sparkVersion=" + sparkVersion
        + ", suspend=" + suspend
        + ", timeToLiveSeconds=" + timeToLiveSeconds
        + ", type=" + type
        + ", volumes=" + volumes + "}";
  }
}
