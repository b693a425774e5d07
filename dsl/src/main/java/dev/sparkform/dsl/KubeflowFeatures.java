package dev.sparkform.dsl;

import java.util.List;

/**
 * Validation of the app settings that only the kubeflow operator has fields for (Python version,
 * batch scheduler, monitoring, pod templates), kept beside {@link SparkApp} to keep it small.
 */
final class KubeflowFeatures {
  private KubeflowFeatures() {}

  static void validate(SparkApp app, Problems p) {
    if (app.pythonVersion().isPresent()) {
      int v = app.pythonVersion().getAsInt();
      if (v != 2 && v != 3) {
        p.add("pythonVersion %d is not 2 or 3", v);
      } else if (app.effectiveType() != SparkType.PYTHON) {
        p.add("pythonVersion is for Python apps; this app is %s", app.effectiveType().value());
      } else if (v == 2 && !sparkBefore3(app)) {
        p.add("Spark %s runs only Python 3; pythonVersion 2 is for Spark 2", app.sparkVersion().orElse(""));
      }
    }
    if (app.batchScheduler().isPresent()) {
      BatchScheduler s = app.batchScheduler().get();
      s.validate(p.at("batchScheduler"));
      for (SparkPod pod : List.of(app.driver(), app.executor())) {
        // the operator points the pods at the batch scheduler itself
        if (pod.schedulerName().isPresent()) {
          p.add("%s schedulerName \"%s\" conflicts with batch scheduler %s, which names the pods' scheduler",
              role(pod), pod.schedulerName().get(), s.kind().value());
        }
      }
    }
    if (app.monitoring().isPresent()) {
      app.monitoring().get().validate(p.at("monitoring"));
    }
    PodTemplateRules.serviceAccount(app, p);
  }

  static String role(SparkPod pod) {
    return pod.role() == SparkPod.Role.DRIVER ? "driver" : "executor";
  }

  private static boolean sparkBefore3(SparkApp app) {
    String v = app.sparkVersion().orElse("");
    return v.matches("[0-2]\\..*");
  }
}
