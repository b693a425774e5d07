package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/** A CPU and/or memory amount, as used by quotas and limit ranges: {@code resources(cores(4), gib(16))}. */
@Value.Immutable
public abstract class Resources {
  public abstract Optional<Cpu> cpu();

  public abstract Optional<Memory> memory();

  public Resources cpu(Cpu cpu) {
    return ImmutableResources.builder().from(this).cpu(cpu).build();
  }

  public Resources memory(Memory memory) {
    return ImmutableResources.builder().from(this).memory(memory).build();
  }

  static Resources of(Cpu cpu, Memory memory) {
    return ImmutableResources.builder().cpu(Optional.ofNullable(cpu)).memory(Optional.ofNullable(memory)).build();
  }

  /** {@link #validate(Problems)} when {@code resources} is present. */
  static void validate(Problems p, Optional<Resources> resources) {
    if (resources.isPresent()) {
      resources.get().validate(p);
    }
  }

  void validate(Problems p) {
    Amount.check(p, "cpu", cpu());
    Amount.check(p, "memory", memory());
    if (cpu().isEmpty() && memory().isEmpty()) {
      p.add("names neither cpu nor memory");
    }
  }
}
