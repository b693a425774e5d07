package dev.sparkform.golden;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.kubetier.PodSecurityEvaluator;
import dev.sparkform.kubetier.PodSecurityEvaluator.Pod;
import dev.sparkform.kubetier.PodSecurityEvaluator.Verdict;
import java.time.Duration;
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

  /** The check can fail: an executor that opted out is denied on every target, for the four container checks. */
  @Test
  void anOptedOutPodIsDenied() {
    Stack stack = stack("open").namespace("jobs").add(sparkApp("open").sparkVersion("4.0.1")
        .image("apache/spark:4.0.1").mainClass("com.example.Job").mainApplicationFile("local:///opt/job.jar")
        .timeToLive(Duration.ofHours(1))
        .executor(executor().securityProfile(UNRESTRICTED)));
    List<Pod> pods = new ArrayList<>();
    for (Target t : Target.values()) {
      pods.addAll(RunningPods.of(t.cliName(), stack, t, StackCompiler.create().target(t).compile(stack)));
    }
    List<Verdict> verdicts = PodSecurityEvaluator.restricted(pods);
    // kubeflow, apache and spark-submit: driver and executor each; spark-submit: the Job too
    assertEquals(7, verdicts.size(), verdicts.toString());
    for (Verdict v : verdicts) {
      assertEquals(!v.name().endsWith(" executor"), v.allowed(), v.toString());
      if (!v.allowed()) {
        for (String check : List.of("allowPrivilegeEscalation != false", "unrestricted capabilities",
            "runAsNonRoot != true", "seccompProfile")) {
          assertTrue(v.reasons().contains(check), v.toString());
        }
      }
    }
  }
}
