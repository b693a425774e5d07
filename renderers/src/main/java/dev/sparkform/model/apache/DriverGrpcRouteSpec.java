package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteSpec;
import java.util.Objects;

/**
 * A service and Gateway API GRPCRoute the operator creates in front of the driver.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverGrpcRouteList[]}.
 */
public class DriverGrpcRouteSpec extends DriverServiceSpec<DriverGrpcRouteSpec> {
  @JsonProperty("grpcRouteMetadata")
  private ObjectMeta grpcRouteMetadata;

  @JsonProperty("grpcRouteSpec")
  private GRPCRouteSpec grpcRouteSpec;

  public DriverGrpcRouteSpec() {}

  @Override
  protected DriverGrpcRouteSpec self() {
    return this;
  }

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

  @Override
  public boolean equals(Object o) {
    if (!super.equals(o)) {
      return false;
    }
    DriverGrpcRouteSpec that = (DriverGrpcRouteSpec) o;
    return Objects.equals(grpcRouteMetadata, that.grpcRouteMetadata)
        && Objects.equals(grpcRouteSpec, that.grpcRouteSpec);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(grpcRouteMetadata, grpcRouteSpec);
  }

  @Override
  public String toString() {
    return "DriverGrpcRouteSpec{" + baseFieldsToString()
        + ", grpcRouteMetadata=" + grpcRouteMetadata
        + ", grpcRouteSpec=" + grpcRouteSpec + "}";
  }
}
