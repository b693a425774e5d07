package dev.sparkform;

import dev.sparkform.cli.Cli;
import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Dsl;
import dev.sparkform.dsl.Stack;
import dev.sparkform.render.Format;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * The one static import for programs and jshell: every DSL factory (inherited from {@link Dsl})
 * plus compiling, rendering and the command-line verbs.
 *
 * <pre>{@code
 * import static dev.sparkform.Sparkform.*;
 *
 * public class Deploy {
 *   public static void main(String[] args) {
 *     Stack stack = stack("analytics").namespace("spark-jobs")
 *         .add(namespace("spark-jobs"), serviceAccount("spark"));
 *     System.exit(run(args, stack));   // offers `render`, `examples`, ... for this stack
 *   }
 * }
 * }</pre>
 */
public class Sparkform extends Dsl {
  protected Sparkform() {}

  /** The stack's objects, validated and in install order (fabric8 model objects). */
  public static List<HasMetadata> compile(Stack stack) {
    return StackCompiler.create().compile(stack);
  }

  /** The stack as multi-document YAML. */
  public static String toYaml(Stack stack) {
    return Format.YAML.render(compile(stack));
  }

  /** The stack as a JSON {@code v1 List}. */
  public static String toJson(Stack stack) {
    return Format.JSON.render(compile(stack));
  }

  /** Prints the stack as YAML to standard output, in UTF-8 whatever the locale. */
  public static void render(Stack stack) {
    byte[] yaml = toYaml(stack).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    System.out.write(yaml, 0, yaml.length);
    System.out.flush();
  }

  /**
   * Runs the command-line verbs on {@code stack} (e.g. {@code render --out out/}) and returns the
   * exit code: 0 ok, 1 error, 64 usage error. Only the verbs for this stack are offered: no
   * {@code --example}, {@code --stack} or {@code examples}.
   */
  public static int run(String[] args, Stack stack) {
    return Cli.run(args, stack);
  }
}
