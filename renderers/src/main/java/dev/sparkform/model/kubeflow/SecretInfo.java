package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A secret mounted into a pod at a path, with its kind (e.g. GCPServiceAccount, HadoopDelegationToken, Generic).
 *
 * <p>CRD path: {@code SparkApplication.spec.driver.secrets[]}.
 */
public class SecretInfo {
  @JsonProperty("name")
  private String name;

  @JsonProperty("path")
  private String path;

  @JsonProperty("secretType")
  private String secretType;

  public SecretInfo() {}

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public SecretInfo withName(String name) {
    setName(name);
    return this;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public SecretInfo withPath(String path) {
    setPath(path);
    return this;
  }

  public String getSecretType() {
    return secretType;
  }

  public void setSecretType(String secretType) {
    this.secretType = secretType;
  }

  public SecretInfo withSecretType(String secretType) {
    setSecretType(secretType);
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
    SecretInfo that = (SecretInfo) o;
    return Objects.equals(name, that.name)
        && Objects.equals(path, that.path)
        && Objects.equals(secretType, that.secretType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, path, secretType);
  }

  @Override
  public String toString() {
    return "SecretInfo{name=" + name
        + ", path=" + path
        + ", secretType=" + secretType + "}";
  }
}
