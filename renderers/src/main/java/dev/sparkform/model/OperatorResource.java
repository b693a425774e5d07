package dev.sparkform.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Objects;

/**
 * A Spark operator's custom resource: {@code apiVersion} and {@code kind} (the subclass's constants,
 * which match its {@code @Group}, {@code @Version} and {@code @Kind}), {@code metadata} and {@code spec}.
 *
 * <p>A plain model class rather than fabric8's {@code CustomResource}, whose fields carry no
 * {@code @JsonProperty} (so {@link dev.sparkform.render.PlainData} cannot read them) and which lives
 * in the client jar. {@code status} is not modelled: the operator writes it, never Sparkform.
 *
 * @param <S> the spec type
 * @param <R> the concrete resource type, returned by the fluent {@code withX(..)} methods
 */
// HasMetadata's derived getters (plural, finalizers, ...) are not fields of the resource.
@JsonIgnoreProperties({"plural", "singular", "fullResourceName", "markedForDeletion", "finalizers"})
public abstract class OperatorResource<S, R extends OperatorResource<S, R>> implements HasMetadata, Namespaced {
  @JsonProperty("apiVersion")
  private String apiVersion;

  @JsonProperty("kind")
  private String kind;

  @JsonProperty("metadata")
  private ObjectMeta metadata;

  @JsonProperty("spec")
  private S spec;

  /**
   * The subclass's constants, equal to its annotations (a test checks): reading annotations at
   * run time cost a one-app render a tenth of its time.
   */
  protected OperatorResource(String apiVersion, String kind) {
    this.apiVersion = apiVersion;
    this.kind = kind;
  }

  /** This object as its concrete type, for fluent setters. */
  protected abstract R self();

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public R withApiVersion(String apiVersion) {
    setApiVersion(apiVersion);
    return self();
  }

  @Override
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public R withKind(String kind) {
    setKind(kind);
    return self();
  }

  @Override
  public ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public R withMetadata(ObjectMeta metadata) {
    setMetadata(metadata);
    return self();
  }

  public S getSpec() {
    return spec;
  }

  public void setSpec(S spec) {
    this.spec = spec;
  }

  public R withSpec(S spec) {
    setSpec(spec);
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
    OperatorResource<?, ?> that = (OperatorResource<?, ?>) o;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(spec, that.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, spec);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{apiVersion=" + apiVersion
        + ", kind=" + kind
        + ", metadata=" + metadata
        + ", spec=" + spec + "}";
  }
}
