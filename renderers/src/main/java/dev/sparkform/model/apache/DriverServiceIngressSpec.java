package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import java.util.Objects;

/**
 * A service and ingress the operator creates in front of the driver.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverServiceIngressList[]}.
 */
public class DriverServiceIngressSpec {
  @JsonProperty("ingressMetadata")
  private ObjectMeta ingressMetadata;

  @JsonProperty("ingressSpec")
  private IngressSpec ingressSpec;

  @JsonProperty("serviceMetadata")
  private ObjectMeta serviceMetadata;

  @JsonProperty("serviceSpec")
  private ServiceSpec serviceSpec;

  public DriverServiceIngressSpec() {}

  public ObjectMeta getIngressMetadata() {
    return ingressMetadata;
  }

  public void setIngressMetadata(ObjectMeta ingressMetadata) {
    this.ingressMetadata = ingressMetadata;
  }

  public DriverServiceIngressSpec withIngressMetadata(ObjectMeta ingressMetadata) {
    setIngressMetadata(ingressMetadata);
    return this;
  }

  public IngressSpec getIngressSpec() {
    return ingressSpec;
  }

  public void setIngressSpec(IngressSpec ingressSpec) {
    this.ingressSpec = ingressSpec;
  }

  public DriverServiceIngressSpec withIngressSpec(IngressSpec ingressSpec) {
    setIngressSpec(ingressSpec);
    return this;
  }

  public ObjectMeta getServiceMetadata() {
    return serviceMetadata;
  }

  public void setServiceMetadata(ObjectMeta serviceMetadata) {
    this.serviceMetadata = serviceMetadata;
  }

  public DriverServiceIngressSpec withServiceMetadata(ObjectMeta serviceMetadata) {
    setServiceMetadata(serviceMetadata);
    return this;
  }

  public ServiceSpec getServiceSpec() {
    return serviceSpec;
  }

  public void setServiceSpec(ServiceSpec serviceSpec) {
    this.serviceSpec = serviceSpec;
  }

  public DriverServiceIngressSpec withServiceSpec(ServiceSpec serviceSpec) {
    setServiceSpec(serviceSpec);
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
    DriverServiceIngressSpec that = (DriverServiceIngressSpec) o;
    return Objects.equals(ingressMetadata, that.ingressMetadata)
        && Objects.equals(ingressSpec, that.ingressSpec)
        && Objects.equals(serviceMetadata, that.serviceMetadata)
        && Objects.equals(serviceSpec, that.serviceSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ingressMetadata, ingressSpec, serviceMetadata, serviceSpec);
  }

  @Override
  public String toString() {
    return "DriverServiceIngressSpec{ingressMetadata=" + ingressMetadata
        + ", ingressSpec=" + ingressSpec
        + ", serviceMetadata=" + serviceMetadata
        + ", serviceSpec=" + serviceSpec + "}";
  }
}
