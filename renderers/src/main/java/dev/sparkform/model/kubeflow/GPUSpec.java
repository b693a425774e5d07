package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * GPUs a pod requests: the resource name (e.g. nvidia.com/gpu) and how many.
 *
 * <p>CRD path: {@code SparkApplication.spec.driver.gpu}.
 */
public class GPUSpec {
  @JsonProperty("name")
  private String name;

  @JsonProperty("quantity")
  private Long quantity;

  public GPUSpec() {}

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public GPUSpec withName(String name) {
    setName(name);
    return this;
  }

  public Long getQuantity() {
    return quantity;
  }

  public void setQuantity(Long quantity) {
    this.quantity = quantity;
  }

  public GPUSpec withQuantity(Long quantity) {
    setQuantity(quantity);
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
    GPUSpec that = (GPUSpec) o;
    return Objects.equals(name, that.name)
        && Objects.equals(quantity, that.quantity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, quantity);
  }

  @Override
  public String toString() {
    return "GPUSpec{name=" + name
        + ", quantity=" + quantity + "}";
  }
}
