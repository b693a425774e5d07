package dev.sparkform.cli;

import dev.sparkform.apply.PlanOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What a plan may do beyond the safe default (plan, apply and rollback). */
final class ChangeOptions {
  private final OptionSpec adopt;
  private final OptionSpec allowReplace;
  private final OptionSpec allowEmpty;
  private final OptionSpec allowNamespaceDelete;

  ChangeOptions(CommandSpec command) {
    adopt = Options.add(command, Options.flag("--adopt")
        .description("Take over existing objects that no stack owns (no ApplySet label);"
            + " with server-side apply also the fields other managers own on them."));
    allowReplace = Options.add(command, Options.flag("--allow-replace")
        .description("Delete and re-create objects whose immutable fields changed."));
    allowEmpty = Options.add(command, Options.flag("--allow-empty")
        .description("Let a stack that declares no objects prune everything it owns."));
    allowNamespaceDelete = Options.add(command, Options.flag("--allow-namespace-delete")
        .description("Prune a Namespace the stack owns even when objects it does not own live there (they are deleted with it)."));
  }

  PlanOptions options() {
    return new PlanOptions(adopt.getValue(), allowReplace.getValue(), allowEmpty.getValue(), allowNamespaceDelete.getValue());
  }
}
