package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Options for a batch scheduler (Volcano, YuniKorn): queue, priority class, resources.
 *
 * <p>CRD path: {@code SparkApplication.spec.batchSchedulerOptions}.
 */
public class BatchSchedulerConfiguration {
  @JsonProperty("priorityClassName")
  private String priorityClassName;

  @JsonProperty("queue")
  private String queue;

  @JsonProperty("resources")
  private Map<String, Quantity> resources;

  public BatchSchedulerConfiguration() {}

  public String getPriorityClassName() {
    return priorityClassName;
  }

  public void setPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
  }

  public BatchSchedulerConfiguration withPriorityClassName(String priorityClassName) {
    setPriorityClassName(priorityClassName);
    return this;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public BatchSchedulerConfiguration withQueue(String queue) {
    setQueue(queue);
    return this;
  }

  public Map<String, Quantity> getResources() {
    return resources;
  }

  public void setResources(Map<String, Quantity> resources) {
    this.resources = resources == null ? null : new LinkedHashMap<>(resources);
  }

  public BatchSchedulerConfiguration withResources(Map<String, Quantity> resources) {
    setResources(resources);
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
    BatchSchedulerConfiguration that = (BatchSchedulerConfiguration) o;
    return Objects.equals(priorityClassName, that.priorityClassName)
        && Objects.equals(queue, that.queue)
        && Objects.equals(resources, that.resources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(priorityClassName, queue, resources);
  }

  @Override
  public String toString() {
    return "BatchSchedulerConfiguration{priorityClassName=" + priorityClassName
        + ", queue=" + queue
        + ", resources=" + resources + "}";
  }
}
