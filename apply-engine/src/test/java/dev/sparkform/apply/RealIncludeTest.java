package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Objects included as fabric8 model objects (an Ingress, a PodDisruptionBudget, a cluster-scoped
 * IngressClass the engine knows only through discovery) on a real API server: applied with the
 * stack's labels, updated, pruned when the stack stops including them, destroyed; and a namespaced
 * one in a namespace that neither the stack declares nor exists is a plan error.
 */
@ExtendWith(RealApiServerExtension.class)
class RealIncludeTest {
  final KubeApiServer server;
  final KubernetesClient admin;

  RealIncludeTest(KubeApiServer server) {
    this.server = server;
    this.admin = server.client();
  }

  @AfterEach
  void clean() {
    server.deleteNamespace("web");
    admin.resources(IngressClass.class).withName("sparkform-test").delete();
  }

  private static PodDisruptionBudget pdb(int maxUnavailable) {
    return new PodDisruptionBudgetBuilder().withNewMetadata().withName("driver").endMetadata()
        .withNewSpec().withMaxUnavailable(new IntOrString(maxUnavailable))
        .withNewSelector().addToMatchLabels("spark-role", "driver").endSelector().endSpec().build();
  }

  private static Ingress ingress() {
    return new IngressBuilder().withNewMetadata().withName("spark-ui").endMetadata()
        .withNewSpec().withIngressClassName("sparkform-test").addNewRule().withHost("ui.example.com")
        .withNewHttp().addNewPath().withPath("/").withPathType("Prefix")
        .withNewBackend().withNewService().withName("spark-ui-svc").withNewPort().withNumber(4040).endPort()
        .endService().endBackend().endPath().endHttp().endRule().endSpec().build();
  }

  private static IngressClass ingressClass() {
    return new IngressClassBuilder().withNewMetadata().withName("sparkform-test").endMetadata()
        .withNewSpec().withController("example.com/ingress-controller").endSpec().build();
  }

  private static List<String> writes(Plan plan) {
    return plan.changes().stream().filter(c -> c.action().writes()).map(Change::toString).collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void includedObjectsAreAppliedPrunedAndDestroyedLikeTheStacksOwn(String strategy) {
    Engine engine = RealServer.engine(server, strategy);
    Stack v1 = stack("web").namespace("web").label("team", "ui").add(namespace("web"), serviceAccount("spark"),
        include(ingressClass()), include(pdb(0)), include(ingress()));

    Plan first = engine.plan(v1, PlanOptions.defaults());
    assertFalse(first.hasErrors(), () -> PlanFormatter.text(first));
    // Install order: the Namespace, the ServiceAccount, then kinds it does not list in declaration order.
    assertEquals(List.of("create Namespace web", "create ServiceAccount web/spark", "create IngressClass sparkform-test",
        "create PodDisruptionBudget web/driver", "create Ingress web/spark-ui"), writes(first));
    assertTrue(engine.apply(first).ok());
    Ingress live = admin.resources(Ingress.class).inNamespace("web").withName("spark-ui").get();
    assertEquals("ui", live.getMetadata().getLabels().get("team"));
    assertEquals("sparkform", live.getMetadata().getLabels().get("app.kubernetes.io/managed-by"));
    assertEquals(4040, live.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getPort()
        .getNumber());
    Plan again = engine.plan(v1, PlanOptions.defaults());
    assertFalse(again.hasChanges(), () -> PlanFormatter.text(again));

    // v2 changes the budget and no longer includes the Ingress nor its class (a kind the engine finds by discovery).
    Stack v2 = stack("web").namespace("web").label("team", "ui").add(namespace("web"), serviceAccount("spark"),
        include(pdb(1)));
    Plan second = engine.plan(v2, PlanOptions.defaults());
    assertFalse(second.hasErrors(), () -> PlanFormatter.text(second));
    assertEquals(List.of("update PodDisruptionBudget web/driver", "delete Ingress web/spark-ui (no longer declared)",
        "delete IngressClass sparkform-test (no longer declared)"), writes(second));
    assertTrue(second.reads().contains("discovery of IngressClass.networking.k8s.io"), () -> String.join("\n", second.reads()));
    assertTrue(engine.apply(second).ok());
    assertNull(admin.resources(Ingress.class).inNamespace("web").withName("spark-ui").get());
    assertNull(admin.resources(IngressClass.class).withName("sparkform-test").get());
    assertEquals(1, admin.resources(PodDisruptionBudget.class).inNamespace("web").withName("driver").get().getSpec()
        .getMaxUnavailable().getIntVal());

    ApplyReport destroyed = engine.apply(engine.planDestroy(v2));
    assertTrue(destroyed.ok(), () -> ReportFormatter.text(destroyed));
    assertNull(admin.resources(PodDisruptionBudget.class).inNamespace("web").withName("driver").get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void anIncludedObjectInANamespaceNobodyMadeIsAPlanError(String strategy) {
    Engine engine = RealServer.engine(server, strategy);
    Stack stack = stack("web").namespace("web").add(namespace("web"),
        include(new ConfigMapBuilder().withNewMetadata().withName("c").withNamespace("nowhere").endMetadata().build()));
    Plan plan = engine.plan(stack, PlanOptions.defaults());
    assertEquals(List.of("namespace nowhere does not exist and stack web does not declare it (its objects and"
        + " ApplySet parent go there): declare it in the stack, or create it first"), plan.errors());
  }
}
