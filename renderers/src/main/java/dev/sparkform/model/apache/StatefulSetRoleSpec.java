package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.Objects;

/**
 * A cluster role (master or workers) as the operator runs it: a StatefulSet and a Service, each with metadata and spec.
 *
 * <p>CRD path: {@code SparkCluster.spec.masterSpec / .workerSpec (shared fields)}.
 *
 * <p>Fluent {@code withX(..)} methods return the concrete subclass, so the workers' autoscaler
 * chains after the shared fields.
 *
 * @param <T> the concrete role spec type
 */
public abstract class StatefulSetRoleSpec<T extends StatefulSetRoleSpec<T>> {
  @JsonProperty("serviceMetadata")
  private ObjectMeta serviceMetadata;

  @JsonProperty("serviceSpec")
  private ServiceSpec serviceSpec;

  @JsonProperty("statefulSetMetadata")
  private ObjectMeta statefulSetMetadata;

  @JsonProperty("statefulSetSpec")
  private StatefulSetSpec statefulSetSpec;

  protected StatefulSetRoleSpec() {}

  /** This object as its concrete type, for fluent setters. */
  protected abstract T self();

  public ObjectMeta getServiceMetadata() {
    return serviceMetadata;
  }

  public void setServiceMetadata(ObjectMeta serviceMetadata) {
    this.serviceMetadata = serviceMetadata;
  }

  public T withServiceMetadata(ObjectMeta serviceMetadata) {
    setServiceMetadata(serviceMetadata);
    return self();
  }

  public ServiceSpec getServiceSpec() {
    return serviceSpec;
  }

  public void setServiceSpec(ServiceSpec serviceSpec) {
    this.serviceSpec = serviceSpec;
  }

  public T withServiceSpec(ServiceSpec serviceSpec) {
    setServiceSpec(serviceSpec);
    return self();
  }

  public ObjectMeta getStatefulSetMetadata() {
    return statefulSetMetadata;
  }

  public void setStatefulSetMetadata(ObjectMeta statefulSetMetadata) {
    this.statefulSetMetadata = statefulSetMetadata;
  }

  public T withStatefulSetMetadata(ObjectMeta statefulSetMetadata) {
    setStatefulSetMetadata(statefulSetMetadata);
    return self();
  }

  public StatefulSetSpec getStatefulSetSpec() {
    return statefulSetSpec;
  }

  public void setStatefulSetSpec(StatefulSetSpec statefulSetSpec) {
    this.statefulSetSpec = statefulSetSpec;
  }

  public T withStatefulSetSpec(StatefulSetSpec statefulSetSpec) {
    setStatefulSetSpec(statefulSetSpec);
    return self();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    StatefulSetRoleSpec<?> that = (StatefulSetRoleSpec<?>) o;
    return Objects.equals(serviceMetadata, that.serviceMetadata)
        && Objects.equals(serviceSpec, that.serviceSpec)
        && Objects.equals(statefulSetMetadata, that.statefulSetMetadata)
        && Objects.equals(statefulSetSpec, that.statefulSetSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceMetadata, serviceSpec, statefulSetMetadata, statefulSetSpec);
  }

  /** The shared fields, for subclasses' {@code toString()}. */
  protected String baseFieldsToString() {
    return "serviceMetadata=" + serviceMetadata
        + ", serviceSpec=" + serviceSpec
        + ", statefulSetMetadata=" + statefulSetMetadata
        + ", statefulSetSpec=" + statefulSetSpec;
  }
}
