package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gateway API HTTPRoute ({@code gateway.networking.k8s.io/v1}) to a service's port, attached to
 * an existing Gateway: {@code gatewayRoute("public").gatewayNamespace("infra").hostnames("history.example.com")}.
 */
@Value.Immutable
public abstract class GatewayRoute {
  /** The Gateway's name. */
  public abstract String gateway();

  /** The Gateway's namespace; empty: the route's own. */
  public abstract Optional<String> gatewayNamespace();

  public abstract List<String> hostnames();

  static GatewayRoute to(String gateway) {
    return ImmutableGatewayRoute.builder().gateway(gateway).build();
  }

  public GatewayRoute gatewayNamespace(String namespace) {
    return ImmutableGatewayRoute.builder().from(this).gatewayNamespace(namespace).build();
  }

  public GatewayRoute hostnames(String... hostnames) {
    return ImmutableGatewayRoute.builder().from(this).hostnames(Arrays.asList(hostnames)).build();
  }

  void validate(Problems p) {
    Names.dnsSubdomain(p, "gateway", gateway());
    if (gatewayNamespace().isPresent()) {
      Names.dnsLabel(p, "gateway namespace", gatewayNamespace().get());
    }
    // Gateway API: a hostname is a DNS subdomain, optionally starting with one "*." wildcard label.
    for (String h : hostnames()) {
      Names.dnsSubdomain(p, "hostname", h.startsWith("*.") ? h.substring(2) : h);
    }
  }
}
