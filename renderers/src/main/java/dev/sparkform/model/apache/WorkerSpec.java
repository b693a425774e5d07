package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import java.util.Objects;

/**
 * The workers: their StatefulSet, Service and optional HorizontalPodAutoscaler.
 *
 * <p>CRD path: {@code SparkCluster.spec.workerSpec}.
 */
public class WorkerSpec {
  @JsonProperty("horizontalPodAutoscalerSpec")
  private HorizontalPodAutoscalerSpec horizontalPodAutoscalerSpec;

  @JsonProperty("serviceMetadata")
  private ObjectMeta serviceMetadata;

  @JsonProperty("serviceSpec")
  private ServiceSpec serviceSpec;

  @JsonProperty("statefulSetMetadata")
  private ObjectMeta statefulSetMetadata;

  @JsonProperty("statefulSetSpec")
  private StatefulSetSpec statefulSetSpec;

  public WorkerSpec() {}

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

  public ObjectMeta getServiceMetadata() {
    return serviceMetadata;
  }

  public void setServiceMetadata(ObjectMeta serviceMetadata) {
    this.serviceMetadata = serviceMetadata;
  }

  public WorkerSpec withServiceMetadata(ObjectMeta serviceMetadata) {
    setServiceMetadata(serviceMetadata);
    return this;
  }

  public ServiceSpec getServiceSpec() {
    return serviceSpec;
  }

  public void setServiceSpec(ServiceSpec serviceSpec) {
    this.serviceSpec = serviceSpec;
  }

  public WorkerSpec withServiceSpec(ServiceSpec serviceSpec) {
    setServiceSpec(serviceSpec);
    return this;
  }

  public ObjectMeta getStatefulSetMetadata() {
    return statefulSetMetadata;
  }

  public void setStatefulSetMetadata(ObjectMeta statefulSetMetadata) {
    this.statefulSetMetadata = statefulSetMetadata;
  }

  public WorkerSpec withStatefulSetMetadata(ObjectMeta statefulSetMetadata) {
    setStatefulSetMetadata(statefulSetMetadata);
    return this;
  }

  public StatefulSetSpec getStatefulSetSpec() {
    return statefulSetSpec;
  }

  public void setStatefulSetSpec(StatefulSetSpec statefulSetSpec) {
    this.statefulSetSpec = statefulSetSpec;
  }

  public WorkerSpec withStatefulSetSpec(StatefulSetSpec statefulSetSpec) {
    setStatefulSetSpec(statefulSetSpec);
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
    WorkerSpec that = (WorkerSpec) o;
    return Objects.equals(horizontalPodAutoscalerSpec, that.horizontalPodAutoscalerSpec)
        && Objects.equals(serviceMetadata, that.serviceMetadata)
        && Objects.equals(serviceSpec, that.serviceSpec)
        && Objects.equals(statefulSetMetadata, that.statefulSetMetadata)
        && Objects.equals(statefulSetSpec, that.statefulSetSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(horizontalPodAutoscalerSpec, serviceMetadata, serviceSpec, statefulSetMetadata, statefulSetSpec);
  }

  @Override
  public String toString() {
    return "WorkerSpec{horizontalPodAutoscalerSpec=" + horizontalPodAutoscalerSpec
        + ", serviceMetadata=" + serviceMetadata
        + ", serviceSpec=" + serviceSpec
        + ", statefulSetMetadata=" + statefulSetMetadata
        + ", statefulSetSpec=" + statefulSetSpec + "}";
  }
}
