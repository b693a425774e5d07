package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.Objects;

/**
 * A long-running standalone Spark cluster (master and workers) run by the Apache operator.
 *
 * <p>CRD path: {@code spark.apache.org/v1 SparkCluster}.
 *
 * <p>A plain model class (not fabric8's {@code CustomResource}, whose fields carry no
 * {@code @JsonProperty} and which lives in the client jar); {@code status} is not modelled: it is
 * written by the operator, never by Sparkform.
 */
@Group("spark.apache.org")
@Version("v1")
@Kind("SparkCluster")
@Plural("sparkclusters")
// HasMetadata's derived getters are not fields of the resource.
@JsonIgnoreProperties({"plural", "singular", "fullResourceName", "markedForDeletion", "finalizers"})
public class SparkCluster implements HasMetadata, Namespaced {
  /** {@value} */
  public static final String API_VERSION = "spark.apache.org/v1";
  /** {@value} */
  public static final String KIND = "SparkCluster";

  @JsonProperty("apiVersion")
  private String apiVersion = API_VERSION;

  @JsonProperty("kind")
  private String kind = KIND;

  @JsonProperty("metadata")
  private ObjectMeta metadata;

  @JsonProperty("spec")
  private SparkClusterSpec spec;

  public SparkCluster() {}

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public SparkCluster withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  @Override
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public SparkCluster withKind(String kind) {
    this.kind = kind;
    return this;
  }

  @Override
  public ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public SparkCluster withMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  public SparkClusterSpec getSpec() {
    return spec;
  }

  public void setSpec(SparkClusterSpec spec) {
    this.spec = spec;
  }

  public SparkCluster withSpec(SparkClusterSpec spec) {
    this.spec = spec;
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
    SparkCluster that = (SparkCluster) o;
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
    return "SparkCluster{apiVersion=" + apiVersion
        + ", kind=" + kind
        + ", metadata=" + metadata
        + ", spec=" + spec + "}";
  }
}
