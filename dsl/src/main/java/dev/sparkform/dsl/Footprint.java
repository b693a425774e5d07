package dev.sparkform.dsl;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What an app asks of the cluster: its pods' requests (memory including overhead) and the totals
 * with the fewest and the most executors. {@link #maxExecutors()} is empty when dynamic allocation
 * has no upper bound.
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

  static Footprint of(SparkApp app) {
    SparkType type = app.effectiveType();
    SparkPod e = app.executor();
    int min;
    OptionalInt max;
    if (app.dynamicAllocation().isPresent()) {
      DynamicAllocation d = app.dynamicAllocation().get();
      min = d.minExecutors().orElse(0);
      max = d.maxExecutors();
    } else {
      min = e.instances().orElse(DEFAULT_EXECUTORS);
      max = OptionalInt.of(min);
    }
    return ImmutableFootprint.builder()
        .driverCpu(app.driver().cpuRequest())
        .driverMemory(app.driver().podMemory(type, app.memoryOverheadFactor()))
        .executorCpu(e.cpuRequest())
        .executorMemory(e.podMemory(type, app.memoryOverheadFactor()))
        .minExecutors(min)
        .maxExecutors(max)
        .build();
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
