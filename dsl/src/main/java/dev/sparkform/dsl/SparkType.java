package dev.sparkform.dsl;

/** The language of a Spark application's main resource. */
public enum SparkType {
  JAVA("Java", true), SCALA("Scala", true), PYTHON("Python", false), R("R", false);

  private final String value;
  private final boolean jvm;

  SparkType(String value, boolean jvm) {
    this.value = value;
    this.jvm = jvm;
  }

  /** As the kubeflow operator writes it: {@code Scala}, {@code Python}. */
  public String value() {
    return value;
  }

  /** JVM applications get memory overhead factor 0.1 by default, others 0.4 (Spark's defaults). */
  public boolean isJvm() {
    return jvm;
  }
}
