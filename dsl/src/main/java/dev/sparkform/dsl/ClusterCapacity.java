package dev.sparkform.dsl;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the cluster (or the node pool Spark runs on) can give, as the user knows it: CPU and/or
 * memory that explain compares Spark's pod requests with. {@code clusterCapacity(cores(64), gib(256))}
 * or {@code ClusterCapacity.parse("cpu=64,memory=256Gi")} (the CLI's {@code --capacity}).
 */
@Value.Immutable
public abstract class ClusterCapacity {
  public abstract Optional<Cpu> cpu();

  public abstract Optional<Memory> memory();

  static ClusterCapacity of(Cpu cpu, Memory memory) {
    return ImmutableClusterCapacity.builder().cpu(Optional.ofNullable(cpu)).memory(Optional.ofNullable(memory))
        .build();
  }

  /**
   * Parses {@code cpu=64,memory=256Gi} (either part may be left out) with the rules of
   * {@link Cpu#parse} and {@link Memory#parse}; throws one {@link ValidationException} naming every
   * bad part.
   */
  public static ClusterCapacity parse(String text) {
    Problems p = Problems.root().at("capacity");
    Cpu cpu = null;
    Memory memory = null;
    Set<String> seen = new LinkedHashSet<>();
    if (text.isBlank()) {
      p.add("is empty (write e.g. cpu=64,memory=256Gi)");
    } else {
      for (String part : text.split(",", -1)) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          p.add("\"%s\" is not key=value (write e.g. cpu=64,memory=256Gi)", part.trim());
          continue;
        }
        String key = part.substring(0, eq).trim();
        String value = part.substring(eq + 1).trim();
        if (!key.equals("cpu") && !key.equals("memory")) {
          p.add("unknown key \"%s\" (use cpu and memory)", key);
          continue;
        }
        if (!seen.add(key)) {
          p.add("%s is given twice", key);
          continue;
        }
        if (value.isEmpty()) {
          p.add("%s has no value", key);
        } else if (key.equals("cpu")) {
          cpu = Cpu.parse(value);
        } else {
          memory = Memory.parse(value);
        }
      }
    }
    ClusterCapacity c = of(cpu, memory);
    if (p.isEmpty()) {
      c.validate(p);
    } else {
      // Still name bad amounts next to the malformed parts.
      c.cpu().ifPresent(x -> x.validate(p, "cpu"));
      c.memory().ifPresent(x -> x.validate(p, "memory"));
    }
    p.throwIfAny();
    return c;
  }

  /** Every problem: an invalid or zero amount, or neither CPU nor memory given. */
  public void validate(Problems p) {
    cpu().ifPresent(c -> {
      c.validate(p, "cpu");
      if (c.isValid() && c.toMillicores() == 0) {
        p.add("cpu must be more than 0");
      }
    });
    memory().ifPresent(m -> {
      m.validate(p, "memory");
      if (m.isValid() && m.toBytes() == 0) {
        p.add("memory must be more than 0");
      }
    });
    if (cpu().isEmpty() && memory().isEmpty()) {
      p.add("names neither cpu nor memory");
    }
  }

  /** {@code cpu 64, memory 256Gi}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    cpu().ifPresent(c -> sb.append("cpu ").append(c));
    memory().ifPresent(m -> sb.append(sb.length() > 0 ? ", " : "").append("memory ").append(m));
    return sb.toString();
  }
}
