package dev.sparkform.apply;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

/** A sandbox with a recording dispatcher: the fixture of the engine tests. */
final class SandboxCluster implements AutoCloseable {
  final RecordingDispatcher recorder = new RecordingDispatcher();
  final Sandbox sandbox = Sandbox.start(recorder);
  final Engine engine = sandbox.engine();

  KubernetesClient client() {
    return sandbox.client();
  }

  Plan plan(Stack stack) {
    return engine.plan(stack, PlanOptions.defaults());
  }

  ApplyReport apply(Stack stack) {
    return apply(stack, PlanOptions.defaults());
  }

  ApplyReport apply(Stack stack, PlanOptions options) {
    return engine.apply(engine.plan(stack, options));
  }

  /** Creates objects directly, as someone else (kubectl, another tool) would. */
  void createForeign(HasMetadata... objects) {
    for (HasMetadata o : objects) {
      client().resource(o).create();
    }
  }

  static List<HasMetadata> compile(Stack stack) {
    return StackCompiler.create().compile(stack);
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
