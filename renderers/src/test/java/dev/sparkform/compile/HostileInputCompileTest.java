package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Problem;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.render.PlainData;
import dev.sparkform.render.YamlRenderer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** Compiling and rendering hostile input: one list of problems, bounded reads, values that read back unchanged. */
class HostileInputCompileTest {
  @TempDir
  Path tmp;

  private static SparkApp pi() {
    return sparkApp("pi").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("org.example.Pi")
        .mainApplicationFile("local:///opt/app.jar");
  }

  private List<Problem> problems(Stack stack, Target target) {
    return assertThrows(ValidationException.class,
        () -> StackCompiler.withSecrets(SecretResolver.of(Map.of(), tmp)).target(target).compile(stack)).problems();
  }

  @Test
  void secretsAreResolvedInTheSamePassAsEveryOtherCheck() {
    // GIVEN a stack with a bad namespace and a secret from an unset variable
    Stack stack = stack("s").namespace("Bad_Ns").add(secret("db").data("password", fromEnv("UNSET_VAR")));
    // WHEN it is compiled
    List<Problem> problems = problems(stack, Target.KUBEFLOW);
    // THEN both are listed at once
    assertEquals(List.of("stack s: namespace \"Bad_Ns\" is not a DNS-1123 label (lowercase letters, digits and '-',"
            + " starting and ending with a letter or digit)",
        "stack s > secret db > data password: environment variable UNSET_VAR is not set"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void secretFilesAreReadWithABoundAndBadPathsAreProblems() throws IOException {
    Files.write(tmp.resolve("big"), new byte[(1 << 20) + 1]);
    Files.write(tmp.resolve("half"), new byte[(1 << 19) + 1]);
    List<String> problems = problems(stack("s").add(
        secret("nul").data("k", fromFile("a\u0000b")),
        secret("big").data("k", fromFile("big")),
        secret("two").data("a", fromFile("half")).data("b", fromFile("half"))), Target.KUBEFLOW)
        .stream().map(Problem::toString).toList();
    assertEquals(3, problems.size(), problems.toString());
    assertEquals("stack s > secret nul > data k: file \"a\\u0000b\" is not a valid path: Nul character not allowed",
        problems.get(0));
    assertTrue(problems.get(1).endsWith("is larger than 1048576 bytes (1 MiB), the most a Secret holds"), problems.get(1));
    assertEquals("stack s > secret two: data is 1048578 bytes; Kubernetes stores at most 1048576 (1 MiB) in a Secret",
        problems.get(2));
  }

  @Test
  void devZeroIsNotReadToTheEnd() {
    Path zero = Path.of("/dev/zero");
    if (!Files.isReadable(zero)) {
      System.out.println("skipped: no /dev/zero on this machine");
      return;
    }
    List<Problem> problems = problems(stack("s").add(secret("z").data("k", fromFile(zero.toString()))), Target.KUBEFLOW);
    assertTrue(problems.get(0).message().contains("is larger than 1048576 bytes"), problems.toString());
  }

  @Test
  void aHugeTimeToLiveIsAProblemForEveryTarget() {
    for (Target t : Target.values()) {
      List<Problem> problems = problems(stack("s").add(pi().timeToLive(Duration.ofSeconds(Long.MAX_VALUE))), t);
      assertTrue(problems.get(0).message().contains("is more than 2147483647 seconds"), problems.toString());
    }
  }

  @Test
  void nelLineAndParagraphSeparatorsReadBackUnchanged() {
    // GIVEN multi-line values holding NEL, LS and PS, which a literal block would turn into line breaks
    String value = "first\nsecond\u0085third\u2028fourth\u2029fifth\n";
    List<HasMetadata> objects = StackCompiler.create().compile(stack("s").add(configMap("c").data("k", value)
        .annotation("note", "a\u0085b")));
    // WHEN the YAML is read back
    Map<?, ?> read = new Yaml().load(YamlRenderer.render(objects.get(0)));
    // THEN every value is the same
    assertEquals(PlainData.of(objects.get(0)), read);
    assertEquals(value, ((Map<?, ?>) read.get("data")).get("k"));
  }

  @Test
  void textNoOutputCarriesIsAProblemWhereverItIs() {
    // GIVEN a lone surrogate where the DSL has no text rule of its own (RBAC resource names)
    List<String> problems = problems(stack("s").add(role("r").rules(rule().apiGroups("").resources("pods")
        .resourceNames("a\uD800").verbs(GET))), Target.KUBEFLOW).stream().map(Problem::toString).toList();
    assertEquals(List.of("stack s > Role r: rules[0].resourceNames[0] \"a\\uD800\" contains an unpaired surrogate"
        + " (U+D800), which UTF-8 cannot encode"), problems);
  }
}
