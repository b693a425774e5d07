package dev.sparkform.compile;

import dev.sparkform.compile.SparkProperties.Origin;
import dev.sparkform.dsl.ClusterCapacity;
import dev.sparkform.dsl.Footprint;
import dev.sparkform.dsl.Namespace;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkType;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an app runs with, for {@code sparkform explain}: every effective Spark key with its value and
 * origin (typed field, Sparkform default, the user's sparkConf, or Spark's own default for the keys
 * that size and place the pods), and the capacity plan: driver and executor pod requests and limits
 * including overhead, totals at the fewest and the most executors, and (given one) warnings against
 * the cluster's capacity. Quotas limit whole namespaces: {@link NamespacePlan} sums every app of one.
 * The keys are those spark-submit would pass (every typed field as a Spark key), whatever the target.
 */
public final class Explanation {
  private final SparkApp app;
  private final String namespace;
  private final Map<String, SparkProperties.Entry> settings;
  private final List<PodLine> pods;
  private final List<String> warnings;

  private Explanation(SparkApp app, String namespace, Map<String, SparkProperties.Entry> settings,
      List<PodLine> pods, List<String> warnings) {
    this.app = app;
    this.namespace = namespace;
    this.settings = settings;
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
      if (r instanceof SparkApp) {
        SparkApp app = (SparkApp) r;
        SparkProperties conf = SparkConfMapper.map(app, problems.at(r.describe()));
        String ns = stack.namespaceOf(app);
        if (!conf.entries().containsKey("spark.kubernetes.namespace")) {
          conf.typed("spark.kubernetes.namespace", ns, "namespace");
        }
        sparkDefaults(conf, app);
        Map<String, SparkProperties.Entry> settings = new TreeMap<>(conf.entries());
        List<PodLine> pods = SparkPodLines.of(app, settings,
            namespaces.containsKey(ns) ? namespaces.get(ns).limitRanges() : List.of(), target);
        List<String> warnings = new ArrayList<>();
        if (app.footprint().maxExecutors().isEmpty()) {
          warnings.add("dynamic allocation has no maxExecutors: the app can ask for any number of executors");
        }
        capacity.ifPresent(c -> warnings.addAll(CapacityPlan.appWarnings(c, pods, app.footprint())));
        out.add(new Explanation(app, ns, settings, pods, warnings));
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
    return settings;
  }

  public Footprint footprint() {
    return app.footprint();
  }

  /** An unbounded executor count, and with a capacity given, where the app's requests exceed it. */
  public List<String> warnings() {
    return warnings;
  }

  /** Spark's defaults for the keys that size and place the pods, where nothing else sets them. */
  private static void sparkDefaults(SparkProperties conf, SparkApp app) {
    boolean nonJvm = app.effectiveType() != SparkType.SCALA && app.effectiveType() != SparkType.JAVA;
    for (String role : List.of("driver", "executor")) {
      spark(conf, "spark." + role + ".cores", "1");
      spark(conf, "spark." + role + ".memory", "1g");
      // a factor the app sets (typed or in sparkConf) stands; Spark's default depends on the language
      if (!conf.entries().containsKey("spark." + role + ".memoryOverhead")
          && !conf.entries().containsKey("spark." + role + ".memoryOverheadFactor")) {
        if (nonJvm) {
          conf.put("spark." + role + ".memoryOverheadFactor", "0.4", Origin.SPARK_DEFAULT,
              "Spark's default for non-JVM apps");
        } else {
          spark(conf, "spark." + role + ".memoryOverheadFactor", "0.1");
        }
      }
    }
    if (app.dynamicAllocation().isEmpty()) {
      spark(conf, "spark.executor.instances", Integer.toString(Footprint.DEFAULT_EXECUTORS));
      spark(conf, "spark.dynamicAllocation.enabled", "false");
    } else {
      spark(conf, "spark.dynamicAllocation.minExecutors", "0");
      spark(conf, "spark.dynamicAllocation.maxExecutors", "infinity");
      spark(conf, "spark.dynamicAllocation.shuffleTracking.enabled",
          Boolean.toString(!SparkConfMapper.sparkBefore34(app)));
    }
    spark(conf, "spark.kubernetes.container.image.pullPolicy", "IfNotPresent");
    spark(conf, "spark.kubernetes.executor.deleteOnTermination", "true");
    spark(conf, "spark.kubernetes.submission.waitAppCompletion", "true");
  }

  private static void spark(SparkProperties conf, String key, String value) {
    if (!conf.entries().containsKey(key)) {
      conf.put(key, value, Origin.SPARK_DEFAULT, "Spark's default");
    }
  }

  /** One app's section of the report. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("spark app ").append(app.name()).append(" (namespace ").append(namespace).append(")\n");
    sb.append("\nEffective Spark configuration (key = value  [where it comes from]):\n");
    settings.forEach((k, e) -> sb.append("  ").append(k).append(" = ").append(e.value().replace("\n", "\\n"))
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
