package dev.sparkform.dsl;

/** Kubernetes image pull policy. */
public enum PullPolicy {
  ALWAYS("Always"), IF_NOT_PRESENT("IfNotPresent"), NEVER("Never");

  private final String value;

  PullPolicy(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }
}
