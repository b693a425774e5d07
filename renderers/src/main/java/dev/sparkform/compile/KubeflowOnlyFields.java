package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkPod;
import java.util.List;

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
    for (SparkPod pod : List.of(app.driver(), app.executor())) {
      if (pod.template().isPresent()) {
        p.add("%s template is not rendered for target %s yet", pod.role() == SparkPod.Role.DRIVER ? "driver"
            : "executor", t);
      }
    }
  }
}
