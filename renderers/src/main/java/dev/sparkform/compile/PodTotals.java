package dev.sparkform.compile;

import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.Memory;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a set of {@link PodLine}s asks for together at everyone's fewest or most executors, by the
 * measures a ResourceQuota limits. Limits sum only the pods that have one; the others are counted.
 */
public record PodTotals(long pods, Cpu requestsCpu, Memory requestsMemory, Cpu limitsCpu, long podsWithoutCpuLimit,
    Memory limitsMemory, long podsWithoutMemoryLimit) {

  /** The totals at everyone's fewest ({@code atMax} false) or most pods; empty when a line is unbounded. */
  public static Optional<PodTotals> of(List<PodLine> lines, boolean atMax) {
    long pods = 0;
    long noCpuLimit = 0;
    long noMemoryLimit = 0;
    Cpu requestsCpu = Cpu.millicores(0);
    Cpu limitsCpu = Cpu.millicores(0);
    Memory requestsMemory = Memory.bytes(0);
    Memory limitsMemory = Memory.bytes(0);
    for (PodLine l : lines) {
      OptionalInt count = l.count(atMax);
      if (count.isEmpty()) {
        return Optional.empty();
      }
      int n = count.getAsInt();
      pods += n;
      requestsCpu = requestsCpu.plus(l.cpuRequest().times(n));
      requestsMemory = requestsMemory.plus(l.memoryRequest().times(n));
      if (l.cpuLimit().isPresent()) {
        limitsCpu = limitsCpu.plus(l.cpuLimit().get().times(n));
      } else {
        noCpuLimit += n;
      }
      if (l.memoryLimit().isPresent()) {
        limitsMemory = limitsMemory.plus(l.memoryLimit().get().times(n));
      } else {
        noMemoryLimit += n;
      }
    }
    return Optional.of(new PodTotals(pods, requestsCpu, requestsMemory, limitsCpu, noCpuLimit, limitsMemory,
        noMemoryLimit));
  }

  /** {@code 6 pods; requests cpu 6500m, memory 17099Mi; limits cpu 4 (4 pods set none), memory 17099Mi}. */
  String toText() {
    return pods + (pods == 1 ? " pod" : " pods") + "; requests cpu " + requestsCpu + ", memory "
        + requestsMemory.toKubernetes() + "; limits cpu " + limitsCpu + without(podsWithoutCpuLimit) + ", memory "
        + limitsMemory.toKubernetes() + without(podsWithoutMemoryLimit);
  }

  private static String without(long n) {
    return n == 0 ? "" : " (" + n + (n == 1 ? " pod sets none)" : " pods set none)");
  }
}
