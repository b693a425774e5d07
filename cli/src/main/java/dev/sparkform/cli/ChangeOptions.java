package dev.sparkform.cli;

import dev.sparkform.apply.PlanOptions;
import picocli.CommandLine.Option;

/** What a plan may do beyond the safe default (plan and apply). */
final class ChangeOptions {
  @Option(names = "--adopt", description = "Take over existing objects that no stack owns (no ApplySet label);"
      + " with server-side apply also the fields other managers own on them.")
  boolean adopt;

  @Option(names = "--allow-replace", description = "Delete and re-create objects whose immutable fields changed.")
  boolean allowReplace;

  @Option(names = "--allow-empty", description = "Let a stack that declares no objects prune everything it owns.")
  boolean allowEmpty;

  @Option(names = "--allow-namespace-delete",
      description = "Prune a Namespace the stack owns even when objects it does not own live there (they are deleted with it).")
  boolean allowNamespaceDelete;

  PlanOptions options() {
    return new PlanOptions(adopt, allowReplace, allowEmpty, allowNamespaceDelete);
  }
}
