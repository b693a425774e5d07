package dev.sparkform.lint;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Policy checks on a stack as one target renders it: every {@link Rule}, on the compiled objects,
 * the pods they make run (Spark's and the operators' included) and each app's effective Spark
 * configuration. Validation says what cannot work; lint says what works but should not be shipped.
 *
 * <pre>{@code
 * LintReport report = Lint.of(stack, Target.KUBEFLOW);
 * if (report.hasErrors()) System.out.print(report.toText());
 * }</pre>
 */
public final class Lint {
  /**
   * The annotation that opts one pod out of Pod Security "restricted", its value saying why; on the
   * pod (template) metadata, or a Spark pod's annotations. Lint then reports the pod as opted out
   * ({@link Rule#POD_OPTED_OUT}, a warning naming what it violates) instead of each violation.
   */
  public static final String POD_SECURITY_OPT_OUT = PodSecurity.OPT_OUT_ANNOTATION;

  private Lint() {}

  /** How findings name a rendered object: {@code Role jobs/etl}, {@code ClusterRole spark-reader}. */
  static String describe(HasMetadata o) {
    String ns = o.getMetadata().getNamespace();
    return o.getKind() + " " + (ns == null ? "" : ns + "/") + o.getMetadata().getName();
  }

  /** Compiles the (valid) stack for {@code target}, reading its Secrets' values as render does, and lints it. */
  public static LintReport of(Stack stack, Target target) {
    return of(stack, target, StackCompiler.create().target(target).compile(stack));
  }

  /** Lints {@code objects}, the stack compiled for {@code target}. */
  public static LintReport of(Stack stack, Target target, List<HasMetadata> objects) {
    List<Finding> findings = new ArrayList<>();
    List<LintedPod> pods = Pods.of(stack, target, objects);
    for (LintedPod pod : pods) {
      List<Finding> violations = PodSecurity.check(pod);
      String reason = PodSecurity.optOut(pod).orElse(null);
      if (reason == null) {
        findings.addAll(violations);
      } else {
        String rules = violations.isEmpty() ? "nothing (the opt-out can go)"
            : violations.stream().map(f -> f.rule().id()).distinct().collect(Collectors.joining(", "));
        findings.add(Finding.of(Rule.POD_OPTED_OUT, pod.path(), "opted out of restricted (" + reason
            + "); it violates " + rules));
      }
    }
    findings.addAll(RbacRules.check(objects));
    findings.addAll(ImageRules.check(pods));
    findings.addAll(SparkRules.check(stack, target));
    return new LintReport(stack.name(), target, findings);
  }
}
