package dev.sparkform.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.render.PlainData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link CrdSchemas} against the upstream CRDs: every upstream example (as written, and as the
 * model renders it) is valid, and broken ones fail with the JSON path of the fault. Examples of a
 * kind without a model class ({@link ModelTypes#NOT_MODELLED}) are checked as written only.
 */
class CrdSchemaValidationTest {
  @TestFactory
  Stream<DynamicTest> everyUpstreamExampleIsValid() {
    List<UpstreamExamples.Document> docs = UpstreamExamples.requireDocuments();
    return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.toString(), () -> {
      if (!ModelTypes.isModelled(doc.apiVersion(), doc.kind())) {
        assertValidAsWrittenWithoutModel(doc);
        return;
      }
      ModelTypes.Type type = ModelTypes.of(doc.apiVersion(), doc.kind());
      String version = doc.apiVersion().substring(doc.apiVersion().indexOf('/') + 1);
      assertTrue(CrdSchemas.hasVersion(type.crdFile(), version), type.crdFile() + " serves " + version);
      List<String> asWritten = CrdSchemas.validate(type.crdFile(), version, doc.tree());
      assertEquals(List.of(), asWritten, doc + " as written, against " + type.crdFile() + " " + version);
      List<String> rendered = CrdSchemas.validate(type.crdFile(), type.crdVersion(), PlainData.of(ExampleRoundTripTest.read(doc)));
      assertEquals(List.of(), rendered, doc + " as the model renders it, against " + type.crdFile() + " " + type.crdVersion());
    }));
  }

  /** A document of a kind without a model class ({@link ModelTypes#NOT_MODELLED}): valid as written. */
  private static void assertValidAsWrittenWithoutModel(UpstreamExamples.Document doc) {
    ModelTypes.NotModelled type = ModelTypes.notModelled(doc.apiVersion(), doc.kind())
        .orElseThrow(() -> new AssertionError(doc + ": no model class for " + doc.apiVersion() + " " + doc.kind()
            + ", and not among ModelTypes.NOT_MODELLED"));
    String version = doc.apiVersion().substring(doc.apiVersion().indexOf('/') + 1);
    assertEquals(type.crdVersion(), version, doc + ": version");
    assertTrue(CrdSchemas.hasVersion(type.crdFile(), version), type.crdFile() + " serves " + version);
    assertEquals(List.of(), CrdSchemas.validate(type.crdFile(), version, doc.tree()),
        doc + " as written, against " + type.crdFile() + " " + version);
  }

  private static final String KUBEFLOW = "kubeflow-spark-operator/sparkoperator.k8s.io_sparkapplications.yaml";
  private static final String APACHE = "apache-spark-kubernetes-operator/sparkapplications.spark.apache.org-v1.yaml";

  @Test
  void aDriverWithWordsForCoresFails() {
    List<String> problems = kubeflowPiWith(spec -> child(spec, "driver").put("cores", "one"));
    assertOne(problems, "/spec/driver/cores", "integer");
  }

  @Test
  void anUnknownRestartPolicyTypeFails() {
    List<String> problems = kubeflowPiWith(spec -> spec.put("restartPolicy", Map.of("type", "Sometimes")));
    assertOne(problems, "/spec/restartPolicy/type", "Never");
  }

  @Test
  void kubeflowWithoutSparkVersionFails() {
    List<String> problems = kubeflowPiWith(spec -> spec.remove("sparkVersion"));
    assertOne(problems, "/spec", "sparkVersion");
  }

  @Test
  void apacheWithoutRuntimeVersionsFails() {
    Map<String, Object> app = example("apache-spark-kubernetes-operator/pi.yaml");
    assertEquals(List.of(), CrdSchemas.validate(APACHE, "v1", app));
    child(app, "spec").remove("runtimeVersions");
    assertOne(CrdSchemas.validate(APACHE, "v1", app), "/spec", "runtimeVersions");
  }

  @Test
  void aFieldTheCrdDoesNotKnowFails() {
    List<String> problems = kubeflowPiWith(spec -> child(spec, "executor").put("instance", 2));
    assertOne(problems, "/spec/executor", "instance");
  }

  @Test
  void intOrStringTakesBothButNotABoolean() {
    assertEquals(List.of(), kubeflowPiWith(spec -> spec.put("batchSchedulerOptions",
        Map.of("resources", Map.of("cpu", 2, "memory", "4Gi")))));
    assertOne(kubeflowPiWith(spec -> spec.put("batchSchedulerOptions", Map.of("resources", Map.of("cpu", true)))),
        "/spec/batchSchedulerOptions/resources/cpu", "");
  }

  @Test
  void int32BoundsAreHonoured() {
    assertOne(kubeflowPiWith(spec -> child(spec, "executor").put("instances", 3_000_000_000L)),
        "/spec/executor/instances", "");
  }

  private static void assertOne(List<String> problems, String path, String mentions) {
    assertEquals(1, problems.size(), "problems: " + problems);
    String p = problems.get(0);
    assertTrue(p.startsWith(path + ": "), "names the path " + path + ": " + p);
    assertTrue(p.contains(mentions), "mentions " + mentions + ": " + p);
  }

  private static List<String> kubeflowPiWith(Consumer<Map<String, Object>> change) {
    Map<String, Object> app = example("kubeflow-spark-operator/spark-pi.yaml");
    assertEquals(List.of(), CrdSchemas.validate(KUBEFLOW, "v1beta2", app), "unbroken spark-pi.yaml");
    change.accept(child(app, "spec"));
    return CrdSchemas.validate(KUBEFLOW, "v1beta2", app);
  }

  /** A mutable deep copy of the first operator resource of an example file. */
  private static Map<String, Object> example(String file) {
    return UpstreamExamples.documents(SharedReference.require()).stream()
        .filter(d -> d.file().equals(file)).findFirst()
        .map(d -> deepCopy(d.tree()))
        .orElseThrow(() -> new AssertionError("no upstream example " + file));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }

  @SuppressWarnings("unchecked")
  private static <T> T deepCopy(T v) {
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, deepCopy(x)));
      return (T) out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(deepCopy(x)));
      return (T) out;
    }
    return v;
  }
}
