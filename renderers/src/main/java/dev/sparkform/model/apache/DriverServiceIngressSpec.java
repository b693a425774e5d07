package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import java.util.Objects;

/**
 * A service and ingress the operator creates in front of the driver.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverServiceIngressList[]}.
 */
public class DriverServiceIngressSpec extends DriverServiceSpec<DriverServiceIngressSpec> {
  @JsonProperty("ingressMetadata")
  private ObjectMeta ingressMetadata;

  @JsonProperty("ingressSpec")
  private IngressSpec ingressSpec;

  public DriverServiceIngressSpec() {}

  @Override
  protected DriverServiceIngressSpec self() {
    return this;
  }

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

  @Override
  public boolean equals(Object o) {
    if (!super.equals(o)) {
      return false;
    }
    DriverServiceIngressSpec that = (DriverServiceIngressSpec) o;
    return Objects.equals(ingressMetadata, that.ingressMetadata)
        && Objects.equals(ingressSpec, that.ingressSpec);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(ingressMetadata, ingressSpec);
  }

  @Override
  public String toString() {
    return "DriverServiceIngressSpec{" + baseFieldsToString()
        + ", ingressMetadata=" + ingressMetadata
        + ", ingressSpec=" + ingressSpec + "}";
  }
}
