package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The closed set of verbs Kubernetes authorizes (RBAC), plus {@code *}. */
public enum Verb {
  GET("get"), LIST("list"), WATCH("watch"), CREATE("create"), UPDATE("update"), PATCH("patch"),
  DELETE("delete"), DELETECOLLECTION("deletecollection"),
  BIND("bind"), ESCALATE("escalate"), IMPERSONATE("impersonate"), USE("use"),
  APPROVE("approve"), SIGN("sign"), ATTEST("attest"),
  ALL("*");

  private final String value;

  Verb(String value) {
    this.value = value;
  }

  /** The verb as Kubernetes writes it: {@code get}, {@code deletecollection}, {@code *}. */
  public String value() {
    return value;
  }

  public static Optional<Verb> of(String value) {
    for (Verb v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  static String list() {
    return Arrays.stream(values()).map(Verb::value).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return value;
  }
}
