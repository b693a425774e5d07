package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The service and ingress for the Spark UI.
 *
 * <p>CRD path: {@code SparkApplication.spec.sparkUIOptions}.
 */
public class SparkUIConfiguration {
  @JsonProperty("ingressAnnotations")
  private Map<String, String> ingressAnnotations;

  @JsonProperty("ingressTLS")
  private List<IngressTLS> ingressTLS;

  @JsonProperty("serviceAnnotations")
  private Map<String, String> serviceAnnotations;

  @JsonProperty("serviceLabels")
  private Map<String, String> serviceLabels;

  @JsonProperty("servicePort")
  private Integer servicePort;

  @JsonProperty("servicePortName")
  private String servicePortName;

  @JsonProperty("serviceType")
  private String serviceType;

  public SparkUIConfiguration() {}

  public Map<String, String> getIngressAnnotations() {
    return ingressAnnotations;
  }

  public void setIngressAnnotations(Map<String, String> ingressAnnotations) {
    this.ingressAnnotations = ingressAnnotations == null ? null : new LinkedHashMap<>(ingressAnnotations);
  }

  public SparkUIConfiguration withIngressAnnotations(Map<String, String> ingressAnnotations) {
    setIngressAnnotations(ingressAnnotations);
    return this;
  }

  public List<IngressTLS> getIngressTLS() {
    return ingressTLS;
  }

  public void setIngressTLS(List<IngressTLS> ingressTLS) {
    this.ingressTLS = ingressTLS == null ? null : new ArrayList<>(ingressTLS);
  }

  public SparkUIConfiguration withIngressTLS(List<IngressTLS> ingressTLS) {
    setIngressTLS(ingressTLS);
    return this;
  }

  public Map<String, String> getServiceAnnotations() {
    return serviceAnnotations;
  }

  public void setServiceAnnotations(Map<String, String> serviceAnnotations) {
    this.serviceAnnotations = serviceAnnotations == null ? null : new LinkedHashMap<>(serviceAnnotations);
  }

  public SparkUIConfiguration withServiceAnnotations(Map<String, String> serviceAnnotations) {
    setServiceAnnotations(serviceAnnotations);
    return this;
  }

  public Map<String, String> getServiceLabels() {
    return serviceLabels;
  }

  public void setServiceLabels(Map<String, String> serviceLabels) {
    this.serviceLabels = serviceLabels == null ? null : new LinkedHashMap<>(serviceLabels);
  }

  public SparkUIConfiguration withServiceLabels(Map<String, String> serviceLabels) {
    setServiceLabels(serviceLabels);
    return this;
  }

  public Integer getServicePort() {
    return servicePort;
  }

  public void setServicePort(Integer servicePort) {
    this.servicePort = servicePort;
  }

  public SparkUIConfiguration withServicePort(Integer servicePort) {
    setServicePort(servicePort);
    return this;
  }

  public String getServicePortName() {
    return servicePortName;
  }

  public void setServicePortName(String servicePortName) {
    this.servicePortName = servicePortName;
  }

  public SparkUIConfiguration withServicePortName(String servicePortName) {
    setServicePortName(servicePortName);
    return this;
  }

  public String getServiceType() {
    return serviceType;
  }

  public void setServiceType(String serviceType) {
    this.serviceType = serviceType;
  }

  public SparkUIConfiguration withServiceType(String serviceType) {
    setServiceType(serviceType);
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
    SparkUIConfiguration that = (SparkUIConfiguration) o;
    return Objects.equals(ingressAnnotations, that.ingressAnnotations)
        && Objects.equals(ingressTLS, that.ingressTLS)
        && Objects.equals(serviceAnnotations, that.serviceAnnotations)
        && Objects.equals(serviceLabels, that.serviceLabels)
        && Objects.equals(servicePort, that.servicePort)
        && Objects.equals(servicePortName, that.servicePortName)
        && Objects.equals(serviceType, that.serviceType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ingressAnnotations, ingressTLS, serviceAnnotations, serviceLabels, servicePort, servicePortName, serviceType);
  }

  @Override
  public String toString() {
    return "SparkUIConfiguration{ingressAnnotations=" + ingressAnnotations
        + ", ingressTLS=" + ingressTLS
        + ", serviceAnnotations=" + serviceAnnotations
        + ", serviceLabels=" + serviceLabels
        + ", servicePort=" + servicePort
        + ", servicePortName=" + servicePortName
        + ", serviceType=" + serviceType + "}";
  }
}
