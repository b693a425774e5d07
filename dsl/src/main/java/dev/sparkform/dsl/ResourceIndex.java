package dev.sparkform.dsl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first resource of each (kind, namespace, name) in a list, built once per validation or
 * derivation pass: looking each reference up by scanning every resource made a stack of N apps
 * cost N² (10,000 apps took 25 s). "First" keeps what the scan found when a stack declares a
 * duplicate (reported on its own).
 */
final class ResourceIndex {
  /** Indexes built so far; tests check a pass builds one, not one per lookup. */
  static final AtomicLong BUILDS = new AtomicLong();

  private record Key(String kind, String namespace, String name) {
    // Written out: a record's generated equals and hashCode spin about 30 method-handle classes on
    // their first call, a tenth of a cold render.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && kind.equals(k.kind) && Objects.equals(namespace, k.namespace) && name.equals(k.name);
    }

    @Override
    public int hashCode() {
      return (kind.hashCode() * 31 + Objects.hashCode(namespace)) * 31 + name.hashCode();
    }
  }

  private final Map<Key, StackResource> byNamespace = new HashMap<>();
  private final Map<Key, StackResource> anyNamespace = new HashMap<>();

  private ResourceIndex(Stack stack, List<? extends StackResource> resources) {
    for (StackResource r : resources) {
      byNamespace.putIfAbsent(new Key(r.kind(), stack.namespaceOf(r), r.name()), r);
      anyNamespace.putIfAbsent(new Key(r.kind(), null, r.name()), r);
    }
  }

  static ResourceIndex of(Stack stack, List<? extends StackResource> resources) {
    BUILDS.incrementAndGet();
    return new ResourceIndex(stack, resources);
  }

  /** The first resource of that kind and name in {@code namespace}, or in any namespace when it is null. */
  Optional<StackResource> find(String kind, String namespace, String name) {
    return Optional.ofNullable((namespace == null ? anyNamespace : byNamespace).get(new Key(kind, namespace, name)));
  }
}
