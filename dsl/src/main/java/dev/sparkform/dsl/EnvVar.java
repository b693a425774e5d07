package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/** An environment variable of a Spark pod: a plain value, or a key of a Secret or ConfigMap. */
@Value.Immutable
public abstract class EnvVar {
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

  public abstract String name();

  public abstract Optional<String> value();

  /** A key of a Secret or ConfigMap; see {@link Dsl#secretKey} and {@link Dsl#configMapKey}. */
  public abstract Optional<ConfigRef> valueFrom();

  static EnvVar of(String name, String value, ConfigRef from) {
    return ImmutableEnvVar.builder().name(name).value(Optional.ofNullable(value)).valueFrom(Optional.ofNullable(from))
        .build();
  }

  void validate(Problems p) {
    if (!NAME.matcher(name()).matches()) {
      p.add("\"%s\" is not a valid environment variable name", name());
    }
    Texts.check(p, "value of " + name(), value());
    if (valueFrom().isPresent()) {
      ConfigRef r = valueFrom().get();
      r.validate(p);
      if (r.key().isEmpty()) {
        p.add("environment variable %s needs a key of %s (use secretKey(..) or configMapKey(..))", name(), r);
      }
    }
  }
}
