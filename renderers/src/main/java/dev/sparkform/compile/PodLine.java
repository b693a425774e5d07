package dev.sparkform.compile;

import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.Memory;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One kind of pod an app runs in its namespace and how many of them: what explain sums per
 * namespace and over the stack. {@code maxCount} is empty when it has no upper bound (dynamic
 * allocation without maxExecutors).
 *
 * @param app the Spark app the pods belong to
 * @param role the pods' role for people: {@code driver}, {@code executor}
 * @param cpuLimit the CPU limit the pods get: their own, else a LimitRange default; empty when none
 * @param cpuLimitFrom where a CPU limit the pods do not set themselves comes from ({@code defaulted by LimitRange spark-bounds})
 * @param cpuLimitSetting how the user sets the CPU limit ({@code executor().coreLimit(..)})
 */
public record PodLine(String app, String role, int minCount, OptionalInt maxCount, Cpu cpuRequest,
    Optional<Cpu> cpuLimit, Optional<String> cpuLimitFrom, String cpuLimitSetting, Memory memoryRequest,
    Optional<Memory> memoryLimit) {

  /** Exactly one pod, whatever the executors (a driver). */
  boolean single() {
    return minCount == 1 && maxCount.equals(OptionalInt.of(1));
  }

  /** How many pods at everyone's fewest ({@code atMax} false) or most executors; empty when unbounded. */
  public OptionalInt count(boolean atMax) {
    return atMax ? maxCount : OptionalInt.of(minCount);
  }

  /** {@code etl executor: 1..8 pods; cpu request 2, limit 3; memory 4505Mi} (label padded to {@code width}). */
  String toText(int width) {
    String label = String.format("%-" + width + "s", app + " " + role + ":");
    String max = maxCount.isPresent() ? Integer.toString(maxCount.getAsInt()) : "unbounded";
    String count = maxCount.isPresent() && maxCount.getAsInt() == minCount ? Integer.toString(minCount)
        : minCount + ".." + max;
    String pods = count + (single() ? " pod;" : " pods;");
    return label + " " + String.format("%-12s", pods) + " " + resources();
  }

  /** {@code cpu request 2, limit 3; memory 4505Mi}: one pod's requests and limits. */
  String resources() {
    String memory = memoryLimit.isPresent() && memoryLimit.get().equals(memoryRequest)
        ? "memory " + memoryRequest.toKubernetes()
        : "memory request " + memoryRequest.toKubernetes() + ", limit "
            + memoryLimit.map(Memory::toKubernetes).orElse("none");
    return "cpu request " + cpuRequest + ", limit " + cpuLimit.map(Cpu::toString).orElse("none")
        + cpuLimitFrom.map(f -> " (" + f + ")").orElse("") + "; " + memory;
  }
}
