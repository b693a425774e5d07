package dev.sparkform.kubetier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.kubetier.PodSecurityEvaluator.Pod;
import dev.sparkform.kubetier.PodSecurityEvaluator.Verdict;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upstream evaluator through our wrapper: one process, many pods, verdicts in order, reasons kept. */
class PodSecurityEvaluatorTest {
  private static PodSpec bare() {
    return new PodSpecBuilder().addNewContainer().withName("c").withImage("apache/spark:4.0.1").endContainer().build();
  }

  private static PodSpec restricted() {
    return new PodSpecBuilder().withNewSecurityContext().withRunAsNonRoot(true).withNewSeccompProfile()
        .withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
        .addNewContainer().withName("c").withImage("apache/spark:4.0.1").withNewSecurityContext()
        .withAllowPrivilegeEscalation(false).withNewCapabilities().withDrop("ALL").endCapabilities()
        .endSecurityContext().endContainer().build();
  }

  @Test
  void judgesEachPodInOrder() {
    PodSpec hostPath = new PodSpecBuilder(restricted()).addNewVolume().withName("h").withNewHostPath()
        .withPath("/var").endHostPath().endVolume().build();
    List<Verdict> v = PodSecurityEvaluator.restricted(List.of(new Pod("bare", null, bare()),
        new Pod("restricted", null, restricted()), new Pod("host path", null, hostPath)));
    assertEquals(List.of("bare", "restricted", "host path"), v.stream().map(Verdict::name).toList());
    assertFalse(v.get(0).allowed());
    for (String check : List.of("allowPrivilegeEscalation != false", "unrestricted capabilities",
        "runAsNonRoot != true", "seccompProfile")) {
      assertTrue(v.get(0).reasons().contains(check), v.get(0).reasons());
    }
    assertTrue(v.get(1).allowed(), v.get(1).reasons());
    assertFalse(v.get(2).allowed());
    assertTrue(v.get(2).reasons().contains("hostPath"), v.get(2).reasons());
  }

  @Test
  void baselineAllowsWhatRestrictedDenies() {
    List<Verdict> v = PodSecurityEvaluator.evaluate("baseline", List.of(new Pod("bare", null, bare())));
    assertTrue(v.get(0).allowed(), v.get(0).reasons());
  }
}
