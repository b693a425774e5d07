package dev.sparkform.dsl;

/** Where the driver runs: in a pod of its own (cluster) or in the submitting process (client). */
public enum DeployMode {
  CLUSTER("cluster"), CLIENT("client");

  private final String value;

  DeployMode(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }
}
