package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A config map mounted into a pod at a path.
 *
 * <p>CRD path: {@code SparkApplication.spec.driver.configMaps[]}.
 */
public class NamePath {
  @JsonProperty("name")
  private String name;

  @JsonProperty("path")
  private String path;

  public NamePath() {}

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public NamePath withName(String name) {
    setName(name);
    return this;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public NamePath withPath(String path) {
    setPath(path);
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
    NamePath that = (NamePath) o;
    return Objects.equals(name, that.name)
        && Objects.equals(path, that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, path);
  }

  @Override
  public String toString() {
    return "NamePath{name=" + name
        + ", path=" + path + "}";
  }
}
