package dev.sparkform.dsl;

/**
 * When the Apache operator keeps a stopped app's resources (driver pod, config maps, services) for
 * inspection: {@code resourceRetainPolicy} of its {@code applicationTolerations}.
 */
public enum RetainPolicy {
  ALWAYS("Always"), NEVER("Never"), ON_FAILURE("OnFailure");

  private final String value;

  RetainPolicy(String value) {
    this.value = value;
  }

  /** The operator's spelling. */
  public String value() {
    return value;
  }
}
