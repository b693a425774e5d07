package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import java.util.Objects;

/**
 * The workers: their StatefulSet, Service and optional HorizontalPodAutoscaler.
 *
 * <p>CRD path: {@code SparkCluster.spec.workerSpec}.
 */
public class WorkerSpec extends StatefulSetRoleSpec<WorkerSpec> {
  @JsonProperty("horizontalPodAutoscalerSpec")
  private HorizontalPodAutoscalerSpec horizontalPodAutoscalerSpec;

  public WorkerSpec() {}

  @Override
  protected WorkerSpec self() {
    return this;
  }

  public HorizontalPodAutoscalerSpec getHorizontalPodAutoscalerSpec() {
    return horizontalPodAutoscalerSpec;
  }

  public void setHorizontalPodAutoscalerSpec(HorizontalPodAutoscalerSpec horizontalPodAutoscalerSpec) {
    this.horizontalPodAutoscalerSpec = horizontalPodAutoscalerSpec;
  }

  public WorkerSpec withHorizontalPodAutoscalerSpec(HorizontalPodAutoscalerSpec horizontalPodAutoscalerSpec) {
    setHorizontalPodAutoscalerSpec(horizontalPodAutoscalerSpec);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (!super.equals(o)) {
      return false;
    }
    WorkerSpec that = (WorkerSpec) o;
    return Objects.equals(horizontalPodAutoscalerSpec, that.horizontalPodAutoscalerSpec);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(horizontalPodAutoscalerSpec);
  }

  @Override
  public String toString() {
    return "WorkerSpec{" + baseFieldsToString()
        + ", horizontalPodAutoscalerSpec=" + horizontalPodAutoscalerSpec + "}";
  }
}
