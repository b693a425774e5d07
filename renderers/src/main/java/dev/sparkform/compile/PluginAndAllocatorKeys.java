package dev.sparkform.compile;

import dev.sparkform.dsl.SparkApp;

/** Spark keys of the app's plugins and the executors' pod allocator; every target writes them to sparkConf. */
final class PluginAndAllocatorKeys {
  private PluginAndAllocatorKeys() {}

  static void add(SparkProperties conf, SparkApp app) {
    if (!app.plugins().isEmpty()) {
      conf.typed("spark.plugins", String.join(",", app.plugins()), "plugins");
    }
    app.executorPod().allocator().ifPresent(a ->
        conf.typed("spark.kubernetes.allocation.pods.allocator", a.value(), "executor.allocator"));
  }
}
