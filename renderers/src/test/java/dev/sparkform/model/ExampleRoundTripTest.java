package dev.sparkform.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.render.PlainData;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The proof that the model is complete: every upstream example of both operators, read into its
 * model class by fabric8's (Jackson) deserialiser and turned back into plain data by
 * {@link PlainData}, equals the upstream tree (semantically: see {@link Trees}). A field missing
 * from the model, misnamed or mistyped loses or changes data and fails here. Kinds without a model
 * class are only those of {@link ModelTypes#NOT_MODELLED}, and files without an operator resource
 * only those of {@link UpstreamExamples#WITHOUT_OPERATOR_RESOURCE}: both asserted here.
 */
class ExampleRoundTripTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** The upstream tree as it is compared: an Apache v1beta1 example is read as v1. */
  static Map<String, Object> comparedTree(UpstreamExamples.Document doc) {
    Map<String, Object> tree = new LinkedHashMap<>(doc.tree());
    tree.put("apiVersion", ModelTypes.comparedAs(doc.apiVersion()));
    return tree;
  }

  /** The upstream document read into its model class. */
  static HasMetadata read(UpstreamExamples.Document doc) {
    Map<String, Object> tree = comparedTree(doc);
    ModelTypes.Type type = ModelTypes.of(doc.apiVersion(), doc.kind());
    return SERIALIZATION.unmarshal(SERIALIZATION.asJson(tree), type.modelClass());
  }

  @Test
  void everyExampleFileHoldsAnOperatorResourceOrIsDocumentedAsHoldingNone() {
    Path reference = SharedReference.require();
    List<Path> files = UpstreamExamples.files(reference);
    Set<String> withResource = UpstreamExamples.documents(reference).stream()
        .map(UpstreamExamples.Document::file).collect(Collectors.toCollection(TreeSet::new));
    Path root = reference.resolve("examples");
    Set<String> all = files.stream().map(f -> root.relativize(f).toString().replace('\\', '/'))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(UpstreamExamples.EXAMPLE_FILES, all.size(), "upstream example files: " + all);
    Map<String, String> without = new TreeMap<>();
    for (UpstreamExamples.Document d : UpstreamExamples.allDocuments(reference)) {
      if (!withResource.contains(d.file())) {
        without.merge(d.file(), d.apiVersion() + " " + d.kind(), (a, b) -> a + ", " + b);
      }
    }
    assertEquals(all, union(withResource, without.keySet()), "every example file must hold a document");
    assertEquals(new TreeMap<>(UpstreamExamples.WITHOUT_OPERATOR_RESOURCE), without,
        "example files without a SparkApplication, ScheduledSparkApplication, SparkConnect or SparkCluster, and what"
            + " they hold instead");
  }

  @Test
  void theOperatorKindsWithoutModelClassAreExactlyTheDocumentedOnes() {
    Set<String> found = UpstreamExamples.requireDocuments().stream()
        .filter(d -> !ModelTypes.isModelled(d.apiVersion(), d.kind()))
        .map(d -> d.apiVersion() + " " + d.kind()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented = ModelTypes.NOT_MODELLED.stream().map(t -> t.apiVersion() + " " + t.kind())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(documented, found, "operator kinds in the upstream examples that have no model class");
    ModelTypes.NOT_MODELLED.forEach(t ->
        assertTrue(t.reason().length() > 20, t.kind() + ": the reason must say what is missing"));
  }

  @TestFactory
  Stream<DynamicTest> everyUpstreamExampleSurvivesTheModel() {
    List<UpstreamExamples.Document> docs = UpstreamExamples.requireModelledDocuments();
    return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.toString(), () -> {
      ModelTypes.Type type = ModelTypes.of(doc.apiVersion(), doc.kind());
      HasMetadata model = read(doc);
      assertInstanceOf(type.modelClass(), model);
      assertEquals(type.apiVersion(), model.getApiVersion());
      assertEquals(type.kind(), model.getKind());
      Map<String, Object> schema = CrdSchemas.openApiSchema(type.crdFile(), type.crdVersion());
      Object expected = Trees.normalize(comparedTree(doc), schema);
      Object actual = Trees.normalize(PlainData.of(model), schema);
      assertNull(Trees.firstDifference(expected, actual, "$"), doc + " does not survive " + type.modelClass().getName());
      assertEquals(expected, actual);
    }));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new TreeSet<>(a);
    s.addAll(b);
    return s;
  }
}
