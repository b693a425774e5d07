package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service and ingress the operator creates in front of a driver port.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverIngressOptions[]}.
 */
public class DriverIngressConfiguration {
  @JsonProperty("ingressAnnotations")
  private Map<String, String> ingressAnnotations;

  @JsonProperty("ingressTLS")
  private List<IngressTLS> ingressTLS;

  @JsonProperty("ingressURLFormat")
  private String ingressURLFormat;

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

  public DriverIngressConfiguration() {}

  public Map<String, String> getIngressAnnotations() {
    return ingressAnnotations;
  }

  public void setIngressAnnotations(Map<String, String> ingressAnnotations) {
    this.ingressAnnotations = ingressAnnotations == null ? null : new LinkedHashMap<>(ingressAnnotations);
  }

  public DriverIngressConfiguration withIngressAnnotations(Map<String, String> ingressAnnotations) {
    setIngressAnnotations(ingressAnnotations);
    return this;
  }

  public List<IngressTLS> getIngressTLS() {
    return ingressTLS;
  }

  public void setIngressTLS(List<IngressTLS> ingressTLS) {
    this.ingressTLS = ingressTLS == null ? null : new ArrayList<>(ingressTLS);
  }

  public DriverIngressConfiguration withIngressTLS(List<IngressTLS> ingressTLS) {
    setIngressTLS(ingressTLS);
    return this;
  }

  public String getIngressURLFormat() {
    return ingressURLFormat;
  }

  public void setIngressURLFormat(String ingressURLFormat) {
    this.ingressURLFormat = ingressURLFormat;
  }

  public DriverIngressConfiguration withIngressURLFormat(String ingressURLFormat) {
    setIngressURLFormat(ingressURLFormat);
    return this;
  }

  public Map<String, String> getServiceAnnotations() {
    return serviceAnnotations;
  }

  public void setServiceAnnotations(Map<String, String> serviceAnnotations) {
    this.serviceAnnotations = serviceAnnotations == null ? null : new LinkedHashMap<>(serviceAnnotations);
  }

  public DriverIngressConfiguration withServiceAnnotations(Map<String, String> serviceAnnotations) {
    setServiceAnnotations(serviceAnnotations);
    return this;
  }

  public Map<String, String> getServiceLabels() {
    return serviceLabels;
  }

  public void setServiceLabels(Map<String, String> serviceLabels) {
    this.serviceLabels = serviceLabels == null ? null : new LinkedHashMap<>(serviceLabels);
  }

  public DriverIngressConfiguration withServiceLabels(Map<String, String> serviceLabels) {
    setServiceLabels(serviceLabels);
    return this;
  }

  public Integer getServicePort() {
    return servicePort;
  }

  public void setServicePort(Integer servicePort) {
    this.servicePort = servicePort;
  }

  public DriverIngressConfiguration withServicePort(Integer servicePort) {
    setServicePort(servicePort);
    return this;
  }

  public String getServicePortName() {
    return servicePortName;
  }

  public void setServicePortName(String servicePortName) {
    this.servicePortName = servicePortName;
  }

  public DriverIngressConfiguration withServicePortName(String servicePortName) {
    setServicePortName(servicePortName);
    return this;
  }

  public String getServiceType() {
    return serviceType;
  }

  public void setServiceType(String serviceType) {
    this.serviceType = serviceType;
  }

  public DriverIngressConfiguration withServiceType(String serviceType) {
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
    DriverIngressConfiguration that = (DriverIngressConfiguration) o;
    return Objects.equals(ingressAnnotations, that.ingressAnnotations)
        && Objects.equals(ingressTLS, that.ingressTLS)
        && Objects.equals(ingressURLFormat, that.ingressURLFormat)
        && Objects.equals(serviceAnnotations, that.serviceAnnotations)
        && Objects.equals(serviceLabels, that.serviceLabels)
        && Objects.equals(servicePort, that.servicePort)
        && Objects.equals(servicePortName, that.servicePortName)
        && Objects.equals(serviceType, that.serviceType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ingressAnnotations, ingressTLS, ingressURLFormat, serviceAnnotations, serviceLabels, servicePort, servicePortName, serviceType);
  }

  @Override
  public String toString() {
    return "DriverIngressConfiguration{ingressAnnotations=" + ingressAnnotations
        + ", ingressTLS=" + ingressTLS
        + ", ingressURLFormat=" + ingressURLFormat
        + ", serviceAnnotations=" + serviceAnnotations
        + ", serviceLabels=" + serviceLabels
        + ", servicePort=" + servicePort
        + ", servicePortName=" + servicePortName
        + ", serviceType=" + serviceType + "}";
  }
}
