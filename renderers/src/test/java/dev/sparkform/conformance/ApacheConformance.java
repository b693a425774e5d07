package dev.sparkform.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds a resource built with the DSL and compiled for {@code --target apache} to an upstream
 * example of the Apache Spark Kubernetes operator: identity and metadata as the operator sees them,
 * {@code spec} exactly equal in the CRD schema's normal form ({@link Trees}), the rendered resource
 * valid against the CRD, and the stack free of validation problems.
 */
final class ApacheConformance {
  static final String DIR = "apache-spark-kubernetes-operator";
  static final String APPS_CRD = DIR + "/sparkapplications.spark.apache.org-v1.yaml";
  static final String CLUSTERS_CRD = DIR + "/sparkclusters.spark.apache.org-v1.yaml";
  static final String VERSION = "v1";
  /** The only labels ours may add: sparkform's common ones. */
  static final Set<String> COMMON_LABELS = Set.of(Stack.NAME_LABEL, Stack.PART_OF_LABEL, Stack.MANAGED_BY_LABEL);

  private ApacheConformance() {}

  /**
   * Example files in the reference folder, by path under the Apache folder ({@code pi.yaml},
   * {@code job/pi-swift.yaml}, {@code localstack.yml}); skips the calling test when it is absent.
   */
  static List<String> exampleFiles() {
    Path reference = SharedReference.require();
    Path dir = reference.resolve("examples").resolve(DIR);
    return UpstreamExamples.files(reference).stream().filter(f -> f.startsWith(dir))
        .map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted().toList();
  }

  /** Asserts that {@code stack} renders {@code file}'s SparkApplication or SparkCluster. */
  static void check(String file, Stack stack) {
    check(file, upstream(file), stack);
  }

  /** Asserts that {@code stack} renders {@code upstream} (a file's tree, possibly edited by the caller). */
  static void check(String file, Map<String, Object> upstream, Stack stack) {
    assertEquals(List.of(), stack.problems().stream().map(Problem::toString).toList(), file + ": stack problems");
    assertEquals(List.of(), stack.warnings().stream().map(Problem::toString).toList(), file + ": stack warnings");
    String kind = (String) upstream.get("kind");
    String name = (String) meta(upstream).get("name");
    List<HasMetadata> compiled = StackCompiler.create().target(Target.APACHE).compile(stack);
    HasMetadata mine = compiled.stream()
        .filter(o -> kind.equals(o.getKind()) && name.equals(o.getMetadata().getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + ": the stack renders no " + kind + " " + name + " but "
            + compiled.stream().map(o -> o.getKind() + " " + o.getMetadata().getName()).toList()));
    // Placeholders stand for values chosen at deploy time (Spark's {{APP_ID}}); both sides get the same.
    @SuppressWarnings("unchecked")
    Map<String, Object> ours = (Map<String, Object>) substitute(PlainData.of(mine));

    // pi-v1beta1.yaml is compared as v1 (the issue allows it): the v1 schema is what we render.
    String apiVersion = ((String) upstream.get("apiVersion")).replaceFirst("/v1beta1$", "/" + VERSION);
    assertEquals(apiVersion, ours.get("apiVersion"), file + ": apiVersion");
    assertEquals(kind, ours.get("kind"), file + ": kind");
    assertEquals(name, meta(ours).get("name"), file + ": metadata.name");
    if (meta(upstream).get("namespace") != null) {
      assertEquals(meta(upstream).get("namespace"), meta(ours).get("namespace"), file + ": metadata.namespace");
    }
    assertLabels(file, "labels", map(meta(upstream).get("labels")), map(meta(ours).get("labels")), true);
    assertLabels(file, "annotations", map(meta(upstream).get("annotations")), map(meta(ours).get("annotations")),
        false);

    String crd = "SparkCluster".equals(kind) ? CLUSTERS_CRD : APPS_CRD;
    Map<?, ?> specSchema = (Map<?, ?>) ((Map<?, ?>) CrdSchemas.openApiSchema(crd, VERSION).get("properties")).get("spec");
    Object expected = Trees.normalize(upstream.get("spec"), specSchema);
    Object actual = Trees.normalize(ours.get("spec"), specSchema);
    String difference = Trees.firstDifference(expected, actual, "spec");
    assertEquals(null, difference, file + ": " + difference);
    assertEquals(expected, actual, file + ": spec");

    assertEquals(List.of(), CrdSchemas.validate(crd, VERSION, ours), file + ": ours against " + crd);
  }

  /** Every upstream label or annotation is ours too; ours adds only sparkform's common labels. */
  private static void assertLabels(String file, String what, Map<String, Object> upstream, Map<String, Object> ours,
      boolean commonAllowed) {
    upstream.forEach((k, v) -> assertEquals(String.valueOf(v), String.valueOf(ours.get(k)), file + ": " + what + " " + k));
    List<String> extra = ours.keySet().stream()
        .filter(k -> !upstream.containsKey(k) && !(commonAllowed && COMMON_LABELS.contains(k)))
        .sorted().collect(Collectors.toList());
    assertTrue(extra.isEmpty(), file + ": " + what + " upstream lacks: " + extra);
  }

  /** The operator resource of an example file, placeholders substituted (other documents ignored). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> upstream(String file) {
    Path f = SharedReference.require().resolve("examples").resolve(DIR).resolve(file);
    String text;
    try {
      text = Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map<String, Object>> found = new ArrayList<>();
    for (Object doc : UpstreamExamples.yaml().loadAll(UpstreamExamples.substitute(text))) {
      if (doc instanceof Map<?, ?> m && String.valueOf(m.get("apiVersion")).startsWith("spark.apache.org/")) {
        found.add((Map<String, Object>) m);
      }
    }
    assertEquals(1, found.size(), file + ": operator resources in the file");
    return found.get(0);
  }

  private static Object substitute(Object v) {
    if (v instanceof String s) {
      return UpstreamExamples.substitute(s);
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), substitute(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(ApacheConformance::substitute).collect(Collectors.toList());
    }
    return v;
  }

  private static Map<String, Object> meta(Map<String, Object> resource) {
    return map(resource.get("metadata"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }
}
