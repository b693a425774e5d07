package dev.sparkform.apply;

/**
 * What a plan may do beyond the safe default. {@code adopt}: take over existing objects that carry
 * no ApplySet label. {@code allowReplace}: delete and re-create objects whose immutable fields
 * changed. {@code allowEmpty}: let a stack that declares nothing prune everything it owns.
 */
public record PlanOptions(boolean adopt, boolean allowReplace, boolean allowEmpty) {
  public static PlanOptions defaults() {
    return new PlanOptions(false, false, false);
  }

  public PlanOptions withAdopt(boolean v) {
    return new PlanOptions(v, allowReplace, allowEmpty);
  }

  public PlanOptions withAllowReplace(boolean v) {
    return new PlanOptions(adopt, v, allowEmpty);
  }

  public PlanOptions withAllowEmpty(boolean v) {
    return new PlanOptions(adopt, allowReplace, v);
  }
}
