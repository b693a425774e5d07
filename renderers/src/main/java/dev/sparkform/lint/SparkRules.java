package dev.sparkform.lint;

import dev.sparkform.compile.Explanation;
import dev.sparkform.compile.NamespacePlan;
import dev.sparkform.compile.SparkConfMapper;
import dev.sparkform.compile.SparkProperties;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Dsl;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkType;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spark rules, on each app's effective Spark configuration as {@code explain} shows it (typed fields,
 * Sparkform's defaults, the user's sparkConf, Spark's own defaults) and its namespace's quotas.
 */
final class SparkRules {
  private static final double PYTHON_OVERHEAD = 0.4;

  private SparkRules() {}

  static List<Finding> check(Stack stack, Target target) {
    String base = "stack " + stack.name();
    List<Finding> out = new ArrayList<>();
    Map<String, SparkApp> apps = new HashMap<>(); // by namespace/name: what each explanation is of
    for (StackResource r : stack.resources()) {
      SparkApp.of(r).ifPresent(a -> apps.put(stack.namespaceOf(a) + "/" + a.name(), a));
    }
    for (Explanation e : Explanation.of(stack, target, Optional.empty())) {
      SparkApp app = apps.get(e.namespace() + "/" + e.app());
      String path = base + " > " + app.describe();
      Map<String, SparkProperties.Entry> conf = e.settings();
      overhead(app, conf, path, out);
      dynamicAllocation(app, conf, path, out);
      resize(conf, path, out);
    }
    for (NamespacePlan plan : NamespacePlan.of(stack, target)) {
      for (NamespacePlan.Refusal r : plan.refusals()) {
        out.add(Finding.of(Rule.SPARK_QUOTA_LIMIT, base + " > spark application " + r.app() + " > " + r.role(),
            r.message()));
      }
    }
    return out;
  }

  private static Optional<String> value(Map<String, SparkProperties.Entry> conf, String key) {
    return Optional.ofNullable(conf.get(key)).map(SparkProperties.Entry::value).map(String::trim);
  }

  /** Whether {@code key} is set by something other than Spark's own default. */
  private static boolean set(Map<String, SparkProperties.Entry> conf, String key) {
    SparkProperties.Entry e = conf.get(key);
    return e != null && e.origin() != SparkProperties.Origin.SPARK_DEFAULT;
  }

  /**
   * Spark 4.2's BasicDriverFeatureStep and BasicExecutorFeatureStep: the role's factor if set, else
   * {@code spark.kubernetes.memoryOverheadFactor} if set, else 0.4 for Python and R; an explicit
   * memoryOverhead amount replaces the factor.
   */
  private static void overhead(SparkApp app, Map<String, SparkProperties.Entry> conf, String path, List<Finding> out) {
    SparkType type = app.effectiveType();
    if (type != SparkType.PYTHON && type != SparkType.R) {
      return;
    }
    for (String role : List.of("driver", "executor")) {
      if (set(conf, "spark." + role + ".memoryOverhead")) {
        continue;
      }
      String key = set(conf, "spark." + role + ".memoryOverheadFactor") ? "spark." + role + ".memoryOverheadFactor"
          : set(conf, "spark.kubernetes.memoryOverheadFactor") ? "spark.kubernetes.memoryOverheadFactor" : null;
      if (key == null) {
        continue;
      }
      double factor = Double.parseDouble(value(conf, key).orElseThrow());
      if (factor < PYTHON_OVERHEAD) {
        out.add(Finding.of(Rule.SPARK_OVERHEAD_FACTOR, path + " > " + role, "a " + type.value() + " app's " + role
            + " memory overhead factor is " + factor + " (" + key + "), below 0.4: its " + type.value()
            + " workers use memory outside the JVM heap and the pod is OOMKilled"));
      }
    }
  }

  /**
   * Spark's ExecutorAllocationManager.validateSettings refuses dynamic allocation unless the external
   * shuffle service, shuffle tracking, decommissioning with shuffle block migration, or a shuffle
   * plugin with reliable storage keeps shuffle data when executors go.
   */
  private static void dynamicAllocation(SparkApp app, Map<String, SparkProperties.Entry> conf, String path,
      List<Finding> out) {
    if (!value(conf, "spark.dynamicAllocation.enabled").map("true"::equalsIgnoreCase).orElse(false)) {
      return;
    }
    boolean tracking = value(conf, "spark.dynamicAllocation.shuffleTracking.enabled").map("true"::equalsIgnoreCase)
        .orElse(!SparkConfMapper.sparkBefore34(app));
    boolean service = value(conf, "spark.shuffle.service.enabled").map("true"::equalsIgnoreCase).orElse(false);
    boolean decommission = value(conf, "spark.decommission.enabled").map("true"::equalsIgnoreCase).orElse(false)
        && value(conf, "spark.storage.decommission.shuffleBlocks.enabled").map("true"::equalsIgnoreCase).orElse(false);
    boolean plugin = conf.containsKey("spark.shuffle.sort.io.plugin.class");
    if (!tracking && !service && !decommission && !plugin) {
      out.add(Finding.of(Rule.SPARK_DYNAMIC_ALLOCATION_SHUFFLE, path, "dynamic allocation is on, shuffle tracking"
          + " is off and there is no external shuffle service (none on Kubernetes): Spark refuses to start the app"));
    }
  }

  /** Spark 4.2's ExecutorResizeDriverPlugin.init: with another allocator it logs a warning and does nothing. */
  private static void resize(Map<String, SparkProperties.Entry> conf, String path, List<Finding> out) {
    boolean plugin = value(conf, "spark.plugins").map(p -> Arrays.stream(p.split(",")).map(String::trim)
        .anyMatch(Dsl.EXECUTOR_RESIZE_PLUGIN::equals)).orElse(false);
    String allocator = value(conf, "spark.kubernetes.allocation.pods.allocator").orElse("direct");
    if (plugin && !allocator.equals("direct")) {
      out.add(Finding.of(Rule.SPARK_RESIZE_ALLOCATOR, path, "ExecutorResizePlugin needs the direct pods allocator;"
          + " spark.kubernetes.allocation.pods.allocator is " + allocator + ", so the plugin never resizes"));
    }
  }
}
