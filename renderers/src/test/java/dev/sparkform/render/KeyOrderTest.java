package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The field order of {@link KeyOrder}: {@code apiVersion, kind, metadata} first; in metadata
 * {@code name, namespace, labels, annotations}; {@code type} and {@code spec} next; then every other
 * field alphabetically; {@code status} last; keys of maps alphabetically.
 */
class KeyOrderTest {

  @Test
  void smallStackRendersInTheDocumentedOrder() {
    // GIVEN a small stack, declared out of install order, with map entries out of alphabetical order
    Stack stack = stack("demo").namespace("team-a").label("team", "data").add(
        secret("token").data("value", literal("s3cr3t")).immutable(true),
        configMap("settings").data("zeta", "last").data("alpha", "first").data("answer", "42"),
        roleBinding("reader").role("reader").serviceAccount("runner"),
        role("reader").rules(rule().apiGroups("").resources("pods").verbs(GET, LIST)),
        serviceAccount("runner").annotation("owner", "data-eng").annotation("contact", "ops").automountToken(false),
        namespace("team-a"));

    // WHEN it is rendered
    String yaml = Format.YAML.render(StackCompiler.create().compile(stack));

    // THEN objects come in install order, fields in KeyOrder and map keys alphabetically
    assertEquals("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team-a
          labels:
            app.kubernetes.io/managed-by: sparkform
            app.kubernetes.io/name: demo
            app.kubernetes.io/part-of: demo
            team: data
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: runner
          namespace: team-a
          labels:
            app.kubernetes.io/managed-by: sparkform
            app.kubernetes.io/name: demo
            app.kubernetes.io/part-of: demo
            team: data
          annotations:
            contact: ops
            owner: data-eng
        automountServiceAccountToken: false
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: reader
          namespace: team-a
          labels:
            app.kubernetes.io/managed-by: sparkform
            app.kubernetes.io/name: demo
            app.kubernetes.io/part-of: demo
            team: data
        rules:
        - apiGroups:
          - ""
          resources:
          - pods
          verbs:
          - get
          - list
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: reader
          namespace: team-a
          labels:
            app.kubernetes.io/managed-by: sparkform
            app.kubernetes.io/name: demo
            app.kubernetes.io/part-of: demo
            team: data
        roleRef:
          kind: Role
          name: reader
          apiGroup: rbac.authorization.k8s.io
        subjects:
        - kind: ServiceAccount
          name: runner
          namespace: team-a
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          namespace: team-a
          labels:
            app.kubernetes.io/managed-by: sparkform
            app.kubernetes.io/name: demo
            app.kubernetes.io/part-of: demo
            team: data
        data:
          alpha: first
          answer: "42"
          zeta: last
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: token
          namespace: team-a
          labels:
            app.kubernetes.io/managed-by: sparkform
            app.kubernetes.io/name: demo
            app.kubernetes.io/part-of: demo
            team: data
        type: Opaque
        data:
          value: czNjcjN0
        immutable: true
        """, yaml);
  }

  @Test
  void statusComesLastAndOtherFieldsAlphabeticallyAfterTheFirstOnes() {
    // GIVEN a fabric8 object with spec, status and metadata fields beyond the first four
    Namespace ns = new NamespaceBuilder()
        .withNewStatus().withPhase("Active").endStatus()
        .withNewSpec().withFinalizers("kubernetes").endSpec()
        .withNewMetadata().withUid("0000-1111").withResourceVersion("42").withGenerateName("gen-")
        .withAnnotations(Map.of("b", "2", "a", "1")).withLabels(Map.of("z", "1", "Z", "2", "m", "3"))
        .withNamespace("ignored").withName("ns").endMetadata()
        .build();

    // WHEN it is rendered
    Map<?, ?> doc = (Map<?, ?>) new Yaml().load(YamlRenderer.render(ns));

    // THEN apiVersion, kind, metadata, spec come first and status last
    assertEquals(List.of("apiVersion", "kind", "metadata", "spec", "status"), keys(doc));
    // AND metadata reads name, namespace, labels, annotations, then the rest alphabetically
    Map<?, ?> metadata = (Map<?, ?>) doc.get("metadata");
    assertEquals(List.of("name", "namespace", "labels", "annotations", "generateName", "resourceVersion", "uid"),
        keys(metadata));
    // AND map keys are sorted by code unit (upper case before lower case), whatever their insertion order
    assertEquals(List.of("Z", "m", "z"), keys((Map<?, ?>) metadata.get("labels")));
    assertEquals(List.of("a", "b"), keys((Map<?, ?>) metadata.get("annotations")));
  }

  @Test
  void nestedObjectsStartWithTheirNameThenTheRestAlphabetically() {
    // GIVEN a pod whose container sets fields in no particular order
    Pod pod = new PodBuilder().withNewMetadata().withName("driver").endMetadata()
        .withNewSpec().withRestartPolicy("Never").withServiceAccountName("spark")
        .addNewContainer().withImage("apache/spark:3.5.0").withArgs("driver").withName("spark-kubernetes-driver")
        .withImagePullPolicy("IfNotPresent").endContainer()
        .endSpec().build();

    // WHEN it is rendered
    Map<?, ?> doc = (Map<?, ?>) new Yaml().load(YamlRenderer.render(pod));

    // THEN spec fields are alphabetical, and the container starts with its name
    Map<?, ?> spec = (Map<?, ?>) doc.get("spec");
    assertEquals(List.of("containers", "restartPolicy", "serviceAccountName"), keys(spec));
    Map<?, ?> container = (Map<?, ?>) ((List<?>) spec.get("containers")).get(0);
    assertEquals(List.of("name", "args", "image", "imagePullPolicy"), keys(container));
  }

  @Test
  void fieldComparatorOrdersFirstFieldsThenAlphabeticalThenStatus() {
    // GIVEN field names in scrambled order
    List<String> fields = new ArrayList<>(List.of("status", "zeta", "spec", "data", "type", "annotations", "labels",
        "Alpha", "namespace", "name", "metadata", "kind", "apiVersion", "immutable"));

    // WHEN sorted with KeyOrder.FIELDS
    fields.sort(KeyOrder.FIELDS);

    // THEN the documented order results
    assertEquals(List.of("apiVersion", "kind", "metadata", "name", "namespace", "labels", "annotations", "type",
        "spec", "Alpha", "data", "immutable", "zeta", "status"), fields);
  }

  @Test
  void jsonUsesTheSameFieldOrderAsYaml() {
    // GIVEN every kind
    var objects = StackCompiler.create().compile(SampleStacks.platform());

    for (var o : objects) {
      // WHEN one object is rendered in both formats
      Map<?, ?> fromYaml = (Map<?, ?>) new Yaml().load(Format.YAML.render(o));
      Map<?, ?> fromJson = (Map<?, ?>) new Yaml().load(Format.JSON.render(o)); // JSON is YAML 1.1 flow syntax

      // THEN the keys come in the same order at every level
      assertSameOrder(fromYaml, fromJson, o.getKind());
    }
  }

  private static void assertSameOrder(Object yaml, Object json, String path) {
    if (yaml instanceof Map) {
      assertEquals(keys((Map<?, ?>) yaml), keys((Map<?, ?>) json), path);
      for (Object k : ((Map<?, ?>) yaml).keySet()) {
        assertSameOrder(((Map<?, ?>) yaml).get(k), ((Map<?, ?>) json).get(k), path + "/" + k);
      }
    } else if (yaml instanceof List) {
      List<?> y = (List<?>) yaml;
      List<?> j = (List<?>) json;
      assertEquals(y.size(), j.size(), path);
      for (int i = 0; i < y.size(); i++) {
        assertSameOrder(y.get(i), j.get(i), path + "[" + i + "]");
      }
    } else {
      assertEquals(yaml, json, path);
    }
  }

  private static List<Object> keys(Map<?, ?> m) {
    return new ArrayList<>(m.keySet());
  }
}
