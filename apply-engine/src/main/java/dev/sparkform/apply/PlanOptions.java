package dev.sparkform.apply;

/**
 * What a plan may do beyond the safe default. {@code adopt}: take over existing objects that carry
 * no ApplySet label. {@code allowReplace}: delete and re-create objects whose immutable fields
 * changed. {@code allowEmpty}: let a stack that declares nothing prune everything it owns.
 * {@code allowNamespaceDelete}: delete a Namespace the stack owns even when objects it does not own
 * live there (they go with it).
 */
public record PlanOptions(boolean adopt, boolean allowReplace, boolean allowEmpty, boolean allowNamespaceDelete) {
  public static PlanOptions defaults() {
    return new PlanOptions(false, false, false, false);
  }

  public PlanOptions withAdopt(boolean v) {
    return new PlanOptions(v, allowReplace, allowEmpty, allowNamespaceDelete);
  }

  public PlanOptions withAllowReplace(boolean v) {
    return new PlanOptions(adopt, v, allowEmpty, allowNamespaceDelete);
  }

  public PlanOptions withAllowEmpty(boolean v) {
    return new PlanOptions(adopt, allowReplace, v, allowNamespaceDelete);
  }

  public PlanOptions withAllowNamespaceDelete(boolean v) {
    return new PlanOptions(adopt, allowReplace, allowEmpty, v);
  }
}
