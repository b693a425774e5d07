package dev.sparkform.dsl;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What an app asks of the cluster: its pods' requests (memory including overhead) and the totals
 * with the fewest and the most executors. {@link #maxExecutors()} is empty when dynamic allocation
 * has no upper bound. Computed from the app's effective configuration (typed fields and
 * {@code sparkConf} alike) by the compile stage's {@code EffectiveConf}.
 */
@Value.Immutable
public abstract class Footprint {
  public abstract Cpu driverCpu();

  public abstract Memory driverMemory();

  public abstract Cpu executorCpu();

  public abstract Memory executorMemory();

  public abstract int minExecutors();

  public abstract OptionalInt maxExecutors();

  /** Spark's default number of executors without dynamic allocation. */
  public static final int DEFAULT_EXECUTORS = 2;

  public Cpu cpuAt(int executors) {
    return driverCpu().plus(executorCpu().times(executors));
  }

  public Memory memoryAt(int executors) {
    return driverMemory().plus(executorMemory().times(executors));
  }

  /** The footprint of pods of these sizes; {@code maxExecutors} empty when unbounded. */
  public static Footprint of(Cpu driverCpu, Memory driverMemory, Cpu executorCpu, Memory executorMemory,
      int minExecutors, OptionalInt maxExecutors) {
    return ImmutableFootprint.builder().driverCpu(driverCpu).driverMemory(driverMemory).executorCpu(executorCpu)
        .executorMemory(executorMemory).minExecutors(minExecutors).maxExecutors(maxExecutors).build();
  }

  /** {@code driver 1 cpu, 1.4Gi; executors 2..300 × 4 cpu, 30.8Gi; at most 1201 cpu, 9Ti} (memory rounded). */
  @Override
  public String toString() {
    String range = minExecutors() + ".." + (maxExecutors().isPresent() ? maxExecutors().getAsInt() : "unbounded");
    String at = maxExecutors().isPresent()
        ? "at most " + cpuAt(maxExecutors().getAsInt()) + " cpu, " + memoryAt(maxExecutors().getAsInt()).toApproximate()
        : "no upper bound (dynamic allocation without maxExecutors)";
    return "driver " + driverCpu() + " cpu, " + driverMemory().toApproximate() + "; executors " + range + " × "
        + executorCpu() + " cpu, " + executorMemory().toApproximate() + "; " + at;
  }
}
