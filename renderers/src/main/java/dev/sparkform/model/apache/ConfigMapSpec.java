package dev.sparkform.model.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A config map the operator creates for the application.
 *
 * <p>CRD path: {@code SparkApplication.spec.configMapSpecs[]}.
 */
public class ConfigMapSpec {
  @JsonProperty("annotations")
  private Map<String, String> annotations;

  @JsonProperty("data")
  private Map<String, String> data;

  @JsonProperty("labels")
  private Map<String, String> labels;

  @JsonProperty("name")
  private String name;

  public ConfigMapSpec() {}

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations == null ? null : new LinkedHashMap<>(annotations);
  }

  public ConfigMapSpec withAnnotations(Map<String, String> annotations) {
    setAnnotations(annotations);
    return this;
  }

  public Map<String, String> getData() {
    return data;
  }

  public void setData(Map<String, String> data) {
    this.data = data == null ? null : new LinkedHashMap<>(data);
  }

  public ConfigMapSpec withData(Map<String, String> data) {
    setData(data);
    return this;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels == null ? null : new LinkedHashMap<>(labels);
  }

  public ConfigMapSpec withLabels(Map<String, String> labels) {
    setLabels(labels);
    return this;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ConfigMapSpec withName(String name) {
    setName(name);
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
    ConfigMapSpec that = (ConfigMapSpec) o;
    return Objects.equals(annotations, that.annotations)
        && Objects.equals(data, that.data)
        && Objects.equals(labels, that.labels)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, data, labels, name);
  }

  @Override
  public String toString() {
    return "ConfigMapSpec{annotations=" + annotations
        + ", data=" + data
        + ", labels=" + labels
        + ", name=" + name + "}";
  }
}
