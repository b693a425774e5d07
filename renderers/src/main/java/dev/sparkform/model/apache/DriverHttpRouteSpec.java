package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import java.util.Objects;

/**
 * A service and Gateway API HTTPRoute the operator creates in front of the driver.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverHttpRouteList[]}.
 */
public class DriverHttpRouteSpec extends DriverServiceSpec<DriverHttpRouteSpec> {
  @JsonProperty("httpRouteMetadata")
  private ObjectMeta httpRouteMetadata;

  @JsonProperty("httpRouteSpec")
  private HTTPRouteSpec httpRouteSpec;

  public DriverHttpRouteSpec() {}

  @Override
  protected DriverHttpRouteSpec self() {
    return this;
  }

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

  @Override
  public boolean equals(Object o) {
    if (!super.equals(o)) {
      return false;
    }
    DriverHttpRouteSpec that = (DriverHttpRouteSpec) o;
    return Objects.equals(httpRouteMetadata, that.httpRouteMetadata)
        && Objects.equals(httpRouteSpec, that.httpRouteSpec);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(httpRouteMetadata, httpRouteSpec);
  }

  @Override
  public String toString() {
    return "DriverHttpRouteSpec{" + baseFieldsToString()
        + ", httpRouteMetadata=" + httpRouteMetadata
        + ", httpRouteSpec=" + httpRouteSpec + "}";
  }
}
