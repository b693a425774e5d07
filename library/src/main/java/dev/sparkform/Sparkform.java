package dev.sparkform;

import dev.sparkform.apply.Versions;
import dev.sparkform.compile.Explanation;
import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Dsl;
import dev.sparkform.dsl.Stack;
import dev.sparkform.render.Format;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one static import for programs and jshell: every DSL factory (inherited from {@link Dsl})
 * plus compiling, rendering, explaining and the command-line verbs.
 *
 * <pre>{@code
 * import static dev.sparkform.Sparkform.*;
 *
 * public class Render {
 *   public static void main(String[] args) {
 *     render(stack("analytics").namespace("spark-jobs").add(namespace("spark-jobs"), serviceAccount("spark")));
 *   }
 * }
 * }</pre>
 *
 * <p>The apply engine is {@code dev.sparkform.apply.Engine}; {@link #run} needs the
 * {@code sparkform-cli} artifact on the class path.
 */
public class Sparkform extends Dsl {
  /** kubeflow spark-operator, the default target. */
  public static final Target KUBEFLOW = Target.KUBEFLOW;
  /** Apache spark-kubernetes-operator. */
  public static final Target APACHE = Target.APACHE;
  /** No operator: the stack's objects here; the spark-submit files come from {@code render --out} of the CLI. */
  public static final Target SPARK_SUBMIT = Target.SPARK_SUBMIT;

  protected Sparkform() {}

  /** The stack's objects, validated and in install order (fabric8 model objects), for the kubeflow operator. */
  public static List<HasMetadata> compile(Stack stack) {
    return compile(stack, KUBEFLOW);
  }

  /** The stack's objects, validated and in install order, with Spark apps for {@code target}. */
  public static List<HasMetadata> compile(Stack stack, Target target) {
    return StackCompiler.create().target(target).compile(stack);
  }

  /** The stack as multi-document YAML. */
  public static String toYaml(Stack stack) {
    return toYaml(stack, KUBEFLOW);
  }

  /** The stack as multi-document YAML, with Spark apps for {@code target}. */
  public static String toYaml(Stack stack, Target target) {
    return Format.YAML.render(compile(stack, target));
  }

  /** The stack as a JSON {@code v1 List}. */
  public static String toJson(Stack stack) {
    return Format.JSON.render(compile(stack));
  }

  /** Prints the stack as YAML to standard output. */
  public static void render(Stack stack) {
    render(stack, KUBEFLOW);
  }

  /** Prints the stack as YAML, with Spark apps for {@code target}, to standard output. */
  public static void render(Stack stack, Target target) {
    print(toYaml(stack, target));
  }

  /** Prints every Spark app's effective keys with their origins and the capacity plan ({@link Explanation#report}). */
  public static void explain(Stack stack) {
    print(Explanation.report(stack));
  }

  /** Sparkform's version (the POM's). */
  public static String version() {
    return Versions.sparkform();
  }

  /**
   * Runs the command-line verbs on {@code stack} (e.g. {@code render --out out/}) and returns the
   * exit code: 0 ok, 1 error, 64 usage error. Needs {@code dev.sparkform:sparkform-cli}.
   */
  public static int run(String[] args, Stack stack) {
    return ServiceLoader.load(Verbs.class).findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "run(args, stack) needs the command line: add the dependency dev.sparkform:sparkform-cli"))
        .run(args, stack);
  }

  /** Standard output in UTF-8 whatever the locale (a {@code render | kubectl apply -f -} keeps {@code größe}). */
  private static void print(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    System.out.write(bytes, 0, bytes.length);
    System.out.flush();
  }
}
