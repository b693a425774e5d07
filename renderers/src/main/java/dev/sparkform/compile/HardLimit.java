package dev.sparkform.compile;

import dev.sparkform.dsl.ClusterCapacity;
import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.Memory;
import dev.sparkform.dsl.ResourceQuota;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * One bound that {@link PodTotals} must stay within — a ResourceQuota's {@code requests.cpu}, or the
 * cluster's CPU — in base units (millicores, bytes, pods), so quotas and capacity compare alike.
 */
record HardLimit(String name, long limit, ToLongFunction<PodTotals> total, LongFunction<String> format) {

  /** Every hard limit of a quota that Spark's pods count against, in Kubernetes' key order. */
  static List<HardLimit> of(ResourceQuota q) {
    List<HardLimit> out = new ArrayList<>();
    q.requests().ifPresent(r -> {
      r.cpu().ifPresent(c -> out.add(cpu("requests.cpu", c, t -> t.requestsCpu())));
      r.memory().ifPresent(m -> out.add(memory("requests.memory", m, t -> t.requestsMemory())));
    });
    q.limits().ifPresent(r -> {
      r.cpu().ifPresent(c -> out.add(cpu("limits.cpu", c, t -> t.limitsCpu())));
      r.memory().ifPresent(m -> out.add(memory("limits.memory", m, t -> t.limitsMemory())));
    });
    q.pods().ifPresent(n -> out.add(new HardLimit("pods", n, PodTotals::pods, Long::toString)));
    return out;
  }

  /** The cluster's CPU and memory, which the pods' requests must fit in. */
  static List<HardLimit> of(ClusterCapacity c) {
    List<HardLimit> out = new ArrayList<>();
    c.cpu().ifPresent(cpu -> out.add(cpu("cpu", cpu, t -> t.requestsCpu())));
    c.memory().ifPresent(m -> out.add(memory("memory", m, t -> t.requestsMemory())));
    return out;
  }

  private static HardLimit cpu(String name, Cpu limit, java.util.function.Function<PodTotals, Cpu> total) {
    return new HardLimit(name, limit.toMillicores(), t -> total.apply(t).toMillicores(),
        n -> Cpu.millicores(n).toString());
  }

  private static HardLimit memory(String name, Memory limit, java.util.function.Function<PodTotals, Memory> total) {
    return new HardLimit(name, limit.toBytes(), t -> total.apply(t).toBytes(), n -> Memory.bytes(n).toKubernetes());
  }

  boolean exceededBy(PodTotals t) {
    return total.applyAsLong(t) > limit;
  }

  /** {@code requests.cpu 20500m}: the totals' amount, named. */
  String totalOf(PodTotals t) {
    return name + " " + format.apply(total.applyAsLong(t));
  }

  /** {@code requests.cpu 16}: the bound, named. */
  String limitText() {
    return name + " " + format.apply(limit);
  }

  /** {@code (requests.cpu 16) by 4500m}. */
  String limitAndExcess(PodTotals t) {
    return "(" + limitText() + ") by " + format.apply(total.applyAsLong(t) - limit);
  }
}
