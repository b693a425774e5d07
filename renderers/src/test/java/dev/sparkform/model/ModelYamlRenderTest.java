package dev.sparkform.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.render.PlainData;
import dev.sparkform.render.YamlRenderer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link YamlRenderer} writes the operator model: what it writes reads back as the same tree. Every
 * upstream example of a modelled kind; the others are {@link ModelTypes#NOT_MODELLED}.
 */
class ModelYamlRenderTest {
  @TestFactory
  Stream<DynamicTest> everyUpstreamExampleRendersToYamlThatReadsBack() {
    List<UpstreamExamples.Document> docs = UpstreamExamples.requireModelledDocuments();
    return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.toString(), () -> {
      HasMetadata model = ExampleRoundTripTest.read(doc);
      String yaml = YamlRenderer.render(model);
      assertTrue(yaml.startsWith("apiVersion: " + model.getApiVersion() + "\nkind: " + model.getKind() + "\nmetadata:\n"),
          "apiVersion, kind, metadata first:\n" + yaml);
      Object reread = UpstreamExamples.yaml().load(yaml);
      // Plain data holds Integer or Long as the model types them; YAML reads the smallest type.
      assertEquals(Trees.normalize(PlainData.of(model), null), Trees.normalize(reread, null), yaml);
      assertEquals(yaml, YamlRenderer.render(ExampleRoundTripTest.read(doc)), "deterministic");
    }));
  }
}
