package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Scheduling;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scheduling values as the pod-spec fields they stand for. */
class SchedulingCompilerTest {

  @Test
  void tolerationsMapOperatorEffectValueAndSecondsInOrder() {
    // GIVEN tolerations of every shape
    Scheduling s = scheduling().tolerations(
        tolerate("dedicated", "spark", NO_SCHEDULE),
        tolerateExists("nvidia.com/gpu", null),
        tolerateExists("node.kubernetes.io/unreachable", NO_EXECUTE).forSeconds(300),
        tolerate("spot", "true", PREFER_NO_SCHEDULE));

    // WHEN compiled
    List<Toleration> tolerations = SchedulingCompiler.tolerations(s);

    // THEN each maps to the Kubernetes fields, in declaration order
    assertEquals(List.of(
        new TolerationBuilder().withKey("dedicated").withOperator("Equal").withValue("spark").withEffect("NoSchedule").build(),
        new TolerationBuilder().withKey("nvidia.com/gpu").withOperator("Exists").build(),
        new TolerationBuilder().withKey("node.kubernetes.io/unreachable").withOperator("Exists").withEffect("NoExecute")
            .withTolerationSeconds(300L).build(),
        new TolerationBuilder().withKey("spot").withOperator("Equal").withValue("true").withEffect("PreferNoSchedule").build()),
        tolerations);
    assertNull(tolerations.get(0).getTolerationSeconds());
    assertNull(tolerations.get(1).getValue());
    assertNull(tolerations.get(1).getEffect());
    assertEquals(300L, tolerations.get(2).getTolerationSeconds());
  }

  @Test
  void noAffinityWithoutTerms() {
    assertTrue(SchedulingCompiler.affinity(scheduling()).isEmpty());
    assertTrue(SchedulingCompiler.affinity(scheduling().nodeSelector("pool", "spark")
        .tolerations(tolerate("a", "b", NO_SCHEDULE))).isEmpty());
    assertEquals(List.of(), SchedulingCompiler.tolerations(scheduling()));
  }

  @Test
  void requiredTermsAreOredAndTheirRequirementsAnded() {
    // GIVEN two required terms: the first with two requirements, the second with one
    Scheduling s = scheduling()
        .require(node("kubernetes.io/arch").in("amd64", "arm64"), node("spot").doesNotExist())
        .require(node("node-pool").notIn("system"));

    // WHEN compiled
    NodeAffinity na = SchedulingCompiler.affinity(s).orElseThrow().getNodeAffinity();

    // THEN one node selector with two terms (ORed), each listing its expressions (ANDed)
    List<NodeSelectorTerm> terms = na.getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms();
    assertEquals(2, terms.size());
    assertEquals(List.of(
        requirement("kubernetes.io/arch", "In", "amd64", "arm64"),
        requirement("spot", "DoesNotExist")), terms.get(0).getMatchExpressions());
    assertEquals(List.of(requirement("node-pool", "NotIn", "system")), terms.get(1).getMatchExpressions());
    assertTrue(na.getPreferredDuringSchedulingIgnoredDuringExecution() == null
        || na.getPreferredDuringSchedulingIgnoredDuringExecution().isEmpty());
  }

  @Test
  void preferredTermsKeepTheirWeight() {
    // GIVEN two preferred terms with weights, and no required one
    Scheduling s = scheduling()
        .prefer(50, node("node.kubernetes.io/instance-type").in("r6i.8xlarge"))
        .prefer(10, node("cores").greaterThan(16), node("cores").lessThan(64), node("ssd").exists());

    // WHEN compiled
    Affinity affinity = SchedulingCompiler.affinity(s).orElseThrow();
    NodeAffinity na = affinity.getNodeAffinity();

    // THEN each becomes a weighted preference, in order, and nothing is required
    List<PreferredSchedulingTerm> preferred = na.getPreferredDuringSchedulingIgnoredDuringExecution();
    assertEquals(2, preferred.size());
    assertEquals(50, preferred.get(0).getWeight());
    assertEquals(List.of(requirement("node.kubernetes.io/instance-type", "In", "r6i.8xlarge")),
        preferred.get(0).getPreference().getMatchExpressions());
    assertEquals(10, preferred.get(1).getWeight());
    assertEquals(List.of(requirement("cores", "Gt", "16"), requirement("cores", "Lt", "64"),
        requirement("ssd", "Exists")), preferred.get(1).getPreference().getMatchExpressions());
    assertNull(na.getRequiredDuringSchedulingIgnoredDuringExecution());
    assertNull(affinity.getPodAffinity());
    assertNull(affinity.getPodAntiAffinity());
  }

  @Test
  void combinedSchedulingKeepsBothPartsInOrder() {
    // GIVEN a pool-wide scheduling value combined with an app-specific one
    Scheduling pool = scheduling().tolerations(tolerate("dedicated", "spark", NO_SCHEDULE))
        .require(node("node-pool").in("spark"));
    Scheduling app = scheduling().tolerations(tolerateExists("gpu", NO_SCHEDULE)).prefer(100, node("gpu").exists());

    // WHEN the combination is compiled
    Scheduling both = pool.and(app);

    // THEN tolerations and terms of both are present, the first value's first
    assertEquals(List.of("dedicated", "gpu"),
        SchedulingCompiler.tolerations(both).stream().map(Toleration::getKey).toList());
    NodeAffinity na = SchedulingCompiler.affinity(both).orElseThrow().getNodeAffinity();
    assertEquals(1, na.getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().size());
    assertEquals(100, na.getPreferredDuringSchedulingIgnoredDuringExecution().get(0).getWeight());
  }

  private static NodeSelectorRequirement requirement(String key, String operator, String... values) {
    return new NodeSelectorRequirement(key, operator, List.of(values));
  }
}
