package dev.sparkform.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.model.CrdSchemas;
import dev.sparkform.model.SharedReference;
import dev.sparkform.render.PlainData;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every SparkApplication, ScheduledSparkApplication and SparkCluster that the built-in examples
 * render, for every target that can express them, is valid against the upstream operator's CRD.
 */
class ExamplesConformToCrdsTest {
  /** CRD file and served version for each rendered apiVersion/kind. */
  private static final Map<String, String[]> CRDS = Map.of(
      "sparkoperator.k8s.io/v1beta2/SparkApplication",
      new String[] {"kubeflow-spark-operator/sparkoperator.k8s.io_sparkapplications.yaml", "v1beta2"},
      "sparkoperator.k8s.io/v1beta2/ScheduledSparkApplication",
      new String[] {"kubeflow-spark-operator/sparkoperator.k8s.io_scheduledsparkapplications.yaml", "v1beta2"},
      "spark.apache.org/v1/SparkApplication",
      new String[] {"apache-spark-kubernetes-operator/sparkapplications.spark.apache.org-v1.yaml", "v1"},
      "spark.apache.org/v1/SparkCluster",
      new String[] {"apache-spark-kubernetes-operator/sparkclusters.spark.apache.org-v1.yaml", "v1"});

  @Test
  void everyRenderedSparkResourceIsValidAgainstItsCrd() {
    SharedReference.require();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Example e : Examples.all()) {
      for (Target t : Target.values()) {
        List<HasMetadata> objects;
        try {
          objects = StackCompiler.create().target(t).compile(e.define());
        } catch (ValidationException notExpressible) {
          continue; // the golden files hold these errors
        }
        for (HasMetadata o : objects) {
          String[] crd = CRDS.get(o.getApiVersion() + "/" + o.getKind());
          if (crd == null) {
            continue;
          }
          checked++;
          for (String p : CrdSchemas.validate(crd[0], crd[1], PlainData.of(o))) {
            problems.add(e.name() + " " + t.cliName() + " " + o.getKind() + "/" + o.getMetadata().getName() + ": " + p);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    // spark-pi, pyspark-job, daily-summary (kubeflow only), two apps of two-spark-versions, spark-cluster (apache only)
    assertTrue(checked >= 9, "checked " + checked + " resources");
  }
}
