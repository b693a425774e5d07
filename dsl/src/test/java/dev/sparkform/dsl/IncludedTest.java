package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Any fabric8 object in a stack: checked for name, namespace and labels, and against the stack's own objects. */
class IncludedTest {
  private static GenericKubernetesResource networkPolicy(String name, String namespace) {
    return new GenericKubernetesResourceBuilder().withApiVersion("networking.k8s.io/v1").withKind("NetworkPolicy")
        .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
        .addToAdditionalProperties("spec", new LinkedHashMap<>(Map.of("podSelector", new LinkedHashMap<>())))
        .build();
  }

  @Test
  void aValidIncludedObjectHasNoProblems() {
    Stack stack = analytics(namespace("spark-jobs"),
        include(new ConfigMapBuilder().withNewMetadata().withName("extra").addToLabels("tier", "a").endMetadata().build()),
        include(networkPolicy("deny-all", "spark-jobs")),
        include(new NamespaceBuilder().withNewMetadata().withName("other").endMetadata().build()));
    assertEquals(List.of(), stack.problems());
  }

  @Test
  void namespacedComesFromTheModelClassOrTheGivenNamespace() {
    assertTrue(include(new ConfigMapBuilder().withNewMetadata().withName("c").endMetadata().build()).namespaced());
    assertFalse(include(new NamespaceBuilder().withNewMetadata().withName("n").endMetadata().build()).namespaced());
    assertTrue(include(networkPolicy("p", "spark-jobs")).namespaced());
    assertFalse(include(networkPolicy("p", null)).namespaced());
    Stack stack = analytics(include(new ConfigMapBuilder().withNewMetadata().withName("c").endMetadata().build()));
    assertEquals("spark-jobs", stack.namespaceOf(stack.resources().get(0)));
  }

  @Test
  void everyProblemOfAnIncludedObjectIsReportedWithItsPath() {
    Stack stack = analytics(
        include(new ConfigMapBuilder().withNewMetadata().withName("Bad_Name").withNamespace("Spark_Jobs")
            .addToLabels(Stack.MANAGED_BY_LABEL, "helm").endMetadata().build()),
        include(new NamespaceBuilder().withNewMetadata().withName("ns").withNamespace("spark-jobs").endMetadata().build()),
        include(new ServiceAccountBuilder().withNewMetadata().withGenerateName("spark-").endMetadata().build()),
        include(new ServiceAccountBuilder().withNewMetadata().withName("read").withResourceVersion("42").endMetadata()
            .build()),
        include(new GenericKubernetesResourceBuilder().withNewMetadata().withName("x").endMetadata().build()));
    assertEquals(List.of(
        problem(STACK + " > config map Bad_Name", "name \"Bad_Name\"" + NOT_A_SUBDOMAIN),
        problem(STACK + " > config map Bad_Name", "namespace \"Spark_Jobs\"" + NOT_A_LABEL),
        problem(STACK + " > config map Bad_Name",
            "label app.kubernetes.io/managed-by is reserved: sparkform sets it to \"sparkform\""),
        problem(STACK + " > namespace ns", "Namespace is cluster-scoped: metadata.namespace \"spark-jobs\" must not be set"),
        problem(STACK + " > service account (no name)",
            "metadata.generateName is not supported: give metadata.name (names are deterministic)"),
        problem(STACK + " > service account read", "metadata.resourceVersion and metadata.uid are the server's: include"
            + " the object as you want it, not as read from a cluster"),
        problem(STACK + " > object x", "kind is missing"),
        problem(STACK + " > object x", "apiVersion is missing")), stack.problems());
  }

  @Test
  void anIncludedObjectClashesWithTheStacksOwnOfThatKindAndName() {
    Stack stack = analytics(serviceAccount("spark"),
        include(new ServiceAccountBuilder().withNewMetadata().withName("spark").endMetadata().build()),
        include(networkPolicy("p", "spark-jobs")), include(networkPolicy("p", "spark-jobs")),
        include(networkPolicy("p", "elsewhere")));
    assertEquals(List.of(
        problem(STACK + " > service account spark",
            "duplicate service account \"spark\" in namespace spark-jobs (also declared at resources[0])"),
        problem(STACK + " > network policy p",
            "duplicate network policy \"p\" in namespace spark-jobs (also declared at resources[2])")), stack.problems());
  }

  @Test
  void anIncludedServiceAccountOrRoleSatisfiesReferencesButAnIncludedSecretIsNotLookedInto() {
    Stack stack = analytics(
        include(new ServiceAccountBuilder().withNewMetadata().withName("spark").endMetadata()
            .addNewImagePullSecret("registry").build()),
        roleBinding("b").clusterRole("view").serviceAccount("spark"),
        serviceAccount("puller").imagePullSecrets("opaque"),
        include(new io.fabric8.kubernetes.api.model.SecretBuilder().withNewMetadata().withName("opaque").endMetadata()
            .withType("Opaque").build()));
    assertEquals(List.of(), stack.problems());
  }

  @Test
  void theStackKeepsItsOwnCopy() {
    GenericKubernetesResource policy = networkPolicy("p", "spark-jobs");
    Included included = include(policy);
    // Changing what was included, or what was read, does not change the stack.
    policy.getMetadata().setName("changed");
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) policy.getAdditionalProperties().get("spec");
    spec.put("policyTypes", new ArrayList<>(List.of("Ingress")));
    HasMetadata read = included.object();
    read.getMetadata().setName("changed too");
    assertEquals("p", included.name());
    assertEquals(Map.of("podSelector", Map.of()),
        ((GenericKubernetesResource) included.object()).getAdditionalProperties().get("spec"));
    assertEquals(include(networkPolicy("p", "spark-jobs")), included);
  }

  @Test
  void nullIsRefused() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> include(null));
    assertEquals("include(null): give a Kubernetes object", e.getMessage());
  }
}
