package dev.sparkform.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sparkform.render.PlainData;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * from the model, misnamed or mistyped loses or changes data and fails here.
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
  void everyExampleFileHoldsAnOperatorResource() {
    Path reference = SharedReference.require();
    List<Path> files = UpstreamExamples.files(reference);
    Set<String> withResource = UpstreamExamples.documents(reference).stream()
        .map(UpstreamExamples.Document::file).collect(Collectors.toCollection(TreeSet::new));
    Path root = reference.resolve("examples");
    Set<String> all = files.stream().map(f -> root.relativize(f).toString().replace('\\', '/'))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(UpstreamExamples.EXAMPLE_FILES, all.size(), "upstream example files: " + all);
    assertEquals(all, withResource, "every example file must hold a SparkApplication, ScheduledSparkApplication or SparkCluster");
  }

  @TestFactory
  Stream<DynamicTest> everyUpstreamExampleSurvivesTheModel() {
    List<UpstreamExamples.Document> docs = UpstreamExamples.requireDocuments();
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
}
