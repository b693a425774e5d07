package dev.sparkform.compile;

import dev.sparkform.dsl.ClusterCapacity;
import dev.sparkform.dsl.Footprint;
import dev.sparkform.dsl.HistoryServer;
import dev.sparkform.dsl.Namespace;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkConnect;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an app runs with, for {@code sparkform explain}: every effective Spark key with its value and
 * origin (typed field, Sparkform default, the user's sparkConf, or Spark's own default for the keys
 * that size and place the pods: {@link EffectiveConf}), and the capacity plan (sizes from those keys,
 * whether typed or in sparkConf): driver and executor pod requests and limits
 * including overhead, totals at the fewest and the most executors, and (given one) warnings against
 * the cluster's capacity. Quotas limit whole namespaces: {@link NamespacePlan} sums every app of one.
 * The keys are those spark-submit would pass (every typed field as a Spark key), whatever the target.
 */
public final class Explanation {
  private final SparkApp app;
  /** What runs the app, for people: {@code spark app etl}, {@code spark connect server notebooks (clients: sc://...)}. */
  private final String title;
  private final String namespace;
  private final EffectiveConf conf;
  private final List<PodLine> pods;
  private final List<String> warnings;

  private Explanation(SparkApp app, String title, String namespace, EffectiveConf conf, List<PodLine> pods,
      List<String> warnings) {
    this.app = app;
    this.title = title;
    this.namespace = namespace;
    this.conf = conf;
    this.pods = pods;
    this.warnings = List.copyOf(warnings);
  }

  /** One explanation per Spark app of the (valid) stack, in the stack's order. */
  public static List<Explanation> of(Stack stack) {
    return of(stack, Target.KUBEFLOW, Optional.empty());
  }

  /** Like {@link #of(Stack)}, each app's warnings also saying where its requests exceed the cluster's capacity. */
  public static List<Explanation> of(Stack stack, ClusterCapacity capacity) {
    return of(stack, Target.KUBEFLOW, Optional.of(capacity));
  }

  /**
   * The explanations as {@code target} runs the apps: the same keys and driver and executor pods for
   * every target; for {@link Target#SPARK_SUBMIT} an app with a schedule or time to live also has
   * its submitting Job's pod. Without a target: as the operators run them.
   */
  public static List<Explanation> of(Stack stack, Target target, Optional<ClusterCapacity> capacity) {
    stack.validate();
    capacity.ifPresent(c -> Problems.check("capacity", c::validate));
    Problems problems = Problems.root().at("stack " + stack.name());
    Map<String, Namespace> namespaces = NamespacePlan.declared(stack);
    List<Explanation> out = new ArrayList<>();
    for (StackResource r : stack.allResources()) {
      Optional<SparkApp> runs = SparkApp.of(r);
      if (runs.isPresent()) {
        SparkApp app = runs.get();
        String ns = stack.namespaceOf(app);
        EffectiveConf conf = EffectiveConf.of(app, ns, problems.at(r.describe()));
        List<PodLine> pods = SparkPodLines.of(app, conf,
            namespaces.containsKey(ns) ? namespaces.get(ns).limitRanges() : List.of(), target);
        List<String> warnings = new ArrayList<>();
        if (conf.footprint().maxExecutors().isEmpty()) {
          warnings.add("dynamic allocation has no maxExecutors: the app can ask for any number of executors");
        }
        capacity.ifPresent(c -> warnings.addAll(CapacityPlan.appWarnings(c, pods, conf.footprint())));
        String title = r instanceof SparkConnect c
            ? "spark connect server " + app.name() + " (namespace " + ns + "; clients: "
                + ClientUrl.of(target, c, ns) + ")"
            : "spark app " + app.name() + " (namespace " + ns + ")";
        out.add(new Explanation(app, title, ns, conf, pods, warnings));
      }
    }
    problems.throwIfAny();
    return out;
  }

  /**
   * The report {@code sparkform explain} prints for a stack: one section per app, then one per
   * namespace with Spark apps (their sums against its quotas); or a line saying there is no app.
   */
  public static String report(Stack stack) {
    return report(stack, Target.KUBEFLOW, Optional.empty());
  }

  /** Like {@link #report(Stack)}, with each app and the whole stack checked against the cluster's capacity. */
  public static String report(Stack stack, ClusterCapacity capacity) {
    return report(stack, Target.KUBEFLOW, Optional.of(capacity));
  }

  /** The report as {@code target} runs the apps (see {@link #of(Stack, Target, Optional)}). */
  public static String report(Stack stack, Target target, Optional<ClusterCapacity> capacity) {
    List<Explanation> apps = of(stack, target, capacity);
    if (apps.isEmpty()) {
      return "stack " + stack.name() + " has no Spark apps\n";
    }
    StringBuilder sb = new StringBuilder();
    for (Explanation e : apps) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(e.toText());
    }
    for (StackResource r : stack.allResources()) {
      if (r instanceof HistoryServer h) {
        sb.append('\n').append(historyServer(h, stack.namespaceOf(h)));
      }
    }
    for (NamespacePlan n : NamespacePlan.from(stack, apps)) {
      sb.append('\n').append(n.toText());
    }
    capacity.ifPresent(c -> sb.append('\n').append(CapacityPlan.from(c, apps).toText()));
    return sb.toString();
  }

  public String app() {
    return app.name();
  }

  public String namespace() {
    return namespace;
  }

  /** The app's pods, as namespace and capacity totals count them. */
  public List<PodLine> pods() {
    return pods;
  }

  /** Key to entry, sorted by key. */
  public Map<String, SparkProperties.Entry> settings() {
    return conf.settings();
  }

  /** The app's effective configuration, which sizes its pods. */
  public EffectiveConf conf() {
    return conf;
  }

  public Footprint footprint() {
    return conf.footprint();
  }

  /** An unbounded executor count, and with a capacity given, where the app's requests exceed it. */
  public List<String> warnings() {
    return warnings;
  }

  /** A history server's section: where its UI is, what it reads, its settings. */
  private static String historyServer(HistoryServer h, String namespace) {
    StringBuilder sb = new StringBuilder();
    sb.append("history server ").append(h.name()).append(" (namespace ").append(namespace).append("; UI: http://")
        .append(h.name()).append('.').append(namespace).append(".svc.cluster.local:").append(HistoryServer.PORT)
        .append(")\n\nSpark configuration (SPARK_HISTORY_OPTS):\n");
    h.effectiveSparkConf().forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(v).append("  [")
        .append(h.sparkConf().containsKey(k) ? "your sparkConf" : "typed").append("]\n"));
    sb.append("\nCapacity plan (memory = heap + overhead; request = limit):\n  server pod:     ")
        .append(ServerPods.line(h.name(), "history server", h.server()).resources()).append('\n');
    return sb.toString();
  }

  /** One app's section of the report. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(title).append('\n');
    sb.append("\nEffective Spark configuration (key = value  [where it comes from]):\n");
    settings().forEach((k, e) -> sb.append("  ").append(k).append(" = ").append(e.value().replace("\n", "\\n"))
        .append("  [").append(origin(e)).append("]\n"));
    Footprint f = footprint();
    sb.append("\nCapacity plan (memory = heap + overhead; request = limit):\n");
    int width = pods.stream().mapToInt(l -> l.role().length() + " pod: ".length()).max().orElse(0);
    for (PodLine l : pods) {
      sb.append(String.format("  %-" + Math.max(14, width) + "s", l.role() + " pod:")).append(l.resources()).append('\n');
    }
    PodTotals min = PodTotals.of(pods, false).orElseThrow();
    sb.append("  at min ").append(f.minExecutors()).append(" executors: requests cpu ").append(min.requestsCpu())
        .append(", memory ").append(min.requestsMemory().toKubernetes()).append('\n');
    Optional<PodTotals> max = PodTotals.of(pods, true);
    if (max.isPresent()) {
      sb.append("  at max ").append(f.maxExecutors().getAsInt()).append(" executors: requests cpu ")
          .append(max.get().requestsCpu()).append(", memory ").append(max.get().requestsMemory().toKubernetes())
          .append('\n');
    } else {
      sb.append("  at max: unbounded (dynamic allocation without maxExecutors)\n");
    }
    for (String w : warnings) {
      sb.append("warning: ").append(w).append('\n');
    }
    return sb.toString();
  }

  private static String origin(SparkProperties.Entry e) {
    switch (e.origin()) {
      case TYPED: return "typed: " + e.because();
      case USER: return "your sparkConf";
      case SPARKFORM_DEFAULT: return "sparkform default: " + e.because();
      default: return e.because();
    }
  }
}
