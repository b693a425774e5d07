package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import java.util.Objects;

/**
 * A service and Gateway API HTTPRoute the operator creates in front of the driver.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverHttpRouteList[]}.
 */
public class DriverHttpRouteSpec {
  @JsonProperty("httpRouteMetadata")
  private ObjectMeta httpRouteMetadata;

  @JsonProperty("httpRouteSpec")
  private HTTPRouteSpec httpRouteSpec;

  @JsonProperty("serviceMetadata")
  private ObjectMeta serviceMetadata;

  @JsonProperty("serviceSpec")
  private ServiceSpec serviceSpec;

  public DriverHttpRouteSpec() {}

  public ObjectMeta getHttpRouteMetadata() {
    return httpRouteMetadata;
  }

  public void setHttpRouteMetadata(ObjectMeta httpRouteMetadata) {
    this.httpRouteMetadata = httpRouteMetadata;
  }

  public DriverHttpRouteSpec withHttpRouteMetadata(ObjectMeta httpRouteMetadata) {
    setHttpRouteMetadata(httpRouteMetadata);
    return this;
  }

  public HTTPRouteSpec getHttpRouteSpec() {
    return httpRouteSpec;
  }

  public void setHttpRouteSpec(HTTPRouteSpec httpRouteSpec) {
    this.httpRouteSpec = httpRouteSpec;
  }

  public DriverHttpRouteSpec withHttpRouteSpec(HTTPRouteSpec httpRouteSpec) {
    setHttpRouteSpec(httpRouteSpec);
    return this;
  }

  public ObjectMeta getServiceMetadata() {
    return serviceMetadata;
  }

  public void setServiceMetadata(ObjectMeta serviceMetadata) {
    this.serviceMetadata = serviceMetadata;
  }

  public DriverHttpRouteSpec withServiceMetadata(ObjectMeta serviceMetadata) {
    setServiceMetadata(serviceMetadata);
    return this;
  }

  public ServiceSpec getServiceSpec() {
    return serviceSpec;
  }

  public void setServiceSpec(ServiceSpec serviceSpec) {
    this.serviceSpec = serviceSpec;
  }

  public DriverHttpRouteSpec withServiceSpec(ServiceSpec serviceSpec) {
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
    DriverHttpRouteSpec that = (DriverHttpRouteSpec) o;
    return Objects.equals(httpRouteMetadata, that.httpRouteMetadata)
        && Objects.equals(httpRouteSpec, that.httpRouteSpec)
        && Objects.equals(serviceMetadata, that.serviceMetadata)
        && Objects.equals(serviceSpec, that.serviceSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(httpRouteMetadata, httpRouteSpec, serviceMetadata, serviceSpec);
  }

  @Override
  public String toString() {
    return "DriverHttpRouteSpec{httpRouteMetadata=" + httpRouteMetadata
        + ", httpRouteSpec=" + httpRouteSpec
        + ", serviceMetadata=" + serviceMetadata
        + ", serviceSpec=" + serviceSpec + "}";
  }
}
