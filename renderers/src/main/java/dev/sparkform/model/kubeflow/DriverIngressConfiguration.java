package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A service and ingress the operator creates in front of a driver port, with the ingress URL format.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverIngressOptions[]}.
 */
public class DriverIngressConfiguration extends ServiceIngressOptions<DriverIngressConfiguration> {
  @JsonProperty("ingressURLFormat")
  private String ingressURLFormat;

  public DriverIngressConfiguration() {}

  @Override
  protected DriverIngressConfiguration self() {
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

  @Override
  public boolean equals(Object o) {
    if (!super.equals(o)) {
      return false;
    }
    DriverIngressConfiguration that = (DriverIngressConfiguration) o;
    return Objects.equals(ingressURLFormat, that.ingressURLFormat);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(ingressURLFormat);
  }

  @Override
  public String toString() {
    return "DriverIngressConfiguration{" + baseFieldsToString()
        + ", ingressURLFormat=" + ingressURLFormat + "}";
  }
}
