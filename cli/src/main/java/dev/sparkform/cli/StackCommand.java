package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A verb that works on one stack (render, plan, apply, ...): the stack options and the program's own
 * stack. A verb declares its options in field initialisers (they follow these) and adds -h and -V
 * at the end of its constructor.
 */
abstract class StackCommand implements Callable<Integer> {
  final RootCommand root;

  final CommandSpec spec = CommandSpec.wrapWithoutInspection(this, Factory.INSTANCE);

  final StackOptions stackOptions = new StackOptions(spec);

  /** --example, --stack: added by {@link Cli} only to {@code sparkform}, not to a program with its own stack. */
  SourceOptions source;

  StackCommand(RootCommand root) {
    this.root = root;
  }

  /** The program's own stack (Sparkform.run), else the one named by --example/--stack. */
  Stack chosenStack() {
    List<Stack> stacks = chosenStacks();
    if (stacks.size() > 1) {
      throw new UserError(source.stackClass() + " provides " + stacks.size() + " stacks; " + spec.name()
          + " works on one (render takes several)");
    }
    return stacks.get(0);
  }

  /** The program's own stack, else what --example or --stack names (a --stack class may give several). */
  List<Stack> chosenStacks() {
    return root.preset != null ? List.of(root.preset) : source.stacks(spec);
  }

  /** The stack's objects for the operator chosen with --target. */
  List<HasMetadata> compile(Stack stack) {
    return stackOptions.compile(stack);
  }
}
