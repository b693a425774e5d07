package dev.sparkform.dsl;

import java.util.List;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Secret the stack creates. Most stacks only reference existing secrets by name; when one is
 * created here its values come from the environment or files at compile time ({@link SecretValue}),
 * never from Java source unless written out with {@code literal(..)}.
 */
@Value.Immutable
public abstract class Secret implements StackResource {
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  @Value.Default
  public String type() {
    return "Opaque";
  }

  public abstract Map<String, SecretValue> data();

  public abstract Optional<Boolean> immutable();

  @Override
  public String kind() {
    return "Secret";
  }

  @Override
  public boolean namespaced() {
    return true;
  }

  public Secret namespace(String namespace) {
    return ImmutableSecret.builder().from(this).namespace(namespace).build();
  }

  public Secret label(String key, String value) {
    return ImmutableSecret.builder().from(this).putLabels(key, value).build();
  }

  public Secret annotation(String key, String value) {
    return ImmutableSecret.builder().from(this).putAnnotations(key, value).build();
  }

  /** The Secret type, e.g. {@code kubernetes.io/dockerconfigjson} for registry credentials. */
  public Secret type(String type) {
    return ImmutableSecret.builder().from(this).type(type).build();
  }

  public Secret data(String key, SecretValue value) {
    return ImmutableSecret.builder().from(this).putData(key, value).build();
  }

  public Secret immutable(boolean immutable) {
    return ImmutableSecret.builder().from(this).immutable(immutable).build();
  }

  static Secret named(String name) {
    return ImmutableSecret.builder().name(name).build();
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.DNS_SUBDOMAIN);
    if (type().isBlank()) {
      p.add("type must not be empty");
    }
    for (Map.Entry<String, SecretValue> e : data().entrySet()) {
      Names.dataKey(p, e.getKey());
      e.getValue().validate(p.at("data " + e.getKey()));
    }
    if (data().isEmpty()) {
      p.add("has no data");
    }
    // The keys the API server requires of its built-in types (it refuses the Secret otherwise).
    List<String> required = switch (type()) {
      case "kubernetes.io/dockerconfigjson" -> List.of(".dockerconfigjson");
      case "kubernetes.io/dockercfg" -> List.of(".dockercfg");
      case "kubernetes.io/tls" -> List.of("tls.crt", "tls.key");
      case "kubernetes.io/ssh-auth" -> List.of("ssh-privatekey");
      default -> List.of();
    };
    for (String key : required) {
      if (!data().containsKey(key)) {
        p.add("a %s secret needs the key %s", type(), key);
      }
    }
    if (type().equals("kubernetes.io/basic-auth") && !data().containsKey("username") && !data().containsKey("password")) {
      p.add("a %s secret needs the key username or password (or both)", type());
    }
  }
}
