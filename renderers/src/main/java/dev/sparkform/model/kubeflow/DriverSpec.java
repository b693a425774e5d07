package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The driver pod: shared pod fields plus the driver-only ones.
 *
 * <p>CRD path: {@code SparkApplication.spec.driver}.
 */
public class DriverSpec extends SparkPodSpec<DriverSpec> {
  @JsonProperty("kubernetesMaster")
  private String kubernetesMaster;

  @JsonProperty("podName")
  private String podName;

  @JsonProperty("serviceAnnotations")
  private Map<String, String> serviceAnnotations;

  @JsonProperty("serviceLabels")
  private Map<String, String> serviceLabels;

  public DriverSpec() {}

  @Override
  protected DriverSpec self() {
    return this;
  }

  public String getKubernetesMaster() {
    return kubernetesMaster;
  }

  public void setKubernetesMaster(String kubernetesMaster) {
    this.kubernetesMaster = kubernetesMaster;
  }

  public DriverSpec withKubernetesMaster(String kubernetesMaster) {
    setKubernetesMaster(kubernetesMaster);
    return this;
  }

  public String getPodName() {
    return podName;
  }

  public void setPodName(String podName) {
    this.podName = podName;
  }

  public DriverSpec withPodName(String podName) {
    setPodName(podName);
    return this;
  }

  public Map<String, String> getServiceAnnotations() {
    return serviceAnnotations;
  }

  public void setServiceAnnotations(Map<String, String> serviceAnnotations) {
    this.serviceAnnotations = serviceAnnotations == null ? null : new LinkedHashMap<>(serviceAnnotations);
  }

  public DriverSpec withServiceAnnotations(Map<String, String> serviceAnnotations) {
    setServiceAnnotations(serviceAnnotations);
    return this;
  }

  public Map<String, String> getServiceLabels() {
    return serviceLabels;
  }

  public void setServiceLabels(Map<String, String> serviceLabels) {
    this.serviceLabels = serviceLabels == null ? null : new LinkedHashMap<>(serviceLabels);
  }

  public DriverSpec withServiceLabels(Map<String, String> serviceLabels) {
    setServiceLabels(serviceLabels);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (!super.equals(o)) {
      return false;
    }
    DriverSpec that = (DriverSpec) o;
    return Objects.equals(kubernetesMaster, that.kubernetesMaster)
        && Objects.equals(podName, that.podName)
        && Objects.equals(serviceAnnotations, that.serviceAnnotations)
        && Objects.equals(serviceLabels, that.serviceLabels);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(kubernetesMaster, podName, serviceAnnotations, serviceLabels);
  }

  @Override
  public String toString() {
    return "DriverSpec{" + baseFieldsToString()
        + ", kubernetesMaster=" + kubernetesMaster
        + ", podName=" + podName
        + ", serviceAnnotations=" + serviceAnnotations
        + ", serviceLabels=" + serviceLabels + "}";
  }
}
