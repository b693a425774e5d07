package dev.sparkform.dsl;

import java.util.Map;
import java.util.Optional;

/** A Kubernetes object that a {@link Stack} declares and owns. */
public interface StackResource {
  /** The Kubernetes kind, e.g. {@code ServiceAccount}. */
  String kind();

  String name();

  /** Its namespace; empty means the stack's namespace (namespaced kinds) or none (cluster-scoped). */
  Optional<String> namespace();

  boolean namespaced();

  Map<String, String> labels();

  Map<String, String> annotations();

  /** Checks this resource on its own; cross-resource checks are the stack's. */
  void validate(Problems problems);

  /** How validation paths name it: {@code role spark-driver}. */
  default String describe() {
    return Kinds.display(kind()) + " " + name();
  }
}
