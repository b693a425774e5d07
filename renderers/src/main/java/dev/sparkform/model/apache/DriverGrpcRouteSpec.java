package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteSpec;
import java.util.Objects;

/**
 * A service and Gateway API GRPCRoute the operator creates in front of the driver.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverGrpcRouteList[]}.
 */
public class DriverGrpcRouteSpec {
  @JsonProperty("grpcRouteMetadata")
  private ObjectMeta grpcRouteMetadata;

  @JsonProperty("grpcRouteSpec")
  private GRPCRouteSpec grpcRouteSpec;

  @JsonProperty("serviceMetadata")
  private ObjectMeta serviceMetadata;

  @JsonProperty("serviceSpec")
  private ServiceSpec serviceSpec;

  public DriverGrpcRouteSpec() {}

  public ObjectMeta getGrpcRouteMetadata() {
    return grpcRouteMetadata;
  }

  public void setGrpcRouteMetadata(ObjectMeta grpcRouteMetadata) {
    this.grpcRouteMetadata = grpcRouteMetadata;
  }

  public DriverGrpcRouteSpec withGrpcRouteMetadata(ObjectMeta grpcRouteMetadata) {
    setGrpcRouteMetadata(grpcRouteMetadata);
    return this;
  }

  public GRPCRouteSpec getGrpcRouteSpec() {
    return grpcRouteSpec;
  }

  public void setGrpcRouteSpec(GRPCRouteSpec grpcRouteSpec) {
    this.grpcRouteSpec = grpcRouteSpec;
  }

  public DriverGrpcRouteSpec withGrpcRouteSpec(GRPCRouteSpec grpcRouteSpec) {
    setGrpcRouteSpec(grpcRouteSpec);
    return this;
  }

  public ObjectMeta getServiceMetadata() {
    return serviceMetadata;
  }

  public void setServiceMetadata(ObjectMeta serviceMetadata) {
    this.serviceMetadata = serviceMetadata;
  }

  public DriverGrpcRouteSpec withServiceMetadata(ObjectMeta serviceMetadata) {
    setServiceMetadata(serviceMetadata);
    return this;
  }

  public ServiceSpec getServiceSpec() {
    return serviceSpec;
  }

  public void setServiceSpec(ServiceSpec serviceSpec) {
    this.serviceSpec = serviceSpec;
  }

  public DriverGrpcRouteSpec withServiceSpec(ServiceSpec serviceSpec) {
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
    DriverGrpcRouteSpec that = (DriverGrpcRouteSpec) o;
    return Objects.equals(grpcRouteMetadata, that.grpcRouteMetadata)
        && Objects.equals(grpcRouteSpec, that.grpcRouteSpec)
        && Objects.equals(serviceMetadata, that.serviceMetadata)
        && Objects.equals(serviceSpec, that.serviceSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grpcRouteMetadata, grpcRouteSpec, serviceMetadata, serviceSpec);
  }

  @Override
  public String toString() {
    return "DriverGrpcRouteSpec{grpcRouteMetadata=" + grpcRouteMetadata
        + ", grpcRouteSpec=" + grpcRouteSpec
        + ", serviceMetadata=" + serviceMetadata
        + ", serviceSpec=" + serviceSpec + "}";
  }
}
