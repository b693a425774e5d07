package dev.sparkform.apply;

/** One engine operation of a random scenario: plan and apply a version of the stack, or destroy it. */
sealed interface Step {
  /** Plan version {@code version} (an index into the scenario's versions) with these options, then apply. */
  record Apply(int version, boolean adopt, boolean allowReplace) implements Step {
    PlanOptions options() {
      return PlanOptions.defaults().withAdopt(adopt).withAllowReplace(allowReplace);
    }

    @Override
    public String toString() {
      return "apply v" + version + (adopt ? " --adopt" : "") + (allowReplace ? " --allow-replace" : "");
    }
  }

  /** Plan the stack's destruction, then apply. */
  record Destroy() implements Step {
    @Override
    public String toString() {
      return "destroy";
    }
  }
}
