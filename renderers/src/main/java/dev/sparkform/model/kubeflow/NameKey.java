package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A key of a named secret, the source of an environment variable.
 *
 * <p>CRD path: {@code SparkApplication.spec.driver.envSecretKeyRefs{}}.
 */
public class NameKey {
  @JsonProperty("key")
  private String key;

  @JsonProperty("name")
  private String name;

  public NameKey() {}

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public NameKey withKey(String key) {
    setKey(key);
    return this;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public NameKey withName(String name) {
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
    NameKey that = (NameKey) o;
    return Objects.equals(key, that.key)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, name);
  }

  @Override
  public String toString() {
    return "NameKey{key=" + key
        + ", name=" + name + "}";
  }
}
