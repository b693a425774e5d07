package dev.sparkform.compile;

import dev.sparkform.dsl.SparkApp;

/**
 * Spark keys of app features that no operator has a field for — plugins, the executors' pod
 * allocator, the event log — so every target writes them to sparkConf.
 */
final class SparkFeatureKeys {
  private SparkFeatureKeys() {}

  static void add(SparkProperties conf, SparkApp app) {
    if (!app.plugins().isEmpty()) {
      conf.typed("spark.plugins", String.join(",", app.plugins()), "plugins");
    }
    if (app.executorPod().allocator().isPresent()) {
      conf.typed("spark.kubernetes.allocation.pods.allocator", app.executorPod().allocator().get().value(),
          "executor.allocator");
    }
    if (app.eventLogDir().isPresent()) {
      conf.typed("spark.eventLog.enabled", true, "eventLog");
      conf.typed("spark.eventLog.dir", app.eventLogDir().get(), "eventLog");
    }
  }
}
