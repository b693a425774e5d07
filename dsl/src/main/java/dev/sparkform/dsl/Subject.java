package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a binding grants to: a ServiceAccount (checked against the stack unless declared
 * {@link #existing()}), a User or a Group.
 */
@Value.Immutable
public abstract class Subject {
  public enum Kind { SERVICE_ACCOUNT, USER, GROUP }

  public abstract Kind kind();

  public abstract String name();

  /** For service accounts: its namespace; empty means the binding's (or the stack's) namespace. */
  public abstract Optional<String> namespace();

  /** True when the service account exists outside this stack, so the stack does not check it. */
  @Value.Default
  public boolean existing() {
    return false;
  }

  /** The Kubernetes kind name: {@code ServiceAccount}, {@code User}, {@code Group}. */
  public String kubernetesKind() {
    switch (kind()) {
      case SERVICE_ACCOUNT: return "ServiceAccount";
      case USER: return "User";
      default: return "Group";
    }
  }

  static Subject of(Kind kind, String name, String namespace, boolean existing) {
    return ImmutableSubject.builder().kind(kind).name(name).namespace(Optional.ofNullable(namespace))
        .existing(existing).build();
  }

  void validate(Problems p) {
    if (kind() == Kind.SERVICE_ACCOUNT) {
      Names.dnsSubdomain(p, "service account name", name());
      if (namespace().isPresent()) {
        Names.dnsLabel(p, "namespace", namespace().get());
      }
    } else {
      if (name().isEmpty()) {
        p.add("%s name must not be empty", kubernetesKind());
      }
      if (namespace().isPresent()) {
        p.add("a %s subject has no namespace", kubernetesKind());
      }
    }
  }
}
