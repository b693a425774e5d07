package dev.sparkform.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.Target;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.kubetier.PodSecurityEvaluator;
import dev.sparkform.kubetier.PodSecurityEvaluator.Pod;
import dev.sparkform.kubetier.PodSecurityEvaluator.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every pod of every example for every target ({@link RunningPods}: what Spark, the operators and
 * Kubernetes build from the rendered output) is allowed by Pod Security Standards "restricted",
 * version latest, as judged by the upstream evaluator ({@link PodSecurityEvaluator}: one process for
 * all pods). A denial fails with the evaluator's reasons for every denied pod.
 */
class PodSecurityTest {
  @Test
  void everyPodIsRestricted() {
    List<Pod> pods = new ArrayList<>();
    for (Example e : Examples.all()) {
      for (Target t : Target.values()) {
        Rendering.compile(e, t).ifPresent(objects ->
            pods.addAll(RunningPods.of(e.name() + " " + t.cliName(), e.define(), t, objects)));
      }
    }
    List<Verdict> verdicts = PodSecurityEvaluator.restricted(pods);
    List<Verdict> denied = verdicts.stream().filter(v -> !v.allowed()).collect(Collectors.toList());
    System.out.printf("Pod Security \"restricted\" (upstream evaluator): %d of %d pods allowed%n",
        verdicts.size() - denied.size(), verdicts.size());
    verdicts.forEach(v -> System.out.println("  " + (v.allowed() ? "allowed " : "DENIED  ") + v.name()));
    assertTrue(pods.size() >= Examples.all().size() * 2, "too few pods found: " + pods.size());
    assertEquals("", denied.stream().map(v -> v.name() + ": " + v.reasons()).collect(Collectors.joining("\n")),
        denied.size() + " of " + verdicts.size() + " pods are not restricted");
  }
}
