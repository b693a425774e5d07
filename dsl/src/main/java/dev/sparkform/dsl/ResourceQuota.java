package dev.sparkform.dsl;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Hard limits for everything in a namespace: what all Spark drivers and executors there may
 * request together. Declared on a {@link Namespace}: {@code namespace("spark-jobs").quota(quota("compute")...)}.
 */
@Value.Immutable
public abstract class ResourceQuota {
  public abstract String name();

  /** Sum of all pods' requests ({@code requests.cpu}, {@code requests.memory}). */
  public abstract Optional<Resources> requests();

  /** Sum of all pods' limits ({@code limits.cpu}, {@code limits.memory}). */
  public abstract Optional<Resources> limits();

  public abstract OptionalLong pods();

  public abstract OptionalLong persistentVolumeClaims();

  public abstract Optional<Memory> storage();

  public ResourceQuota requests(Cpu cpu, Memory memory) {
    return ImmutableResourceQuota.builder().from(this).requests(Resources.of(cpu, memory)).build();
  }

  public ResourceQuota limits(Cpu cpu, Memory memory) {
    return ImmutableResourceQuota.builder().from(this).limits(Resources.of(cpu, memory)).build();
  }

  public ResourceQuota pods(long n) {
    return ImmutableResourceQuota.builder().from(this).pods(n).build();
  }

  public ResourceQuota persistentVolumeClaims(long n) {
    return ImmutableResourceQuota.builder().from(this).persistentVolumeClaims(n).build();
  }

  /** Sum of storage that all persistent volume claims may request ({@code requests.storage}). */
  public ResourceQuota storage(Memory total) {
    return ImmutableResourceQuota.builder().from(this).storage(total).build();
  }

  static ResourceQuota named(String name) {
    return ImmutableResourceQuota.builder().name(name).build();
  }

  void validate(Problems p) {
    Names.dnsSubdomain(p, "name", name());
    if (requests().isPresent()) {
      requests().get().validate(p.at("requests"));
    }
    if (limits().isPresent()) {
      limits().get().validate(p.at("limits"));
    }
    Ranges.nonNegative(p, "pods", pods());
    Ranges.nonNegative(p, "persistentVolumeClaims", persistentVolumeClaims());
    Amount.check(p, "storage", storage());
    if (requests().isEmpty() && limits().isEmpty() && pods().isEmpty() && persistentVolumeClaims().isEmpty()
        && storage().isEmpty()) {
      p.add("sets no limit");
    }
  }
}
