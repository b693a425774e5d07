package dev.sparkform.compile;

import dev.sparkform.compile.SparkProperties.Origin;
import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.Footprint;
import dev.sparkform.dsl.Memory;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkPod;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The driver and executor pods as Spark 4.2 sizes them, read only from Spark keys — so a size set by
 * a typed field and one set in {@code sparkConf} count alike. Where a key is unset, Spark's default
 * applies and is added to the configuration as {@link Origin#SPARK_DEFAULT} (what {@code explain} shows).
 *
 * <p>From Spark 4.2's source: {@code BasicDriverFeatureStep} (memory = {@code spark.driver.memory} +
 * {@code spark.driver.memoryOverhead}, else {@code max((int) (factor × memory), spark.driver.minMemoryOverhead)};
 * factor = {@code spark.driver.memoryOverheadFactor}, else the deprecated
 * {@code spark.kubernetes.memoryOverheadFactor}, else 0.1, or 0.4 for non-JVM apps; CPU request =
 * {@code spark.kubernetes.driver.request.cores}, else {@code spark.driver.cores}; limit =
 * {@code spark.kubernetes.driver.limit.cores}; {@code KubernetesUtils.buildResourcesQuantities} for
 * {@code spark.driver.resource.gpu.{amount,vendor}}), {@code BasicExecutorFeatureStep} with
 * {@code ResourceProfile.getResourcesForClusterManager} (the same for executors, the factor falling back to
 * the {@code spark.kubernetes.memoryOverheadFactor} the driver passes on; plus off-heap memory when
 * enabled and {@code spark.executor.pyspark.memory} for Python apps), and
 * {@code SchedulerBackendUtils.getInitialTargetExecutorNumber} (2 executors unless
 * {@code spark.executor.instances}; with dynamic allocation, its min and max). Sizes are read as
 * {@link SparkValues} does; a value Spark would refuse is a problem naming the key and where it was set.
 */
final class SparkSizing {
  static final String DEFAULT_MEMORY = "1g";
  static final long MIN_OVERHEAD_MIB = 384;
  static final double JVM_OVERHEAD_FACTOR = 0.1;
  static final double NON_JVM_OVERHEAD_FACTOR = 0.4;
  static final String OVERHEAD_FACTOR = "spark.kubernetes.memoryOverheadFactor";

  private final SparkProperties conf;
  private final boolean jvm;
  private final boolean python;
  private final Problems problems;
  final PodSize driver;
  final PodSize executor;
  final boolean dynamicAllocation;
  final int minExecutors;
  final OptionalInt maxExecutors;

  /**
   * @param conf the keys Spark is given; Spark's defaults for the sizing keys it lacks are added to it
   * @param jvm whether the app runs on the JVM (Java, Scala) rather than Python or R
   */
  SparkSizing(SparkProperties conf, boolean jvm, boolean python, Problems problems) {
    this.conf = conf;
    this.jvm = jvm;
    this.python = python;
    this.problems = problems;
    this.driver = pod("driver");
    this.executor = pod("executor");
    this.dynamicAllocation = Boolean.TRUE.equals(read("spark.dynamicAllocation.enabled", Reading.BOOL));
    if (dynamicAllocation) {
      this.minExecutors = count("spark.dynamicAllocation.minExecutors", "0").orElse(0);
      OptionalInt max = count("spark.dynamicAllocation.maxExecutors", "infinity");
      this.maxExecutors = max;
      if (max.isPresent() && minExecutors > max.getAsInt()) {
        problems.add("spark.dynamicAllocation.minExecutors %d exceeds spark.dynamicAllocation.maxExecutors %d:"
            + " Spark refuses to start", minExecutors, max.getAsInt());
      }
      count("spark.dynamicAllocation.initialExecutors", null);
    } else {
      this.minExecutors = count("spark.executor.instances", Integer.toString(Footprint.DEFAULT_EXECUTORS))
          .orElse(Footprint.DEFAULT_EXECUTORS);
      this.maxExecutors = OptionalInt.of(minExecutors);
    }
  }

  /**
   * A pod Spark does not build but whose JVM is sized as a driver's (a Spark Connect or history
   * server's, run in the pod itself): sized from its own typed fields, as Spark sizes a JVM driver.
   */
  static PodSize server(SparkPod pod) {
    SparkProperties conf = new SparkProperties();
    SparkConfMapper.sizes(conf, pod, "driver", java.util.EnumSet.noneOf(SparkConfMapper.Aspect.class));
    return new SparkSizing(conf, true, false, Problems.root()).driver;
  }

  Footprint footprint() {
    return Footprint.of(driver.cpuRequest(), driver.memory(), executor.cpuRequest(), executor.memory(), minExecutors,
        maxExecutors);
  }

  private PodSize pod(String role) {
    String spark = "spark." + role + ".";
    String k8s = "spark.kubernetes." + role + ".";
    long memory = (Long) orDefault(spark + "memory", DEFAULT_MEMORY, Reading.MEBIBYTES);
    Long overhead = (Long) read(spark + "memoryOverhead", Reading.MEBIBYTES);
    if (overhead == null) {
      double factor = factor(role);
      Long min = (Long) read(spark + "minMemoryOverhead", Reading.MEBIBYTES);
      overhead = Math.max((long) (int) (factor * memory), min == null ? MIN_OVERHEAD_MIB : min);
    }
    long total = memory + overhead;
    if (role.equals("executor")) {
      if (Boolean.TRUE.equals(read("spark.memory.offHeap.enabled", Reading.BOOL))) {
        total += orZero((Long) read("spark.memory.offHeap.size", Reading.MEBIBYTES_OF_BYTES));
      }
      if (python) {
        total += orZero((Long) read("spark.executor.pyspark.memory", Reading.MEBIBYTES));
      }
    }
    int cores = (Integer) orDefault(spark + "cores", "1", Reading.INTEGER);
    if (cores < 1) {
      problem(spark + "cores", "must be at least 1");
    }
    Cpu request = (Cpu) read(k8s + "request.cores", Reading.CPU);
    if (request == null) {
      request = Cpu.cores(Math.max(cores, 1));
    }
    Optional<Cpu> limit = Optional.ofNullable((Cpu) read(k8s + "limit.cores", Reading.CPU));
    Integer gpus = (Integer) read(spark + "resource.gpu.amount", Reading.INTEGER);
    SparkProperties.Entry vendor = conf.entries().get(spark + "resource.gpu.vendor");
    if (gpus != null && vendor == null) {
      problem(spark + "resource.gpu.amount", "is set without " + spark + "resource.gpu.vendor: Spark refuses to build"
          + " the pod (set it, e.g. nvidia.com)");
    }
    boolean gpu = gpus != null && vendor != null;
    return new PodSize(Memory.mib(total), request, limit,
        gpu ? Optional.of(vendor.value().trim() + "/gpu") : Optional.empty(), gpu ? gpus : 0);
  }

  /** The overhead factor in force, with Spark's default recorded when the role's own key is unset. */
  private double factor(String role) {
    String key = "spark." + role + ".memoryOverheadFactor";
    Double own = (Double) read(key, Reading.DECIMAL);
    if (own != null) {
      if (own <= 0) {
        problem(key, "must be more than 0");
      }
      return own;
    }
    Double deprecated = (Double) read(OVERHEAD_FACTOR, Reading.DECIMAL);
    if (deprecated != null && deprecated < 0) {
      problem(OVERHEAD_FACTOR, "must not be negative");
    }
    double factor = deprecated != null ? deprecated : jvm ? JVM_OVERHEAD_FACTOR : NON_JVM_OVERHEAD_FACTOR;
    conf.put(key, deprecated != null ? conf.entries().get(OVERHEAD_FACTOR).value() : Double.toString(factor),
        Origin.SPARK_DEFAULT, deprecated != null ? "Spark's default: " + OVERHEAD_FACTOR
            : jvm ? "Spark's default" : "Spark's default for non-JVM apps");
    return factor;
  }

  /** How Spark reads a key ({@link SparkValues}): constants rather than functions, see {@link SparkConfMapper}. */
  private enum Reading {
    MEBIBYTES, MEBIBYTES_OF_BYTES, INTEGER, DECIMAL, BOOL, CPU;

    /** The value as a Long, Long, Integer, Double, Boolean or Cpu; IllegalArgumentException saying why not. */
    Object of(String value) {
      switch (this) {
        case MEBIBYTES: return SparkValues.mebibytes(value);
        case MEBIBYTES_OF_BYTES: return SparkValues.mebibytesOfBytes(value);
        case INTEGER: return SparkValues.integer(value);
        case DECIMAL: return SparkValues.decimal(value);
        case BOOL: return SparkValues.bool(value);
        default:
          Cpu c = Cpu.parse(value);
          if (!c.isValid()) {
            throw new IllegalArgumentException(c.problem().orElseThrow());
          }
          return c;
      }
    }
  }

  private static long orZero(Long mebibytes) {
    return mebibytes == null ? 0 : mebibytes;
  }

  /** A whole, non-negative executor count; empty when unset without a default, or unbounded ("infinity"). */
  private OptionalInt count(String key, String byDefault) {
    if (!conf.entries().containsKey(key)) {
      if (byDefault == null) {
        return OptionalInt.empty();
      }
      conf.put(key, byDefault, Origin.SPARK_DEFAULT, "Spark's default");
      return byDefault.equals("infinity") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(byDefault));
    }
    Integer n = (Integer) read(key, Reading.INTEGER);
    if (n != null && n < 0) {
      problem(key, "is negative");
    }
    return n != null && n >= 0 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /** The key's value as Spark reads it, Spark's default when unset (recorded) or unreadable. */
  private Object orDefault(String key, String byDefault, Reading reading) {
    if (!conf.entries().containsKey(key)) {
      conf.put(key, byDefault, Origin.SPARK_DEFAULT, "Spark's default");
    }
    Object value = read(key, reading);
    return value != null ? value : reading.of(byDefault);
  }

  /** The key's value as Spark reads it; null when unset or unreadable (then a problem). */
  private Object read(String key, Reading reading) {
    SparkProperties.Entry e = conf.entries().get(key);
    if (e == null) {
      return null;
    }
    try {
      return reading.of(e.value());
    } catch (IllegalArgumentException ex) {
      problem(key, ex.getMessage());
      return null;
    }
  }

  private void problem(String key, String reason) {
    SparkProperties.Entry e = conf.entries().get(key);
    String where = e.origin() == Origin.USER ? "sparkConf " : "";
    String from = e.origin() == Origin.TYPED ? " (from " + e.because() + ")" : "";
    problems.add("%s%s \"%s\"%s %s", where, key, e.value(), from, reason);
  }
}
