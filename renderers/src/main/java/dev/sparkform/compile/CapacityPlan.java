package dev.sparkform.compile;

import dev.sparkform.dsl.ClusterCapacity;
import dev.sparkform.dsl.Footprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The requests of every Spark pod in the stack against a cluster capacity the user gives: at
 * everyone's fewest and at everyone's most executors (the worst case: every app at once). Each
 * app's own most is checked in its {@link Explanation} ({@link #appWarnings}).
 */
public final class CapacityPlan {
  private final ClusterCapacity capacity;
  private final List<PodLine> lines;
  private final PodTotals atMin;
  private final Optional<PodTotals> atMax;
  private final List<String> warnings = new ArrayList<>();

  private CapacityPlan(ClusterCapacity capacity, List<PodLine> lines) {
    this.capacity = capacity;
    this.lines = lines;
    this.atMin = PodTotals.of(lines, false).orElseThrow();
    this.atMax = PodTotals.of(lines, true);
    for (HardLimit h : HardLimit.of(capacity)) {
      if (h.exceededBy(atMin)) {
        warnings.add("at everyone's min the stack's Spark pods already request " + h.totalOf(atMin)
            + ", more than the cluster capacity " + h.limitAndExcess(atMin));
      } else if (atMax.isPresent() && h.exceededBy(atMax.get())) {
        warnings.add("at everyone's max the stack's Spark pods request " + h.totalOf(atMax.get())
            + ", more than the cluster capacity " + h.limitAndExcess(atMax.get()));
      }
    }
  }

  static CapacityPlan from(ClusterCapacity capacity, List<Explanation> apps) {
    return new CapacityPlan(capacity, apps.stream().flatMap(e -> e.pods().stream()).toList());
  }

  /** An app's own requests against the capacity, at its fewest and at its most executors. */
  static List<String> appWarnings(ClusterCapacity capacity, List<PodLine> appLines, Footprint f) {
    List<String> out = new ArrayList<>();
    PodTotals min = PodTotals.of(appLines, false).orElseThrow();
    Optional<PodTotals> max = PodTotals.of(appLines, true);
    for (HardLimit h : HardLimit.of(capacity)) {
      if (h.exceededBy(min)) {
        String at = f.maxExecutors().equals(OptionalInt.of(f.minExecutors()))
            ? "with " + f.minExecutors() + " executors the app requests "
            : "at min " + f.minExecutors() + " executors the app already requests ";
        out.add(at + h.totalOf(min)
            + ", more than the cluster capacity " + h.limitAndExcess(min));
      } else if (max.isPresent() && h.exceededBy(max.get())) {
        out.add("at max " + f.maxExecutors().getAsInt() + " executors the app requests " + h.totalOf(max.get())
            + ", more than the cluster capacity " + h.limitAndExcess(max.get()));
      }
    }
    return out;
  }

  public ClusterCapacity capacity() {
    return capacity;
  }

  public PodTotals atMin() {
    return atMin;
  }

  /** Empty when an app's executors have no upper bound. */
  public Optional<PodTotals> atMax() {
    return atMax;
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The capacity section of the report. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("cluster capacity ").append(capacity).append(" (against the requests of every Spark pod in the stack)\n");
    sb.append("  at everyone's min: ").append(atMin.toText()).append('\n');
    sb.append("  at everyone's max: ").append(atMax.map(PodTotals::toText).orElse(
        "unbounded (dynamic allocation without maxExecutors: " + NamespacePlan.unbounded(lines) + ")")).append('\n');
    sb.append("    (the worst case: every app running at once, each with its most executors)\n");
    if (warnings.isEmpty() && atMax.isPresent()) {
      sb.append("  fits: every app at its max together stays within the capacity\n");
    }
    warnings.forEach(w -> sb.append("warning: ").append(w).append('\n'));
    return sb.toString();
  }
}
