package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import java.util.Objects;

/**
 * The Spark Connect server pod (the driver, created by the operator from the template) and its Service.
 *
 * <p>CRD path: {@code SparkConnect.spec.server}.
 */
public class ServerSpec {
  @JsonProperty("cores")
  private Integer cores;

  @JsonProperty("memory")
  private String memory;

  @JsonProperty("service")
  private Service service;

  @JsonProperty("template")
  private PodTemplateSpec template;

  public ServerSpec() {}

  public Integer getCores() {
    return cores;
  }

  public void setCores(Integer cores) {
    this.cores = cores;
  }

  public ServerSpec withCores(Integer cores) {
    setCores(cores);
    return this;
  }

  public String getMemory() {
    return memory;
  }

  public void setMemory(String memory) {
    this.memory = memory;
  }

  public ServerSpec withMemory(String memory) {
    setMemory(memory);
    return this;
  }

  public Service getService() {
    return service;
  }

  public void setService(Service service) {
    this.service = service;
  }

  public ServerSpec withService(Service service) {
    setService(service);
    return this;
  }

  public PodTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(PodTemplateSpec template) {
    this.template = template;
  }

  public ServerSpec withTemplate(PodTemplateSpec template) {
    setTemplate(template);
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
    ServerSpec that = (ServerSpec) o;
    return Objects.equals(cores, that.cores)
        && Objects.equals(memory, that.memory)
        && Objects.equals(service, that.service)
        && Objects.equals(template, that.template);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cores, memory, service, template);
  }

  @Override
  public String toString() {
    return "ServerSpec{cores=" + cores
        + ", memory=" + memory
        + ", service=" + service
        + ", template=" + template + "}";
  }
}
