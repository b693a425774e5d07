package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The service and ingress the operator creates in front of a driver port.
 *
 * <p>CRD path: {@code SparkApplication.spec.sparkUIOptions / .driverIngressOptions[] (shared fields)}.
 *
 * <p>Fluent {@code withX(..)} methods return the concrete subclass, so the driver ingress options
 * chain their own field after shared ones.
 *
 * @param <T> the concrete options type
 */
public abstract class ServiceIngressOptions<T extends ServiceIngressOptions<T>> {
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

  protected ServiceIngressOptions() {}

  /** This object as its concrete type, for fluent setters. */
  protected abstract T self();

  public Map<String, String> getIngressAnnotations() {
    return ingressAnnotations;
  }

  public void setIngressAnnotations(Map<String, String> ingressAnnotations) {
    this.ingressAnnotations = ingressAnnotations == null ? null : new LinkedHashMap<>(ingressAnnotations);
  }

  public T withIngressAnnotations(Map<String, String> ingressAnnotations) {
    setIngressAnnotations(ingressAnnotations);
    return self();
  }

  public List<IngressTLS> getIngressTLS() {
    return ingressTLS;
  }

  public void setIngressTLS(List<IngressTLS> ingressTLS) {
    this.ingressTLS = ingressTLS == null ? null : new ArrayList<>(ingressTLS);
  }

  public T withIngressTLS(List<IngressTLS> ingressTLS) {
    setIngressTLS(ingressTLS);
    return self();
  }

  public Map<String, String> getServiceAnnotations() {
    return serviceAnnotations;
  }

  public void setServiceAnnotations(Map<String, String> serviceAnnotations) {
    this.serviceAnnotations = serviceAnnotations == null ? null : new LinkedHashMap<>(serviceAnnotations);
  }

  public T withServiceAnnotations(Map<String, String> serviceAnnotations) {
    setServiceAnnotations(serviceAnnotations);
    return self();
  }

  public Map<String, String> getServiceLabels() {
    return serviceLabels;
  }

  public void setServiceLabels(Map<String, String> serviceLabels) {
    this.serviceLabels = serviceLabels == null ? null : new LinkedHashMap<>(serviceLabels);
  }

  public T withServiceLabels(Map<String, String> serviceLabels) {
    setServiceLabels(serviceLabels);
    return self();
  }

  public Integer getServicePort() {
    return servicePort;
  }

  public void setServicePort(Integer servicePort) {
    this.servicePort = servicePort;
  }

  public T withServicePort(Integer servicePort) {
    setServicePort(servicePort);
    return self();
  }

  public String getServicePortName() {
    return servicePortName;
  }

  public void setServicePortName(String servicePortName) {
    this.servicePortName = servicePortName;
  }

  public T withServicePortName(String servicePortName) {
    setServicePortName(servicePortName);
    return self();
  }

  public String getServiceType() {
    return serviceType;
  }

  public void setServiceType(String serviceType) {
    this.serviceType = serviceType;
  }

  public T withServiceType(String serviceType) {
    setServiceType(serviceType);
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
    ServiceIngressOptions<?> that = (ServiceIngressOptions<?>) o;
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

  /** The shared fields, for subclasses' {@code toString()}. */
  protected String baseFieldsToString() {
    return "ingressAnnotations=" + ingressAnnotations
        + ", ingressTLS=" + ingressTLS
        + ", serviceAnnotations=" + serviceAnnotations
        + ", serviceLabels=" + serviceLabels
        + ", servicePort=" + servicePort
        + ", servicePortName=" + servicePortName
        + ", serviceType=" + serviceType;
  }
}
