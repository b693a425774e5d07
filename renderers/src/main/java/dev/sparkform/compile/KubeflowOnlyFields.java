package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;

/** App settings that only the kubeflow operator renders: for any other target each is an error naming it. */
final class KubeflowOnlyFields {
  private KubeflowOnlyFields() {}

  static void check(SparkApp app, Target target, Problems p) {
    if (target == Target.KUBEFLOW) {
      return;
    }
    String t = target.cliName();
    if (app.pythonVersion().isPresent()) {
      p.add("pythonVersion cannot be expressed for target %s: Spark 3 and later run Python 3 only; remove it", t);
    }
    if (app.batchScheduler().isPresent()) {
      p.add("batchScheduler cannot be expressed for target %s: it is a kubeflow operator feature"
          + " (set the pods' schedulerName instead)", t);
    }
    if (app.monitoring().isPresent()) {
      p.add("monitoring cannot be expressed for target %s: the kubeflow operator attaches the JMX exporter"
          + " (Spark's own Prometheus servlet is set with sparkConf)", t);
    }
    // Pod templates are rendered by both operators (the Apache one lays the typed settings over them).
  }
}
