package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deleting a Namespace deletes everything in it (issue 10, item 2): a plan that would delete one
 * where objects the stack does not own live lists them and refuses; destroy keeps it. On the real
 * server (no namespace controller: assert on the plan and on the deletion timestamp). Also: kinds
 * outside the engine's table are pruned, found by discovery (item 5).
 */
@ExtendWith(RealApiServerExtension.class)
class RealNamespaceDeleteTest {
  final KubeApiServer server;
  final KubernetesClient admin;

  RealNamespaceDeleteTest(KubeApiServer server) {
    this.server = server;
    this.admin = server.client();
  }

  @AfterEach
  void clean() {
    List.of("shared", "other").forEach(server::deleteNamespace);
  }

  static Stack withNamespace() {
    return stack("ns-owner").namespace("other").add(namespace("other"), namespace("shared"),
        configMap("c").namespace("shared").data("k", "v"));
  }

  static Stack withoutIt() {
    return stack("ns-owner").namespace("other").add(namespace("other"));
  }

  @Test
  void aNamespaceWithObjectsTheStackDoesNotOwnIsNotPrunedAndDestroyKeepsIt() {
    Engine engine = RealServer.engine(server, "server-side");
    RealPlanChecksTest.apply(engine, engine.plan(withNamespace(), PlanOptions.defaults()));
    // Someone else's object in the stack's namespace, and another stack's member.
    admin.configMaps().inNamespace("shared").resource(new ConfigMapBuilder().withNewMetadata().withName("theirs")
        .endMetadata().build()).create();
    Engine other = RealServer.engine(server, "server-side");
    RealPlanChecksTest.apply(other, other.plan(stack("neighbour").namespace("shared").add(
        configMap("n").namespace("shared").data("k", "v")), PlanOptions.defaults()));

    Plan prune = engine.plan(withoutIt(), PlanOptions.defaults());
    assertEquals(List.of("Namespace shared is no longer declared, but deleting it would delete 3 objects stack"
        + " ns-owner does not own: ConfigMap shared/n (another stack's), ConfigMap shared/theirs, Secret"
        + " shared/sparkform-neighbour (another stack's ApplySet parent); move or remove them first, or pass"
        + " --allow-namespace-delete to delete them with it"), prune.errors());

    Plan destroy = engine.planDestroy("ns-owner", "other");
    assertEquals(List.of(), destroy.errors());
    assertTrue(PlanFormatter.text(destroy).contains("Namespace shared: kept, not deleted: it holds 3 objects"),
        () -> PlanFormatter.text(destroy));
    ApplyReport destroyed = RealPlanChecksTest.apply(engine, destroy);
    assertTrue(destroyed.summary().startsWith("Destroy complete: 2 deleted"), destroyed.summary()); // c, other
    assertNull(admin.namespaces().withName("shared").get().getMetadata().getDeletionTimestamp(), "kept");
    assertNotNull(admin.configMaps().inNamespace("shared").withName("theirs").get());
  }

  @Test
  void withTheFlagTheNamespaceGoesAndThePlanSaysWhatGoesWithIt() {
    Engine engine = RealServer.engine(server, "client-side");
    RealPlanChecksTest.apply(engine, engine.plan(withNamespace(), PlanOptions.defaults()));
    admin.configMaps().inNamespace("shared").resource(new ConfigMapBuilder().withNewMetadata().withName("theirs")
        .endMetadata().build()).create();
    Plan prune = engine.plan(withoutIt(), PlanOptions.defaults().withAllowNamespaceDelete(true));
    assertTrue(PlanFormatter.text(prune).contains("- delete Namespace shared (deletes with it 1 objects stack ns-owner"
        + " does not own: ConfigMap shared/theirs)"), () -> PlanFormatter.text(prune));
    RealPlanChecksTest.apply(engine, prune);
    assertNotNull(admin.namespaces().withName("shared").get().getMetadata().getDeletionTimestamp());
  }

  @Test
  void kindsOutsideTheEnginesTableArePrunedAndDestroyed() {
    // An Ingress the stack owned (added through the engine's escape to any object): its kind is in no table.
    Engine engine = RealServer.engine(server, "server-side");
    var ingress = new IngressBuilder().withNewMetadata().withName("ui").withNamespace("other").endMetadata()
        .withNewSpec().withNewDefaultBackend().withNewService().withName("spark-ui").withNewPort().withNumber(4040)
        .endPort().endService().endDefaultBackend().endSpec().build();
    List<io.fabric8.kubernetes.api.model.HasMetadata> objects = new java.util.ArrayList<>(
        RealServer.compile(withoutIt(), dev.sparkform.compile.Target.KUBEFLOW));
    objects.add(ingress);
    RealPlanChecksTest.apply(engine, engine.plan("ns-owner", "other", objects, PlanOptions.defaults()));
    assertNotNull(admin.network().v1().ingresses().inNamespace("other").withName("ui").get());

    ApplyReport destroyed = RealPlanChecksTest.apply(engine, engine.planDestroy("ns-owner", "other"));
    assertTrue(ReportFormatter.text(destroyed).contains("Ingress other/ui: deleted"), () -> ReportFormatter.text(destroyed));
    assertNull(admin.network().v1().ingresses().inNamespace("other").withName("ui").get());
  }
}
