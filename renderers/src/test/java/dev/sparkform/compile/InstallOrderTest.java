package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Compiled objects come in install order whatever the declaration order; a kind keeps declaration order. */
class InstallOrderTest {
  private static final List<String> INSTALL_ORDER = List.of("Namespace", "CustomResourceDefinition",
      "PriorityClass", "ResourceQuota", "LimitRange",
      "ServiceAccount", "ClusterRole", "Role", "ClusterRoleBinding", "RoleBinding", "ConfigMap", "Secret");

  @Test
  void kindsComeInInstallOrderRegardlessOfDeclarationOrder() {
    // GIVEN one resource of every kind, declared in reverse install order (the two the DSL has no value for included)
    Stack stack = stack("order").namespace("ns").add(
        secret("s").data("k", literal("v")),
        configMap("cm"),
        roleBinding("rb").role("r").serviceAccount("sa"),
        clusterRoleBinding("crb").clusterRole("cr").serviceAccount("sa"),
        role("r").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        clusterRole("cr").rules(rule().apiGroups("").resources("nodes").verbs(GET)),
        serviceAccount("sa"),
        namespace("ns").quota(quota("q").pods(1)).limitRange(limitRange("lr").max(cores(1), gib(1))),
        include(clusterScoped("scheduling.k8s.io/v1", "PriorityClass", "high")),
        include(clusterScoped("apiextensions.k8s.io/v1", "CustomResourceDefinition", "things.example.com")));

    // WHEN compiled
    List<HasMetadata> objects = StackCompiler.create().compile(stack);

    // THEN kinds come in install order
    assertEquals(INSTALL_ORDER, kinds(objects));
  }

  @Test
  void eachKindKeepsItsDeclarationOrder() {
    // GIVEN several resources of each kind, interleaved and not in alphabetical order
    Stack stack = stack("order").add(
        configMap("c-zeta"), serviceAccount("sa-b"), namespace("ns-2"), configMap("c-alpha"),
        serviceAccount("sa-a"), namespace("ns-1"), configMap("c-mid"), serviceAccount("sa-c"),
        namespace("ns-3").quota(quota("q2").pods(1)).quota(quota("q1").pods(2)));

    // WHEN compiled
    List<HasMetadata> objects = StackCompiler.create().compile(stack);

    // THEN kinds are grouped in install order and each group is in declaration order
    assertEquals(List.of("Namespace/ns-2", "Namespace/ns-1", "Namespace/ns-3", "ResourceQuota/q2", "ResourceQuota/q1",
        "ServiceAccount/sa-b", "ServiceAccount/sa-a", "ServiceAccount/sa-c",
        "ConfigMap/c-zeta", "ConfigMap/c-alpha", "ConfigMap/c-mid"), kindsAndNames(objects));
  }

  @Test
  void rankFollowsTheListAndUnlistedKindsComeLast() {
    for (int i = 0; i < INSTALL_ORDER.size(); i++) {
      assertEquals(i, InstallOrder.rank(INSTALL_ORDER.get(i)), INSTALL_ORDER.get(i));
    }
    assertEquals(INSTALL_ORDER.size(), InstallOrder.rank("Pod"));
    assertEquals(INSTALL_ORDER.size(), InstallOrder.rank("SparkApplication"));
  }

  private static GenericKubernetesResource clusterScoped(String apiVersion, String kind, String name) {
    return new GenericKubernetesResourceBuilder().withApiVersion(apiVersion).withKind(kind)
        .withNewMetadata().withName(name).endMetadata().build();
  }

  private static List<String> kinds(List<HasMetadata> objects) {
    return objects.stream().map(HasMetadata::getKind).collect(Collectors.toList());
  }

  private static List<String> kindsAndNames(List<HasMetadata> objects) {
    return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).collect(Collectors.toList());
  }
}
