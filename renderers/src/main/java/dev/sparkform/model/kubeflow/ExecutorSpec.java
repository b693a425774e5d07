package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The executor pods: shared pod fields plus the executor-only ones.
 *
 * <p>CRD path: {@code SparkApplication.spec.executor}.
 */
public class ExecutorSpec extends SparkPodSpec<ExecutorSpec> {
  @JsonProperty("deleteOnTermination")
  private Boolean deleteOnTermination;

  @JsonProperty("instances")
  private Integer instances;

  public ExecutorSpec() {}

  @Override
  protected ExecutorSpec self() {
    return this;
  }

  public Boolean getDeleteOnTermination() {
    return deleteOnTermination;
  }

  public void setDeleteOnTermination(Boolean deleteOnTermination) {
    this.deleteOnTermination = deleteOnTermination;
  }

  public ExecutorSpec withDeleteOnTermination(Boolean deleteOnTermination) {
    setDeleteOnTermination(deleteOnTermination);
    return this;
  }

  public Integer getInstances() {
    return instances;
  }

  public void setInstances(Integer instances) {
    this.instances = instances;
  }

  public ExecutorSpec withInstances(Integer instances) {
    setInstances(instances);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (!super.equals(o)) {
      return false;
    }
    ExecutorSpec that = (ExecutorSpec) o;
    return Objects.equals(deleteOnTermination, that.deleteOnTermination)
        && Objects.equals(instances, that.instances);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(deleteOnTermination, instances);
  }

  @Override
  public String toString() {
    return "ExecutorSpec{" + baseFieldsToString()
        + ", deleteOnTermination=" + deleteOnTermination
        + ", instances=" + instances + "}";
  }
}
