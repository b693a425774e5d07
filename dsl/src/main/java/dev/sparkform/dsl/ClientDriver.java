package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Client mode: the driver runs where the app is submitted (a notebook or job pod) and the executors
 * connect back to it, so it needs an address they can reach and fixed ports (Spark picks random
 * ones otherwise). Naming the driver's pod makes Kubernetes delete the executors with it.
 */
@Value.Immutable
public abstract class ClientDriver {
  /** Spark's usual fixed ports for client mode on Kubernetes. */
  public static final int DEFAULT_PORT = 7078;
  public static final int DEFAULT_BLOCK_MANAGER_PORT = 7079;

  /** A name the executors resolve to the driver, usually a headless Service selecting its pod. */
  public abstract String host();

  @Value.Default
  public int port() {
    return DEFAULT_PORT;
  }

  @Value.Default
  public int blockManagerPort() {
    return DEFAULT_BLOCK_MANAGER_PORT;
  }

  /** The pod the driver runs in, if it runs in one: executors are owned by it. */
  public abstract Optional<String> podName();

  public ClientDriver ports(int port, int blockManagerPort) {
    return ImmutableClientDriver.builder().from(this).port(port).blockManagerPort(blockManagerPort).build();
  }

  public ClientDriver podName(String name) {
    return ImmutableClientDriver.builder().from(this).podName(name).build();
  }

  static ClientDriver at(String host) {
    return ImmutableClientDriver.builder().host(host).build();
  }

  void validate(Problems p) {
    if (host().isBlank() || host().contains(" ") || host().contains("://")) {
      p.add("driver host \"%s\" must be a host name or address", host());
    }
    for (int port : new int[] {port(), blockManagerPort()}) {
      if (port < 1 || port > 65535) {
        p.add("port %d is outside 1-65535", port);
      }
    }
    if (port() == blockManagerPort()) {
      p.add("the driver port and the block manager port must differ (both %d)", port());
    }
    Names.dnsSubdomain(p, "driver pod name", podName());
  }
}
