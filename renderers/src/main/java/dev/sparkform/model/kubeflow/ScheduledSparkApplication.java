package dev.sparkform.model.kubeflow;

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
 * A Spark application the kubeflow Spark operator runs on a cron schedule.
 *
 * <p>CRD path: {@code sparkoperator.k8s.io/v1beta2 ScheduledSparkApplication}.
 *
 * <p>A plain model class (not fabric8's {@code CustomResource}, whose fields carry no
 * {@code @JsonProperty} and which lives in the client jar); {@code status} is not modelled: it is
 * written by the operator, never by Sparkform.
 */
@Group("sparkoperator.k8s.io")
@Version("v1beta2")
@Kind("ScheduledSparkApplication")
@Plural("scheduledsparkapplications")
// HasMetadata's derived getters are not fields of the resource.
@JsonIgnoreProperties({"plural", "singular", "fullResourceName", "markedForDeletion", "finalizers"})
public class ScheduledSparkApplication implements HasMetadata, Namespaced {
  /** {@value} */
  public static final String API_VERSION = "sparkoperator.k8s.io/v1beta2";
  /** {@value} */
  public static final String KIND = "ScheduledSparkApplication";

  @JsonProperty("apiVersion")
  private String apiVersion = API_VERSION;

  @JsonProperty("kind")
  private String kind = KIND;

  @JsonProperty("metadata")
  private ObjectMeta metadata;

  @JsonProperty("spec")
  private ScheduledSparkApplicationSpec spec;

  public ScheduledSparkApplication() {}

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public ScheduledSparkApplication withApiVersion(String apiVersion) {
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

  public ScheduledSparkApplication withKind(String kind) {
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

  public ScheduledSparkApplication withMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  public ScheduledSparkApplicationSpec getSpec() {
    return spec;
  }

  public void setSpec(ScheduledSparkApplicationSpec spec) {
    this.spec = spec;
  }

  public ScheduledSparkApplication withSpec(ScheduledSparkApplicationSpec spec) {
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
    ScheduledSparkApplication that = (ScheduledSparkApplication) o;
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
    return "ScheduledSparkApplication{apiVersion=" + apiVersion
        + ", kind=" + kind
        + ", metadata=" + metadata
        + ", spec=" + spec + "}";
  }
}
