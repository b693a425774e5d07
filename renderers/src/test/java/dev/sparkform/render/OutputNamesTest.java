package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No name reaches a file name or kustomization.yaml unless it passes a strict allow-list. */
class OutputNamesTest {
  @TempDir
  Path tmp;

  private static final Stack TWO = stack("demo").namespace("spark-jobs").add(
      namespace("spark-jobs"), serviceAccount("spark"));

  @Test
  void aRoleNamedWithALineBreakIsRefusedBeforeAnythingIsWritten() throws IOException {
    // GIVEN a rendered directory that also holds the user's own victim.yaml
    Path out = tmp.resolve("out");
    OutputWriter.writeDirectory(out, compile(TWO), Format.YAML, "demo");
    Files.writeString(out.resolve("victim.yaml"), "mine");
    Map<String, String> before = Tree.contents(out);

    // WHEN a Role named "r\n- victim" (RBAC names are path segments: the DSL accepts it) is rendered there
    Stack bad = TWO.add(role("r\n- victim").rules(rule().apiGroups("").resources("pods").verbs(GET)));
    IOException e = assertThrows(IOException.class,
        () -> OutputWriter.writeDirectory(out, compile(bad), Format.YAML, "demo"));

    // THEN the error names the Role, and nothing changed
    assertTrue(e.getMessage().contains("Role spark-jobs/r\\n- victim"), e.getMessage());
    assertEquals(before, Tree.contents(out));
    // AND the next render does not take victim.yaml for one of its own
    OutputWriter.writeDirectory(out, compile(TWO), Format.YAML, "demo");
    assertEquals("mine", Files.readString(out.resolve("victim.yaml")));
    assertFalse(Files.readString(out.resolve("kustomization.yaml")).contains("victim"));
  }

  private static final String NAME_RULE = " (allowed: letters, digits, '-', '.', '_' and ':', starting and ending"
      + " with a letter or digit, without \"..\")";
  private static final String FILE_RULE = " (allowed: letters, digits, '-', '.' and '_', starting and ending with a"
      + " letter or digit, without \"..\")";

  @Test
  void namesFromTheJavaApiAreCheckedTooAndEveryProblemIsListed() {
    // GIVEN fabric8 objects made without the DSL: path separators, "..", a trailing dot, a space, no
    // name, a kind with a slash, and a name that is fine; and a stack name with a line feed
    List<HasMetadata> objects = List.of(
        configMap("../../etc/cron.d/job", "spark-jobs"),
        configMap("a/b", "spark-jobs"),
        configMap("a..b", null),
        configMap("ends.", null),
        configMap("with space", null),
        configMap(null, null),
        new GenericKubernetesResourceBuilder().withApiVersion("v1").withKind("Config/Map")
            .withNewMetadata().withName("ok").endMetadata().build(),
        configMap("fine.name-1", "spark-jobs"));
    Path out = tmp.resolve("out");

    // WHEN written to a directory
    OutputRefusedException e = assertThrows(OutputRefusedException.class,
        () -> OutputWriter.writeDirectory(out, objects, Format.YAML, "demo\n- x"));

    // THEN every problem is listed, each naming its object, and nothing was written
    assertEquals(List.of(
        "stack demo\\n- x: name \"demo\\n- x\" cannot be part of a file name: it holds \" \", \"\\n\"" + NAME_RULE,
        "ConfigMap spark-jobs/../../etc/cron.d/job: name \"../../etc/cron.d/job\" cannot be part of a file name: it"
            + " holds \"/\"" + NAME_RULE,
        "ConfigMap spark-jobs/a/b: name \"a/b\" cannot be part of a file name: it holds \"/\"" + NAME_RULE,
        "ConfigMap a..b: name \"a..b\" cannot be part of a file name: it holds \"..\"" + NAME_RULE,
        "ConfigMap ends.: name \"ends.\" cannot be part of a file name: it starts or ends with \".\"" + NAME_RULE,
        "ConfigMap with space: name \"with space\" cannot be part of a file name: it holds \" \"" + NAME_RULE,
        "ConfigMap object 6 of the stack: it has no name",
        "Config/Map ok: kind \"Config/Map\" cannot be part of a file name: it holds \"/\" (allowed: letters and"
            + " digits, starting with a letter)"), e.problems());
    assertTrue(e.getMessage().startsWith("refusing to write " + out + " (nothing was written): 8 problems\n  - "),
        e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void filesBesideTheObjectsAreCheckedTooAndMayNotShareAPath() {
    // GIVEN files beside the objects: paths that climb out, hide, nest, sit at the top, break a line,
    // take the name of an object's file as their directory, and two apps writing one file
    List<OutputFile> beside = List.of(
        file("spark-submit/../../x.sh", "spark app a"),
        file("spark-submit/.hidden", "spark app a"),
        file("spark-submit/a/b.sh", "spark app a"),
        file("x.sh", "spark app a"),
        file("spark-submit/a\nb.sh", "spark app a"),
        file("01-namespace-spark-jobs.yaml/x", "spark app a"),
        file("spark-submit/a.expected.properties", "spark app a"),
        file("spark-submit/a.expected.properties", "spark app a.expected"));
    Path out = tmp.resolve("out");

    // WHEN written with the objects
    OutputRefusedException e = assertThrows(OutputRefusedException.class,
        () -> OutputWriter.writeDirectory(out, compile(TWO), Format.YAML, "demo", beside));

    // THEN each is named with what it belongs to, and nothing was written
    String notTwoLevels = " is not DIRECTORY/NAME (files beside the objects go in a directory of their own)";
    assertEquals(List.of(
        "spark app a: file \"spark-submit/../../x.sh\"" + notTwoLevels,
        "spark app a: file \"spark-submit/.hidden\": file name \".hidden\" cannot be part of a file name: it starts or"
            + " ends with \".\"" + FILE_RULE,
        "spark app a: file \"spark-submit/a/b.sh\"" + notTwoLevels,
        "spark app a: file \"x.sh\"" + notTwoLevels,
        "spark app a: file \"spark-submit/a\\nb.sh\": file name \"a\\nb.sh\" cannot be part of a file name: it holds"
            + " \"\\n\"" + FILE_RULE,
        "spark app a: file \"01-namespace-spark-jobs.yaml/x\": its directory has the name of a file of the render",
        "spark-submit/a.expected.properties would be written for both spark app a and spark app a.expected"),
        e.problems());
    assertFalse(Files.exists(out));
  }

  @Test
  void rbacNamesWithColonsAndCapitalsStillRender() throws IOException {
    // GIVEN RBAC names Kubernetes and clusters use: a colon, capitals, an underscore
    Stack rbac = stack("rbac").add(
        clusterRole("system:spark-reader").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        clusterRole("Spark_Admin").rules(rule().apiGroups("").resources("pods").verbs(GET)));

    // WHEN written, twice
    OutputWriter.writeDirectory(tmp, compile(rbac), Format.YAML, "rbac");
    OutputWriter.writeDirectory(tmp, compile(rbac), Format.YAML, "rbac");

    // THEN the colon became a dash, the rest is kept, and the second render knew the files for its own
    assertEquals(List.of("01-clusterrole-system-spark-reader.yaml", "02-clusterrole-Spark_Admin.yaml",
        "kustomization.yaml"), List.copyOf(Tree.contents(tmp).keySet()));
  }

  private static ConfigMap configMap(String name, String namespace) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata().build();
  }

  private static OutputFile file(String path, String of) {
    return new OutputFile(path, "text\n", false, of);
  }

  private static List<HasMetadata> compile(Stack stack) {
    return StackCompiler.create().compile(stack);
  }
}
