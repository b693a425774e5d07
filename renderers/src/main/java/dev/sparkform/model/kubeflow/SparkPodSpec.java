package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fields the kubeflow operator defines for both the driver and the executor pods.
 *
 * <p>CRD path: {@code SparkApplication.spec.driver / .executor (shared fields)}.
 *
 * <p>Fluent {@code withX(..)} methods return the concrete subclass, so driver-only and
 * executor-only fields chain after shared ones.
 *
 * @param <T> the concrete pod spec type
 */
public abstract class SparkPodSpec<T extends SparkPodSpec<T>> {
  @JsonProperty("affinity")
  private Affinity affinity;

  @JsonProperty("annotations")
  private Map<String, String> annotations;

  @JsonProperty("configMaps")
  private List<NamePath> configMaps;

  @JsonProperty("coreLimit")
  private String coreLimit;

  @JsonProperty("coreRequest")
  private String coreRequest;

  @JsonProperty("cores")
  private Integer cores;

  @JsonProperty("dnsConfig")
  private PodDNSConfig dnsConfig;

  @JsonProperty("env")
  private List<EnvVar> env;

  @JsonProperty("envFrom")
  private List<EnvFromSource> envFrom;

  @JsonProperty("envSecretKeyRefs")
  private Map<String, NameKey> envSecretKeyRefs;

  @JsonProperty("envVars")
  private Map<String, String> envVars;

  @JsonProperty("gpu")
  private GPUSpec gpu;

  @JsonProperty("hostAliases")
  private List<HostAlias> hostAliases;

  @JsonProperty("hostNetwork")
  private Boolean hostNetwork;

  @JsonProperty("image")
  private String image;

  @JsonProperty("initContainers")
  private List<Container> initContainers;

  @JsonProperty("javaOptions")
  private String javaOptions;

  @JsonProperty("labels")
  private Map<String, String> labels;

  @JsonProperty("lifecycle")
  private Lifecycle lifecycle;

  @JsonProperty("memory")
  private String memory;

  @JsonProperty("memoryLimit")
  private String memoryLimit;

  @JsonProperty("memoryOverhead")
  private String memoryOverhead;

  @JsonProperty("nodeSelector")
  private Map<String, String> nodeSelector;

  @JsonProperty("podSecurityContext")
  private PodSecurityContext podSecurityContext;

  @JsonProperty("ports")
  private List<ContainerPort> ports;

  @JsonProperty("priorityClassName")
  private String priorityClassName;

  @JsonProperty("schedulerName")
  private String schedulerName;

  @JsonProperty("secrets")
  private List<SecretInfo> secrets;

  @JsonProperty("securityContext")
  private SecurityContext securityContext;

  @JsonProperty("serviceAccount")
  private String serviceAccount;

  @JsonProperty("shareProcessNamespace")
  private Boolean shareProcessNamespace;

  @JsonProperty("sidecars")
  private List<Container> sidecars;

  @JsonProperty("template")
  private PodTemplateSpec template;

  @JsonProperty("terminationGracePeriodSeconds")
  private Long terminationGracePeriodSeconds;

  @JsonProperty("tolerations")
  private List<Toleration> tolerations;

  @JsonProperty("volumeMounts")
  private List<VolumeMount> volumeMounts;

  protected SparkPodSpec() {}

  /** This object as its concrete type, for fluent setters. */
  protected abstract T self();

  public Affinity getAffinity() {
    return affinity;
  }

  public void setAffinity(Affinity affinity) {
    this.affinity = affinity;
  }

  public T withAffinity(Affinity affinity) {
    setAffinity(affinity);
    return self();
  }

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations == null ? null : new LinkedHashMap<>(annotations);
  }

  public T withAnnotations(Map<String, String> annotations) {
    setAnnotations(annotations);
    return self();
  }

  public List<NamePath> getConfigMaps() {
    return configMaps;
  }

  public void setConfigMaps(List<NamePath> configMaps) {
    this.configMaps = configMaps == null ? null : new ArrayList<>(configMaps);
  }

  public T withConfigMaps(List<NamePath> configMaps) {
    setConfigMaps(configMaps);
    return self();
  }

  public String getCoreLimit() {
    return coreLimit;
  }

  public void setCoreLimit(String coreLimit) {
    this.coreLimit = coreLimit;
  }

  public T withCoreLimit(String coreLimit) {
    setCoreLimit(coreLimit);
    return self();
  }

  public String getCoreRequest() {
    return coreRequest;
  }

  public void setCoreRequest(String coreRequest) {
    this.coreRequest = coreRequest;
  }

  public T withCoreRequest(String coreRequest) {
    setCoreRequest(coreRequest);
    return self();
  }

  public Integer getCores() {
    return cores;
  }

  public void setCores(Integer cores) {
    this.cores = cores;
  }

  public T withCores(Integer cores) {
    setCores(cores);
    return self();
  }

  public PodDNSConfig getDnsConfig() {
    return dnsConfig;
  }

  public void setDnsConfig(PodDNSConfig dnsConfig) {
    this.dnsConfig = dnsConfig;
  }

  public T withDnsConfig(PodDNSConfig dnsConfig) {
    setDnsConfig(dnsConfig);
    return self();
  }

  public List<EnvVar> getEnv() {
    return env;
  }

  public void setEnv(List<EnvVar> env) {
    this.env = env == null ? null : new ArrayList<>(env);
  }

  public T withEnv(List<EnvVar> env) {
    setEnv(env);
    return self();
  }

  public List<EnvFromSource> getEnvFrom() {
    return envFrom;
  }

  public void setEnvFrom(List<EnvFromSource> envFrom) {
    this.envFrom = envFrom == null ? null : new ArrayList<>(envFrom);
  }

  public T withEnvFrom(List<EnvFromSource> envFrom) {
    setEnvFrom(envFrom);
    return self();
  }

  public Map<String, NameKey> getEnvSecretKeyRefs() {
    return envSecretKeyRefs;
  }

  public void setEnvSecretKeyRefs(Map<String, NameKey> envSecretKeyRefs) {
    this.envSecretKeyRefs = envSecretKeyRefs == null ? null : new LinkedHashMap<>(envSecretKeyRefs);
  }

  public T withEnvSecretKeyRefs(Map<String, NameKey> envSecretKeyRefs) {
    setEnvSecretKeyRefs(envSecretKeyRefs);
    return self();
  }

  public Map<String, String> getEnvVars() {
    return envVars;
  }

  public void setEnvVars(Map<String, String> envVars) {
    this.envVars = envVars == null ? null : new LinkedHashMap<>(envVars);
  }

  public T withEnvVars(Map<String, String> envVars) {
    setEnvVars(envVars);
    return self();
  }

  public GPUSpec getGpu() {
    return gpu;
  }

  public void setGpu(GPUSpec gpu) {
    this.gpu = gpu;
  }

  public T withGpu(GPUSpec gpu) {
    setGpu(gpu);
    return self();
  }

  public List<HostAlias> getHostAliases() {
    return hostAliases;
  }

  public void setHostAliases(List<HostAlias> hostAliases) {
    this.hostAliases = hostAliases == null ? null : new ArrayList<>(hostAliases);
  }

  public T withHostAliases(List<HostAlias> hostAliases) {
    setHostAliases(hostAliases);
    return self();
  }

  public Boolean getHostNetwork() {
    return hostNetwork;
  }

  public void setHostNetwork(Boolean hostNetwork) {
    this.hostNetwork = hostNetwork;
  }

  public T withHostNetwork(Boolean hostNetwork) {
    setHostNetwork(hostNetwork);
    return self();
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public T withImage(String image) {
    setImage(image);
    return self();
  }

  public List<Container> getInitContainers() {
    return initContainers;
  }

  public void setInitContainers(List<Container> initContainers) {
    this.initContainers = initContainers == null ? null : new ArrayList<>(initContainers);
  }

  public T withInitContainers(List<Container> initContainers) {
    setInitContainers(initContainers);
    return self();
  }

  public String getJavaOptions() {
    return javaOptions;
  }

  public void setJavaOptions(String javaOptions) {
    this.javaOptions = javaOptions;
  }

  public T withJavaOptions(String javaOptions) {
    setJavaOptions(javaOptions);
    return self();
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels == null ? null : new LinkedHashMap<>(labels);
  }

  public T withLabels(Map<String, String> labels) {
    setLabels(labels);
    return self();
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public T withLifecycle(Lifecycle lifecycle) {
    setLifecycle(lifecycle);
    return self();
  }

  public String getMemory() {
    return memory;
  }

  public void setMemory(String memory) {
    this.memory = memory;
  }

  public T withMemory(String memory) {
    setMemory(memory);
    return self();
  }

  public String getMemoryLimit() {
    return memoryLimit;
  }

  public void setMemoryLimit(String memoryLimit) {
    this.memoryLimit = memoryLimit;
  }

  public T withMemoryLimit(String memoryLimit) {
    setMemoryLimit(memoryLimit);
    return self();
  }

  public String getMemoryOverhead() {
    return memoryOverhead;
  }

  public void setMemoryOverhead(String memoryOverhead) {
    this.memoryOverhead = memoryOverhead;
  }

  public T withMemoryOverhead(String memoryOverhead) {
    setMemoryOverhead(memoryOverhead);
    return self();
  }

  public Map<String, String> getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector == null ? null : new LinkedHashMap<>(nodeSelector);
  }

  public T withNodeSelector(Map<String, String> nodeSelector) {
    setNodeSelector(nodeSelector);
    return self();
  }

  public PodSecurityContext getPodSecurityContext() {
    return podSecurityContext;
  }

  public void setPodSecurityContext(PodSecurityContext podSecurityContext) {
    this.podSecurityContext = podSecurityContext;
  }

  public T withPodSecurityContext(PodSecurityContext podSecurityContext) {
    setPodSecurityContext(podSecurityContext);
    return self();
  }

  public List<ContainerPort> getPorts() {
    return ports;
  }

  public void setPorts(List<ContainerPort> ports) {
    this.ports = ports == null ? null : new ArrayList<>(ports);
  }

  public T withPorts(List<ContainerPort> ports) {
    setPorts(ports);
    return self();
  }

  public String getPriorityClassName() {
    return priorityClassName;
  }

  public void setPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
  }

  public T withPriorityClassName(String priorityClassName) {
    setPriorityClassName(priorityClassName);
    return self();
  }

  public String getSchedulerName() {
    return schedulerName;
  }

  public void setSchedulerName(String schedulerName) {
    this.schedulerName = schedulerName;
  }

  public T withSchedulerName(String schedulerName) {
    setSchedulerName(schedulerName);
    return self();
  }

  public List<SecretInfo> getSecrets() {
    return secrets;
  }

  public void setSecrets(List<SecretInfo> secrets) {
    this.secrets = secrets == null ? null : new ArrayList<>(secrets);
  }

  public T withSecrets(List<SecretInfo> secrets) {
    setSecrets(secrets);
    return self();
  }

  public SecurityContext getSecurityContext() {
    return securityContext;
  }

  public void setSecurityContext(SecurityContext securityContext) {
    this.securityContext = securityContext;
  }

  public T withSecurityContext(SecurityContext securityContext) {
    setSecurityContext(securityContext);
    return self();
  }

  public String getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(String serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public T withServiceAccount(String serviceAccount) {
    setServiceAccount(serviceAccount);
    return self();
  }

  public Boolean getShareProcessNamespace() {
    return shareProcessNamespace;
  }

  public void setShareProcessNamespace(Boolean shareProcessNamespace) {
    this.shareProcessNamespace = shareProcessNamespace;
  }

  public T withShareProcessNamespace(Boolean shareProcessNamespace) {
    setShareProcessNamespace(shareProcessNamespace);
    return self();
  }

  public List<Container> getSidecars() {
    return sidecars;
  }

  public void setSidecars(List<Container> sidecars) {
    this.sidecars = sidecars == null ? null : new ArrayList<>(sidecars);
  }

  public T withSidecars(List<Container> sidecars) {
    setSidecars(sidecars);
    return self();
  }

  public PodTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(PodTemplateSpec template) {
    this.template = template;
  }

  public T withTemplate(PodTemplateSpec template) {
    setTemplate(template);
    return self();
  }

  public Long getTerminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds;
  }

  public void setTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
  }

  public T withTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    setTerminationGracePeriodSeconds(terminationGracePeriodSeconds);
    return self();
  }

  public List<Toleration> getTolerations() {
    return tolerations;
  }

  public void setTolerations(List<Toleration> tolerations) {
    this.tolerations = tolerations == null ? null : new ArrayList<>(tolerations);
  }

  public T withTolerations(List<Toleration> tolerations) {
    setTolerations(tolerations);
    return self();
  }

  public List<VolumeMount> getVolumeMounts() {
    return volumeMounts;
  }

  public void setVolumeMounts(List<VolumeMount> volumeMounts) {
    this.volumeMounts = volumeMounts == null ? null : new ArrayList<>(volumeMounts);
  }

  public T withVolumeMounts(List<VolumeMount> volumeMounts) {
    setVolumeMounts(volumeMounts);
    return self();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SparkPodSpec<?> that = (SparkPodSpec<?>) o;
    return Objects.equals(affinity, that.affinity)
        && Objects.equals(annotations, that.annotations)
        && Objects.equals(configMaps, that.configMaps)
        && Objects.equals(coreLimit, that.coreLimit)
        && Objects.equals(coreRequest, that.coreRequest)
        && Objects.equals(cores, that.cores)
        && Objects.equals(dnsConfig, that.dnsConfig)
        && Objects.equals(env, that.env)
        && Objects.equals(envFrom, that.envFrom)
        && Objects.equals(envSecretKeyRefs, that.envSecretKeyRefs)
        && Objects.equals(envVars, that.envVars)
        && Objects.equals(gpu, that.gpu)
        && Objects.equals(hostAliases, that.hostAliases)
        && Objects.equals(hostNetwork, that.hostNetwork)
        && Objects.equals(image, that.image)
        && Objects.equals(initContainers, that.initContainers)
        && Objects.equals(javaOptions, that.javaOptions)
        && Objects.equals(labels, that.labels)
        && Objects.equals(lifecycle, that.lifecycle)
        && Objects.equals(memory, that.memory)
        && Objects.equals(memoryLimit, that.memoryLimit)
        && Objects.equals(memoryOverhead, that.memoryOverhead)
        && Objects.equals(nodeSelector, that.nodeSelector)
        && Objects.equals(podSecurityContext, that.podSecurityContext)
        && Objects.equals(ports, that.ports)
        && Objects.equals(priorityClassName, that.priorityClassName)
        && Objects.equals(schedulerName, that.schedulerName)
        && Objects.equals(secrets, that.secrets)
        && Objects.equals(securityContext, that.securityContext)
        && Objects.equals(serviceAccount, that.serviceAccount)
        && Objects.equals(shareProcessNamespace, that.shareProcessNamespace)
        && Objects.equals(sidecars, that.sidecars)
        && Objects.equals(template, that.template)
        && Objects.equals(terminationGracePeriodSeconds, that.terminationGracePeriodSeconds)
        && Objects.equals(tolerations, that.tolerations)
        && Objects.equals(volumeMounts, that.volumeMounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(affinity, annotations, configMaps, coreLimit, coreRequest, cores, dnsConfig, env, envFrom, envSecretKeyRefs, envVars, gpu, hostAliases, hostNetwork, image, initContainers, javaOptions, labels, lifecycle, memory, memoryLimit, memoryOverhead, nodeSelector, podSecurityContext, ports, priorityClassName, schedulerName, secrets, securityContext, serviceAccount, shareProcessNamespace, sidecars, template, terminationGracePeriodSeconds, tolerations, volumeMounts);
  }

  /** The shared fields, for subclasses' {@code toString()}. */
  protected String baseFieldsToString() {
    return "affinity=" + affinity
        + ", annotations=" + annotations
        + ", configMaps=" + configMaps
        + ", coreLimit=" + coreLimit
        + ", coreRequest=" + coreRequest
        + ", cores=" + cores
        + ", dnsConfig=" + dnsConfig
        + ", env=" + env
        + ", envFrom=" + envFrom
        + ", envSecretKeyRefs=" + envSecretKeyRefs
        + ", envVars=" + envVars
        + ", gpu=" + gpu
        + ", hostAliases=" + hostAliases
        + ", hostNetwork=" + hostNetwork
        + ", image=" + image
        + ", initContainers=" + initContainers
        + ", javaOptions=" + javaOptions
        + ", labels=" + labels
        + ", lifecycle=" + lifecycle
        + ", memory=" + memory
        + ", memoryLimit=" + memoryLimit
        + ", memoryOverhead=" + memoryOverhead
        + ", nodeSelector=" + nodeSelector
        + ", podSecurityContext=" + podSecurityContext
        + ", ports=" + ports
        + ", priorityClassName=" + priorityClassName
        + ", schedulerName=" + schedulerName
        + ", secrets=" + secrets
        + ", securityContext=" + securityContext
        + ", serviceAccount=" + serviceAccount
        + ", shareProcessNamespace=" + shareProcessNamespace
        + ", sidecars=" + sidecars
        + ", template=" + template
        + ", terminationGracePeriodSeconds=" + terminationGracePeriodSeconds
        + ", tolerations=" + tolerations
        + ", volumeMounts=" + volumeMounts;
  }
}
