package dev.sparkform.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.SecretResolver;
import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Problem;
import dev.sparkform.dsl.Stack;
import dev.sparkform.model.CrdSchemas;
import dev.sparkform.model.SharedReference;
import dev.sparkform.model.Trees;
import dev.sparkform.model.UpstreamExamples;
import dev.sparkform.render.PlainData;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds a DSL stack to one upstream kubeflow example: the stack validates, compiles for
 * {@link Target#KUBEFLOW} to exactly one SparkApplication or ScheduledSparkApplication, which
 * validates against the upstream CRD and equals the upstream document: same apiVersion, kind and
 * name (and namespace, where upstream states one), every upstream label and annotation (ours may
 * add only the stack's common labels), and the whole {@code spec} after {@link Trees#normalize}.
 */
final class KubeflowConformance {
  static final String FOLDER = "kubeflow-spark-operator";
  /** The labels every sparkform object carries; the only metadata ours may add. */
  private static final Set<String> COMMON_LABELS =
      Set.of(Stack.NAME_LABEL, Stack.PART_OF_LABEL, Stack.MANAGED_BY_LABEL);
  private static final Map<String, String> CRDS = Map.of(
      "SparkApplication", FOLDER + "/sparkoperator.k8s.io_sparkapplications.yaml",
      "ScheduledSparkApplication", FOLDER + "/sparkoperator.k8s.io_scheduledsparkapplications.yaml");
  private static final String CRD_VERSION = "v1beta2";

  private KubeflowConformance() {}

  /**
   * The kubeflow example files present, by path under the kubeflow folder (a file name, or
   * {@code sparkconnect/spark-connect.yaml}); skips the caller when the reference is absent.
   */
  static Set<String> exampleFiles() {
    Path folder = SharedReference.require().resolve("examples").resolve(FOLDER);
    return UpstreamExamples.files(SharedReference.require()).stream().filter(f -> f.startsWith(folder))
        .map(f -> folder.relativize(f).toString().replace('\\', '/'))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The one operator resource of an example file, placeholders substituted; a fresh tree on each call. */
  static Map<String, Object> upstream(String file) {
    List<UpstreamExamples.Document> docs = UpstreamExamples.documents(SharedReference.require()).stream()
        .filter(d -> d.file().equals(FOLDER + "/" + file)).collect(Collectors.toList());
    assertEquals(1, docs.size(), file + ": operator resources");
    return docs.get(0).tree();
  }

  /** The stack's one kubeflow resource as plain data, after asserting the stack has no problems. */
  static Map<String, Object> render(Stack stack) {
    List<Problem> problems = stack.problems();
    assertTrue(problems.isEmpty(), () -> "stack problems: " + problems);
    List<HasMetadata> objects = StackCompiler.withSecrets(SecretResolver.of(Map.of(), Path.of("")))
        .target(Target.KUBEFLOW).compile(stack);
    List<HasMetadata> apps = objects.stream().filter(o -> CRDS.containsKey(o.getKind())).collect(Collectors.toList());
    assertEquals(1, apps.size(), () -> "kubeflow resources compiled: " + apps);
    return PlainData.of(apps.get(0));
  }

  /** Asserts that {@code stack} renders {@code file}'s resource; see the class comment. */
  static void assertConforms(String file, Stack stack) {
    assertConforms(FOLDER + "/" + file, upstream(file), stack);
  }

  /** Asserts that {@code stack} renders {@code expected} (an upstream tree, possibly edited by the caller). */
  static void assertConforms(String where, Map<String, Object> expected, Stack stack) {
    Map<String, Object> actual = render(stack);
    assertEquals(expected.get("apiVersion"), actual.get("apiVersion"), where + ": apiVersion");
    String kind = String.valueOf(expected.get("kind"));
    assertEquals(kind, actual.get("kind"), where + ": kind");
    String crd = CRDS.get(kind);

    Map<?, ?> em = (Map<?, ?>) expected.get("metadata");
    Map<?, ?> am = (Map<?, ?>) actual.get("metadata");
    assertEquals(em.get("name"), am.get("name"), where + ": metadata.name");
    if (em.containsKey("namespace")) {
      assertEquals(em.get("namespace"), am.get("namespace"), where + ": metadata.namespace");
    }
    assertMetadataMap(where + ": metadata.labels", map(em.get("labels")), map(am.get("labels")), COMMON_LABELS);
    assertMetadataMap(where + ": metadata.annotations", map(em.get("annotations")), map(am.get("annotations")),
        Set.of());

    Map<String, Object> schema = specSchema(crd);
    Object expectedSpec = Trees.normalize(expected.get("spec"), schema);
    Object actualSpec = Trees.normalize(actual.get("spec"), schema);
    assertNull(Trees.firstDifference(expectedSpec, actualSpec, "spec"), where);
    assertEquals(expectedSpec, actualSpec, where + ": spec");

    List<String> errors = CrdSchemas.validate(crd, CRD_VERSION, actual);
    assertTrue(errors.isEmpty(), () -> where + ": ours does not validate against " + crd + ": " + errors);
  }

  /** Every upstream entry present with its value; ours may add only the {@code allowedExtra} keys. */
  private static void assertMetadataMap(String what, Map<?, ?> upstream, Map<?, ?> ours, Set<String> allowedExtra) {
    upstream.forEach((k, v) -> assertEquals(String.valueOf(v), String.valueOf(ours.get(k)), what + " " + k));
    Set<Object> extra = ours.keySet().stream().filter(k -> !upstream.containsKey(k) && !allowedExtra.contains(k))
        .collect(Collectors.toSet());
    assertTrue(extra.isEmpty(), () -> what + ": ours adds " + extra);
  }

  private static Map<?, ?> map(Object o) {
    return o instanceof Map<?, ?> m ? m : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> specSchema(String crd) {
    Map<String, Object> root = CrdSchemas.openApiSchema(crd, CRD_VERSION);
    return (Map<String, Object>) ((Map<String, Object>) root.get("properties")).get("spec");
  }
}
