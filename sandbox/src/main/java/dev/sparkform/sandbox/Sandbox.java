package dev.sparkform.sandbox;

import dev.sparkform.apply.Engine;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Kubernetes API server in this process (fabric8's in-memory server, CRUD mode) to see a stack's
 * whole lifecycle without a cluster. It stores objects and nothing more: no controllers, so no
 * pods start and nothing becomes ready; no server-side apply; no discovery.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   Engine engine = sandbox.engine();
 *   engine.apply(engine.plan(stack, PlanOptions.defaults()));
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
  /** How output names the target, so nobody mistakes it for a cluster. */
  public static final String LABEL = "sandbox (fabric8 in-memory API server in this process; no real cluster is touched)";

  // Held so the setting stays: JUL keeps loggers weakly. The server logs every request at INFO.
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  private final KubernetesMockServer server;
  private final KubernetesClient client;

  private Sandbox(KubernetesMockServer server) {
    this.server = server;
    this.client = server.createClient();
  }

  /** Starts an empty sandbox on a free local port. */
  public static Sandbox start() {
    MOCK_LOG.setLevel(Level.WARNING);
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(), false);
    server.init();
    return new Sandbox(server);
  }

  public KubernetesClient client() {
    return client;
  }

  /** An engine on the sandbox; it does not wait for CRDs to be Established (no controller here does that). */
  public Engine engine() {
    // No dry runs: the in-memory server ignores dryRun and would write what a plan only asks about.
    return Engine.on(client).withEstablishTimeout(java.time.Duration.ZERO).withDryRun(false);
  }

  /** The server's base URL (http://localhost:PORT/). */
  public String url() {
    return server.url("/");
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
