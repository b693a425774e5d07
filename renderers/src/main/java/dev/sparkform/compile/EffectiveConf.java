package dev.sparkform.compile;

import dev.sparkform.compile.SparkProperties.Origin;
import dev.sparkform.dsl.Footprint;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkType;
import dev.sparkform.dsl.Stack;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configuration Spark runs an app with, computed once for every consumer (the targets' checks,
 * the spark-submit files and their expected sizes, {@code explain}, the footprint, capacity and quota
 * checks). In Spark's precedence: every typed field as its Spark key plus Sparkform's defaults
 * ({@link SparkConfMapper}), then the user's {@code sparkConf} — which may add keys or repeat a typed
 * field, never contradict one (a problem on every target) —, the app's namespace, then Spark's own
 * defaults for the keys that size and place the pods. The pods are sized from these keys alone
 * ({@link SparkSizing}), so a size given only in {@code sparkConf} counts exactly as a typed one.
 */
public final class EffectiveConf {
  private final SparkProperties given;
  private final Map<String, SparkProperties.Entry> settings;
  private final SparkSizing sizing;

  private EffectiveConf(SparkProperties given, Map<String, SparkProperties.Entry> settings, SparkSizing sizing) {
    this.given = given;
    this.settings = settings;
    this.sizing = sizing;
  }

  /** The effective configuration of a Spark app of a (valid) stack; throws its problems (e.g. a size Spark cannot read). */
  public static EffectiveConf of(Stack stack, SparkApp app) {
    Problems p = Problems.root().at("stack " + stack.name()).at(app.describe());
    EffectiveConf e = of(app, stack.namespaceOf(app), p);
    p.throwIfAny();
    return e;
  }

  /** Problems (contradictions, values Spark cannot read) go to {@code p}. */
  static EffectiveConf of(SparkApp app, String namespace, Problems p) {
    SparkProperties conf = SparkConfMapper.map(app, p);
    conf.required("spark.kubernetes.namespace", namespace, "namespace", p);
    SparkProperties given = conf.copy();
    SparkType type = app.effectiveType();
    SparkSizing sizing = new SparkSizing(conf, type.isJvm(), type == SparkType.PYTHON, p);
    if (sizing.dynamicAllocation) {
      spark(conf, "spark.dynamicAllocation.shuffleTracking.enabled", Boolean.toString(!SparkConfMapper.sparkBefore34(app)));
    } else {
      spark(conf, "spark.dynamicAllocation.enabled", "false");
    }
    spark(conf, "spark.kubernetes.container.image.pullPolicy", "IfNotPresent");
    spark(conf, "spark.kubernetes.executor.deleteOnTermination", "true");
    spark(conf, "spark.kubernetes.submission.waitAppCompletion", "true");
    return new EffectiveConf(given, new TreeMap<>(conf.entries()), sizing);
  }

  private static void spark(SparkProperties conf, String key, String value) {
    if (!conf.entries().containsKey(key)) {
      conf.put(key, value, Origin.SPARK_DEFAULT, "Spark's default");
    }
  }

  /** What Spark is given (typed keys, Sparkform's defaults, the user's sparkConf, the namespace): a copy to add to. */
  SparkProperties given() {
    return given.copy();
  }

  /** Every effective key with its origin, Spark's defaults for the pods' sizes and placement included; by key. */
  public Map<String, SparkProperties.Entry> settings() {
    return settings;
  }

  /** The driver pod as Spark builds it. */
  public PodSize driver() {
    return sizing.driver;
  }

  /** One executor pod as Spark builds it. */
  public PodSize executor() {
    return sizing.executor;
  }

  /** The pods' requests and the executors' bounds. */
  public Footprint footprint() {
    return sizing.footprint();
  }
}
