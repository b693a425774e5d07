package dev.sparkform.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.model.CrdSchemas;
import dev.sparkform.model.ModelTypes;
import dev.sparkform.model.SharedReference;
import dev.sparkform.render.PlainData;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every SparkApplication, ScheduledSparkApplication, SparkCluster and SparkConnect that the built-in examples
 * render, for every target that can express them, is valid against the upstream operator's CRD.
 */
class ExamplesConformToCrdsTest {
  @Test
  void everyRenderedSparkResourceIsValidAgainstItsCrd() {
    SharedReference.require();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    Set<String> kinds = new TreeSet<>();
    for (Example e : Examples.all()) {
      for (Target t : Target.values()) {
        List<HasMetadata> objects;
        try {
          objects = StackCompiler.create().target(t).compile(e.define());
        } catch (ValidationException notExpressible) {
          continue; // the golden files hold these errors
        }
        for (HasMetadata o : objects) {
          if (!ModelTypes.isModelled(o.getApiVersion(), o.getKind())) {
            continue;
          }
          ModelTypes.Type crd = ModelTypes.of(o.getApiVersion(), o.getKind());
          checked++;
          kinds.add(o.getApiVersion() + " " + o.getKind());
          for (String p : CrdSchemas.validate(crd.crdFile(), crd.crdVersion(), PlainData.of(o))) {
            problems.add(e.name() + " " + t.cliName() + " " + o.getKind() + "/" + o.getMetadata().getName() + ": " + p);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    // spark-pi, pyspark-job, daily-summary (kubeflow only), two apps of two-spark-versions, spark-cluster (apache only)
    assertTrue(checked >= 9, "checked " + checked + " resources");
    // every modelled kind occurs in some example (interactive has the kubeflow SparkConnect)
    assertEquals(ModelTypes.ALL.stream().map(t -> t.apiVersion() + " " + t.kind()).collect(Collectors.toCollection(TreeSet::new)),
        kinds);
  }
}
