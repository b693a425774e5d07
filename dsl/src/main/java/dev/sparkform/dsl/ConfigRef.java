package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference from a pod to a ConfigMap or Secret (or one key of it) in the pod's namespace:
 * {@code secretKey("db-credentials", "password")}. Referring to secrets that already exist in the
 * cluster is the normal case; when the stack declares the referenced object, the key is checked.
 */
@Value.Immutable
public abstract class ConfigRef {
  public enum Kind { CONFIG_MAP, SECRET }

  public abstract Kind kind();

  public abstract String name();

  /** One key of the object; empty refers to all of it. */
  public abstract Optional<String> key();

  /** Kubernetes' {@code optional}: the pod starts even when the object or key is missing. */
  @Value.Default
  public boolean optional() {
    return false;
  }

  /** The same reference, marked optional. */
  public ConfigRef asOptional() {
    return ImmutableConfigRef.builder().from(this).optional(true).build();
  }

  static ConfigRef of(Kind kind, String name, String key) {
    return ImmutableConfigRef.builder().kind(kind).name(name).key(Optional.ofNullable(key)).build();
  }

  @Override
  public String toString() {
    return (kind() == Kind.SECRET ? "secret " : "config map ") + name() + key().map(k -> " key " + k).orElse("");
  }

  void validate(Problems p) {
    Names.dnsSubdomain(p, kind() == Kind.SECRET ? "secret name" : "config map name", name());
    if (key().isPresent()) {
      Names.dataKey(p, key().get());
    }
  }

  /** When the stack declares the referenced object in {@code namespace}, the key must be in it. */
  void checkAgainst(Stack stack, String namespace, Problems p) {
    String kind = kind() == Kind.SECRET ? "Secret" : "ConfigMap";
    for (StackResource r : stack.resources()) {
      // An included (fabric8) Secret or ConfigMap is not looked into.
      if (r.kind().equals(kind) && r.name().equals(name()) && namespace.equals(stack.namespaceOf(r))
          && (r instanceof Secret || r instanceof ConfigMap)) {
        if (key().isPresent()) {
          String k = key().get();
          boolean has = r instanceof Secret ? ((Secret) r).data().containsKey(k) : ((ConfigMap) r).data().containsKey(k);
          if (!has && !optional()) {
            p.add("%s \"%s\" in this stack has no key \"%s\"", Kinds.display(kind), name(), k);
          }
        }
        return;
      }
    }
  }
}
