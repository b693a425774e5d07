package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.Objects;

/**
 * The service the operator creates in front of the driver, for an ingress or a Gateway API route.
 *
 * <p>CRD path: {@code SparkApplication.spec.driverServiceIngressList[] / .driverHttpRouteList[] / .driverGrpcRouteList[] (shared fields)}.
 *
 * <p>Fluent {@code withX(..)} methods return the concrete subclass, so the ingress or route fields
 * chain after the service ones.
 *
 * @param <T> the concrete driver service spec type
 */
public abstract class DriverServiceSpec<T extends DriverServiceSpec<T>> {
  @JsonProperty("serviceMetadata")
  private ObjectMeta serviceMetadata;

  @JsonProperty("serviceSpec")
  private ServiceSpec serviceSpec;

  protected DriverServiceSpec() {}

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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    DriverServiceSpec<?> that = (DriverServiceSpec<?>) o;
    return Objects.equals(serviceMetadata, that.serviceMetadata)
        && Objects.equals(serviceSpec, that.serviceSpec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceMetadata, serviceSpec);
  }

  /** The shared fields, for subclasses' {@code toString()}. */
  protected String baseFieldsToString() {
    return "serviceMetadata=" + serviceMetadata
        + ", serviceSpec=" + serviceSpec;
  }
}
