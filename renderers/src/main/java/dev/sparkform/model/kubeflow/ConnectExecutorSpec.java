package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Objects;

/**
 * The executors a Spark Connect server starts: count, cores, memory, pod template.
 *
 * <p>CRD path: {@code SparkConnect.spec.executor}.
 */
public class ConnectExecutorSpec {
  @JsonProperty("cores")
  private Integer cores;

  @JsonProperty("instances")
  private Integer instances;

  @JsonProperty("memory")
  private String memory;

  @JsonProperty("template")
  private PodTemplateSpec template;

  public ConnectExecutorSpec() {}

  public Integer getCores() {
    return cores;
  }

  public void setCores(Integer cores) {
    this.cores = cores;
  }

  public ConnectExecutorSpec withCores(Integer cores) {
    setCores(cores);
    return this;
  }

  public Integer getInstances() {
    return instances;
  }

  public void setInstances(Integer instances) {
    this.instances = instances;
  }

  public ConnectExecutorSpec withInstances(Integer instances) {
    setInstances(instances);
    return this;
  }

  public String getMemory() {
    return memory;
  }

  public void setMemory(String memory) {
    this.memory = memory;
  }

  public ConnectExecutorSpec withMemory(String memory) {
    setMemory(memory);
    return this;
  }

  public PodTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(PodTemplateSpec template) {
    this.template = template;
  }

  public ConnectExecutorSpec withTemplate(PodTemplateSpec template) {
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
    ConnectExecutorSpec that = (ConnectExecutorSpec) o;
    return Objects.equals(cores, that.cores)
        && Objects.equals(instances, that.instances)
        && Objects.equals(memory, that.memory)
        && Objects.equals(template, that.template);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cores, instances, memory, template);
  }

  @Override
  public String toString() {
    return "ConnectExecutorSpec{cores=" + cores
        + ", instances=" + instances
        + ", memory=" + memory
        + ", template=" + template + "}";
  }
}
