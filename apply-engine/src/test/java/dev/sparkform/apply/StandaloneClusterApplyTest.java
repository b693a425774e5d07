package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.examples.Examples;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The spark-cluster example rendered for the spark-submit target (no operator: Services,
 * StatefulSets, NetworkPolicy, HorizontalPodAutoscaler, PodDisruptionBudget) applied to the in-memory
 * API server and read back; a second plan finds nothing to change.
 */
class StandaloneClusterApplyTest {
  static final Stack CLUSTER = Examples.named("spark-cluster").orElseThrow().define();

  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  @Test
  void appliesEveryObjectAndReadsBackTheSameSpecs() {
    List<HasMetadata> objects = StackCompiler.create().target(Target.SPARK_SUBMIT).compile(CLUSTER);
    assertEquals(List.of("Namespace", "Service", "Service", "StatefulSet", "StatefulSet", "NetworkPolicy",
        "HorizontalPodAutoscaler", "PodDisruptionBudget"), objects.stream().map(HasMetadata::getKind).toList());
    ApplyReport report = cluster.engine.apply(cluster.engine.plan(CLUSTER.name(), CLUSTER.namespace(), objects,
        PlanOptions.defaults()));
    assertTrue(report.ok(), ReportFormatter.text(report));
    assertEquals(objects.size(), report.count(Outcome.Status.APPLIED));

    for (HasMetadata o : objects) {
      HasMetadata live = cluster.client().resource(o).get();
      assertEquals(o.getMetadata().getName(), live.getMetadata().getName());
      // what we set comes back unchanged (the server adds only its own metadata)
      assertEquals(Plain.object(o).get("spec"), Plain.object(live).get("spec"), o.getKind());
      o.getMetadata().getLabels().forEach((k, v) -> assertEquals(v, live.getMetadata().getLabels().get(k), k));
    }

    Plan again = cluster.engine.plan(CLUSTER.name(), CLUSTER.namespace(), objects, PlanOptions.defaults());
    assertFalse(again.hasChanges(), PlanFormatter.text(again));
  }
}
