package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Objects;

/**
 * The pod template the operator starts the driver or executors from.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverSpec / .executorSpec}.
 */
public class ApplicationPodSpec {
  @JsonProperty("podTemplateSpec")
  private PodTemplateSpec podTemplateSpec;

  public ApplicationPodSpec() {}

  public PodTemplateSpec getPodTemplateSpec() {
    return podTemplateSpec;
  }

  public void setPodTemplateSpec(PodTemplateSpec podTemplateSpec) {
    this.podTemplateSpec = podTemplateSpec;
  }

  public ApplicationPodSpec withPodTemplateSpec(PodTemplateSpec podTemplateSpec) {
    setPodTemplateSpec(podTemplateSpec);
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
    ApplicationPodSpec that = (ApplicationPodSpec) o;
    return Objects.equals(podTemplateSpec, that.podTemplateSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(podTemplateSpec);
  }

  @Override
  public String toString() {
    return "ApplicationPodSpec{podTemplateSpec=" + podTemplateSpec + "}";
  }
}
