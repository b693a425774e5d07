package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A verb that works on one stack (render, plan, apply, ...): the stack options and the program's own stack. */
abstract class StackCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  StackOptions stackOptions;

  /** The stack named by --example/--stack, else the program's own (Sparkform.run). */
  Stack chosenStack() {
    return stackOptions.stack(spec, root.preset);
  }

  /** The stack's objects for the operator chosen with --target. */
  List<HasMetadata> compile(Stack stack) {
    return stackOptions.compile(stack);
  }
}
