package dev.sparkform.compile;

import dev.sparkform.compile.SparkProperties.Origin;
import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.Footprint;
import dev.sparkform.dsl.Memory;
import dev.sparkform.dsl.Namespace;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.ResourceQuota;
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
 * including overhead, totals at the fewest and the most executors, and warnings when a total exceeds
 * the namespace's ResourceQuota in the stack. The keys are those spark-submit would pass (every
 * typed field as a Spark key), whatever the target.
 */
public final class Explanation {
  private final SparkApp app;
  private final String namespace;
  private final Map<String, SparkProperties.Entry> settings;
  private final List<String> warnings;

  private Explanation(SparkApp app, String namespace, Map<String, SparkProperties.Entry> settings,
      List<String> warnings) {
    this.app = app;
    this.namespace = namespace;
    this.settings = settings;
    this.warnings = warnings;
  }

  /** One explanation per Spark app of the (valid) stack, in the stack's order. */
  public static List<Explanation> of(Stack stack) {
    stack.validate();
    Problems problems = Problems.root().at("stack " + stack.name());
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
        out.add(new Explanation(app, ns, new TreeMap<>(conf.entries()), quotaWarnings(stack, app, ns)));
      }
    }
    problems.throwIfAny();
    return out;
  }

  /** The report {@code sparkform explain} prints for a stack: one section per app, or a line saying there is none. */
  public static String report(Stack stack) {
    List<Explanation> apps = of(stack);
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
    return sb.toString();
  }

  public String app() {
    return app.name();
  }

  /** Key to entry, sorted by key. */
  public Map<String, SparkProperties.Entry> settings() {
    return settings;
  }

  public Footprint footprint() {
    return app.footprint();
  }

  public List<String> warnings() {
    return warnings;
  }

  /** Spark's defaults for the keys that size and place the pods, where nothing else sets them. */
  private static void sparkDefaults(SparkProperties conf, SparkApp app) {
    boolean nonJvm = app.effectiveType() != SparkType.SCALA && app.effectiveType() != SparkType.JAVA;
    for (String role : List.of("driver", "executor")) {
      spark(conf, "spark." + role + ".cores", "1");
      spark(conf, "spark." + role + ".memory", "1g");
      if (!conf.entries().containsKey("spark." + role + ".memoryOverhead")) {
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

  private static List<String> quotaWarnings(Stack stack, SparkApp app, String ns) {
    List<String> out = new ArrayList<>();
    Footprint f = app.footprint();
    if (f.maxExecutors().isEmpty()) {
      out.add("dynamic allocation has no maxExecutors: the app can ask for any number of executors");
    }
    int most = f.maxExecutors().orElse(f.minExecutors());
    Cpu cpu = f.cpuAt(most);
    Memory memory = f.memoryAt(most);
    for (StackResource r : stack.allResources()) {
      if (!(r instanceof Namespace) || !r.name().equals(ns)) {
        continue;
      }
      for (ResourceQuota q : ((Namespace) r).quotas()) {
        String at = " at " + most + " executors exceeds ResourceQuota " + q.name() + " of namespace " + ns;
        q.requests().ifPresent(res -> {
          res.cpu().filter(c -> cpu.compareTo(c) > 0)
              .ifPresent(c -> out.add("CPU requests " + cpu + at + " (requests.cpu " + c + ")"));
          res.memory().filter(m -> memory.compareTo(m) > 0).ifPresent(m -> out.add("memory requests "
              + memory.toKubernetes() + at + " (requests.memory " + m.toKubernetes() + ")"));
        });
        q.limits().ifPresent(res -> res.memory().filter(m -> memory.compareTo(m) > 0).ifPresent(m -> out.add(
            "memory limits " + memory.toKubernetes() + at + " (limits.memory " + m.toKubernetes() + ")")));
      }
    }
    return out;
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
    sb.append("  driver pod:   ").append(pod(f.driverCpu(), app.driverPod().coreLimit(), f.driverMemory())).append('\n');
    sb.append("  executor pod: ").append(pod(f.executorCpu(), app.executorPod().coreLimit(), f.executorMemory()))
        .append('\n');
    sb.append("  at min ").append(f.minExecutors()).append(" executors: requests cpu ").append(f.cpuAt(f.minExecutors()))
        .append(", memory ").append(f.memoryAt(f.minExecutors()).toKubernetes()).append('\n');
    if (f.maxExecutors().isPresent()) {
      int max = f.maxExecutors().getAsInt();
      sb.append("  at max ").append(max).append(" executors: requests cpu ").append(f.cpuAt(max))
          .append(", memory ").append(f.memoryAt(max).toKubernetes()).append('\n');
    } else {
      sb.append("  at max: unbounded (dynamic allocation without maxExecutors)\n");
    }
    for (String w : warnings) {
      sb.append("warning: ").append(w).append('\n');
    }
    return sb.toString();
  }

  private static String pod(Cpu request, Optional<Cpu> limit, Memory memory) {
    return "cpu request " + request + ", limit " + limit.map(Cpu::toString).orElse("none") + "; memory "
        + memory.toKubernetes();
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
