package dev.sparkform.dsl;

/**
 * How the driver creates executor pods ({@code spark.kubernetes.allocation.pods.allocator}): one by
 * one (Spark's default), or through a StatefulSet or a Deployment it owns.
 */
public enum PodAllocator {
  DIRECT("direct"), STATEFULSET("statefulset"), DEPLOYMENT("deployment");

  private final String value;

  PodAllocator(String value) {
    this.value = value;
  }

  /** Spark's spelling. */
  public String value() {
    return value;
  }
}
