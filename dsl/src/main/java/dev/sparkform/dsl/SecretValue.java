package dev.sparkform.dsl;

import org.immutables.value.Value;

/**
 * Where a Secret's value comes from when the stack is compiled: an environment variable or a file
 * of the machine that renders or applies it, or (only when the user writes it out) a literal.
 * Its {@code toString()} never shows a literal.
 */
@Value.Immutable
public abstract class SecretValue {
  public enum Source { ENVIRONMENT, FILE, LITERAL }

  public abstract Source source();

  /** The variable name, the file path, or the literal value. */
  @Value.Redacted
  public abstract String reference();

  static SecretValue of(Source source, String reference) {
    return ImmutableSecretValue.builder().source(source).reference(reference).build();
  }

  @Override
  public String toString() {
    switch (source()) {
      case ENVIRONMENT: return "fromEnv(" + reference() + ")";
      case FILE: return "fromFile(" + reference() + ")";
      default: return "literal(***)";
    }
  }

  void validate(Problems p) {
    if (source() != Source.LITERAL && reference().isBlank()) {
      p.add("%s names no %s", this, source() == Source.FILE ? "file" : "variable");
    }
  }
}
