package dev.sparkform.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * A node selector entry or scheduler name that the driver and the executors share is written once,
 * with Spark's app-wide key ({@code spark.kubernetes.node.selector.[k]},
 * {@code spark.kubernetes.scheduler.name}), which Spark applies to both pods — as operators' own
 * examples write it. Role keys stay for what differs.
 */
final class AppWideKeys {
  private static final String DRIVER = "spark.kubernetes.driver.";
  private static final String EXECUTOR = "spark.kubernetes.executor.";

  private AppWideKeys() {}

  static void collapse(SparkProperties conf) {
    List<String> shared = new ArrayList<>();
    for (String key : conf.entries().keySet()) {
      if (key.startsWith(DRIVER) && isAppWide(key.substring(DRIVER.length()))) {
        String suffix = key.substring(DRIVER.length());
        SparkProperties.Entry executor = conf.entries().get(EXECUTOR + suffix);
        if (executor != null && executor.value().equals(conf.entries().get(key).value())) {
          shared.add(suffix);
        }
      }
    }
    for (String suffix : shared) {
      conf.remove(DRIVER + suffix);
      SparkProperties.Entry e = conf.remove(EXECUTOR + suffix);
      conf.put("spark.kubernetes." + suffix, e.value(), e.origin(),
          e.because().replaceFirst("^executor\\.", "driver and executor "));
    }
  }

  private static boolean isAppWide(String suffix) {
    return suffix.startsWith("node.selector.") || suffix.equals("scheduler.name");
  }
}
