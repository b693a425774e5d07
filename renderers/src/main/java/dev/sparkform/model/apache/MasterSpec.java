package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.Objects;

/**
 * The master: its StatefulSet and Service, each with metadata and spec.
 *
 * <p>CRD path: {@code SparkCluster.spec.masterSpec}.
 */
public class MasterSpec {
  @JsonProperty("serviceMetadata")
  private ObjectMeta serviceMetadata;

  @JsonProperty("serviceSpec")
  private ServiceSpec serviceSpec;

  @JsonProperty("statefulSetMetadata")
  private ObjectMeta statefulSetMetadata;

  @JsonProperty("statefulSetSpec")
  private StatefulSetSpec statefulSetSpec;

  public MasterSpec() {}

  public ObjectMeta getServiceMetadata() {
    return serviceMetadata;
  }

  public void setServiceMetadata(ObjectMeta serviceMetadata) {
    this.serviceMetadata = serviceMetadata;
  }

  public MasterSpec withServiceMetadata(ObjectMeta serviceMetadata) {
    setServiceMetadata(serviceMetadata);
    return this;
  }

  public ServiceSpec getServiceSpec() {
    return serviceSpec;
  }

  public void setServiceSpec(ServiceSpec serviceSpec) {
    this.serviceSpec = serviceSpec;
  }

  public MasterSpec withServiceSpec(ServiceSpec serviceSpec) {
    setServiceSpec(serviceSpec);
    return this;
  }

  public ObjectMeta getStatefulSetMetadata() {
    return statefulSetMetadata;
  }

  public void setStatefulSetMetadata(ObjectMeta statefulSetMetadata) {
    this.statefulSetMetadata = statefulSetMetadata;
  }

  public MasterSpec withStatefulSetMetadata(ObjectMeta statefulSetMetadata) {
    setStatefulSetMetadata(statefulSetMetadata);
    return this;
  }

  public StatefulSetSpec getStatefulSetSpec() {
    return statefulSetSpec;
  }

  public void setStatefulSetSpec(StatefulSetSpec statefulSetSpec) {
    this.statefulSetSpec = statefulSetSpec;
  }

  public MasterSpec withStatefulSetSpec(StatefulSetSpec statefulSetSpec) {
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
    MasterSpec that = (MasterSpec) o;
    return Objects.equals(serviceMetadata, that.serviceMetadata)
        && Objects.equals(serviceSpec, that.serviceSpec)
        && Objects.equals(statefulSetMetadata, that.statefulSetMetadata)
        && Objects.equals(statefulSetSpec, that.statefulSetSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceMetadata, serviceSpec, statefulSetMetadata, statefulSetSpec);
  }

  @Override
  public String toString() {
    return "MasterSpec{serviceMetadata=" + serviceMetadata
        + ", serviceSpec=" + serviceSpec
        + ", statefulSetMetadata=" + statefulSetMetadata
        + ", statefulSetSpec=" + statefulSetSpec + "}";
  }
}
