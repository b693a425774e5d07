package dev.sparkform.apply;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;

/**
 * fabric8's in-memory API server with a recording dispatcher, and an engine on it configured as
 * the sandbox module's: the fixture of the engine tests.
 */
final class SandboxCluster implements AutoCloseable {
  // Held (JUL keeps loggers weakly) and quiet: the server logs every request at INFO.
  private static final java.util.logging.Logger MOCK_LOG = quiet(java.util.logging.Logger.getLogger("io.fabric8.mockwebserver"));

  final RecordingDispatcher recorder = new RecordingDispatcher();
  private final KubernetesMockServer server = started(recorder);
  private final KubernetesClient client = server.createClient();
  // No CRD becomes Established and dryRun is ignored (it would write) on this server.
  final Engine engine = Engine.on(client).withEstablishTimeout(Duration.ZERO).withDryRun(false);

  private static KubernetesMockServer started(RecordingDispatcher dispatcher) {
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        dispatcher, false);
    server.init();
    return server;
  }

  private static java.util.logging.Logger quiet(java.util.logging.Logger log) {
    log.setLevel(java.util.logging.Level.WARNING);
    return log;
  }

  KubernetesClient client() {
    return client;
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
    client.close();
    server.destroy();
  }
}
