package dev.sparkform.cli;

import dev.sparkform.apply.Engine;

/** Where plan/apply/destroy go: an engine on a cluster or the sandbox, and how output names it. */
final class Cluster implements AutoCloseable {
  final Engine engine;
  final String label;
  final boolean sandbox;
  private final AutoCloseable resource;

  Cluster(Engine engine, String label, boolean sandbox, AutoCloseable resource) {
    this.engine = engine;
    this.label = label;
    this.sandbox = sandbox;
    this.resource = resource;
  }

  @Override
  public void close() {
    try {
      resource.close();
    } catch (Exception e) {
      // closing a client or the sandbox: nothing the user can act on
    }
  }
}
