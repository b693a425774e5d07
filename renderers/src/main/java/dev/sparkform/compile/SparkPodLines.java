package dev.sparkform.compile;

import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.Footprint;
import dev.sparkform.dsl.LimitRange;
import dev.sparkform.dsl.Memory;
import dev.sparkform.dsl.Resources;
import dev.sparkform.dsl.SparkApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The pods an app runs, as {@link PodLine}s: its driver and its executors, and for target
 * spark-submit the pod of the Job that submits it when it has a schedule or time to live
 * ({@link Submitter}). The one place namespace and capacity totals learn what pods there are.
 */
final class SparkPodLines {
  private SparkPodLines() {}

  /**
   * @param conf the app's effective configuration: its pods as Spark sizes them, from typed fields and sparkConf alike
   * @param limitRanges the LimitRanges of the app's namespace in the stack, which give pods without
   *     a CPU limit a default one (their {@code default}, else their {@code max}, as Kubernetes defaults it)
   */
  static List<PodLine> of(SparkApp app, EffectiveConf conf, List<LimitRange> limitRanges, Target target) {
    Footprint f = conf.footprint();
    List<PodLine> lines = new ArrayList<>(List.of(
        line(app, "driver", 1, OptionalInt.of(1), conf.driver(), limitRanges),
        line(app, "executor", f.minExecutors(), f.maxExecutors(), conf.executor(), limitRanges)));
    if (target == Target.SPARK_SUBMIT && SubmitLifecycle.inCluster(app)) {
      Memory memory = Memory.parse(Submitter.MEMORY);
      lines.add(new PodLine(app.name(), "spark-submit", 1, OptionalInt.of(1), Cpu.parse(Submitter.CPU_REQUEST),
          Optional.of(Cpu.parse(Submitter.CPU_LIMIT)), Optional.empty(), "nothing (Sparkform sets it)", memory,
          Optional.of(memory)));
    }
    return List.copyOf(lines);
  }

  private static PodLine line(SparkApp app, String role, int min, OptionalInt max, PodSize pod,
      List<LimitRange> limitRanges) {
    Optional<Cpu> limit = pod.cpuLimit();
    Optional<String> from = Optional.empty();
    if (limit.isEmpty()) {
      for (LimitRange r : limitRanges) {
        Optional<Cpu> byDefault = r.defaultLimit().flatMap(Resources::cpu);
        Optional<Cpu> byMax = r.max().flatMap(Resources::cpu);
        if (byDefault.isPresent() || byMax.isPresent()) {
          limit = byDefault.or(() -> byMax);
          from = Optional.of("defaulted by LimitRange " + r.name() + (byDefault.isPresent() ? "" : " from its max"));
          break;
        }
      }
    }
    // Spark sets the memory limit to the request (heap + overhead).
    return new PodLine(app.name(), role, min, max, pod.cpuRequest(), limit, from, role + "().coreLimit(..)",
        pod.memory(), Optional.of(pod.memory()));
  }
}
