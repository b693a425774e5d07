package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Field ownership on a real API server: client-side then server-side apply (issue 9, items 1 and
 * 2), conflicts with a real other manager and --force-conflicts, --adopt under server-side apply (3).
 */
@ExtendWith(RealApiServerExtension.class)
class RealOwnershipTest {
  static final String NS = "owners";
  final KubeApiServer server;
  final KubernetesClient admin;

  RealOwnershipTest(KubeApiServer server) {
    this.server = server;
    this.admin = server.client();
  }

  @AfterEach
  void clean() {
    server.deleteNamespace(NS);
  }

  static Stack settings(String team, String... keys) {
    var cm = configMap("settings").label("team", team);
    for (String k : keys) {
      cm = cm.data(k, "v-" + k);
    }
    return stack("owners").namespace(NS).add(namespace(NS), cm);
  }

  static ApplyReport apply(Engine engine, Stack stack, PlanOptions options) {
    Plan plan = engine.plan(stack, options);
    assertFalse(plan.hasErrors(), () -> PlanFormatter.text(plan));
    ApplyReport report = engine.apply(plan);
    assertTrue(report.ok(), () -> ReportFormatter.text(report));
    return report;
  }

  ConfigMap live() {
    return admin.configMaps().inNamespace(NS).withName("settings").get();
  }

  List<String> managers(ConfigMap cm) {
    return cm.getMetadata().getManagedFields().stream().map(m -> m.getManager() + "/" + m.getOperation()).toList();
  }

  @Test
  void clientSideThenServerSideConvergesAndRemovesWhatTheStackDropped() {
    apply(RealServer.engine(server, "client-side"), settings("a", "k1", "k2"), PlanOptions.defaults());
    assertEquals(List.of("sparkform/Update"), managers(live()), "client-side writes name our field manager");

    // The default strategy on a real server: server-side, with a label changed and a key removed.
    Engine ssa = RealServer.engine(server, "server-side");
    apply(ssa, settings("b", "k1"), PlanOptions.defaults());
    ConfigMap cm = live();
    assertEquals("b", cm.getMetadata().getLabels().get("team"));
    assertEquals(Map.of("k1", "v-k1"), cm.getData(), "the key the stack no longer declares is gone");
    assertEquals(List.of("sparkform/Apply"), managers(cm), "our client-side ownership moved to our Apply entry");
    assertFalse(ssa.plan(settings("b", "k1"), PlanOptions.defaults()).hasChanges());
  }

  @Test
  void objectsOlderSparkformWroteAsFabric8AreUpgradedAndForcedSwitchesDoNotDrift() {
    // What sparkform's client-side apply wrote before it named a field manager: fabric8's user agent.
    Stack old = settings("a", "k1", "k2");
    for (Map<String, Object> o : Desired.of(ApplySet.forStack("owners", NS), StackCompiler.create().compile(old))) {
      admin.resource(Cluster.generic(o)).create();
    }
    assertTrue(managers(live()).contains(ManagerUpgrade.FABRIC8 + "/Update"), () -> managers(live()).toString());
    // Someone else's label on the same object, written the same way, must survive the upgrade.
    admin.configMaps().inNamespace(NS).withName("settings").edit(c -> new ConfigMapBuilder(c).editMetadata()
        .addToLabels("owner-note", "keep").endMetadata().build());

    Engine forced = Engine.on(admin).withStrategy(WriteStrategy.serverSide(admin, true));
    apply(forced, settings("a", "k1"), PlanOptions.defaults());
    ConfigMap cm = live();
    assertEquals(Map.of("k1", "v-k1"), cm.getData(), "no silent drift: the dropped key is removed");
    assertEquals("keep", cm.getMetadata().getLabels().get("owner-note"), "a field we never set is not ours to remove");
    assertFalse(forced.plan(settings("a", "k1"), PlanOptions.defaults()).hasChanges());
  }

  @Test
  void aConflictWithAnotherManagerIsAPlanErrorUntilForced() {
    Engine ssa = RealServer.engine(server, "server-side");
    apply(ssa, settings("a", "k1"), PlanOptions.defaults());
    // Another tool takes over k1 with its own server-side apply.
    KubernetesClient other = server.client(KubeApiServer.OTHER);
    other.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName("settings")
        .endMetadata().addToData("k1", "theirs").build()).fieldManager("other-tool").forceConflicts().serverSideApply();

    int mark = server.audit().size();
    Plan plan = ssa.plan(settings("a", "k1"), PlanOptions.defaults());
    assertEquals(1, plan.errors().size(), () -> PlanFormatter.text(plan));
    String error = plan.errors().get(0);
    assertTrue(error.startsWith("ConfigMap owners/settings: the server refuses to update it (dry run): 409 ConfigMap"
        + " owners/settings: fields owned by another field manager: .data.k1 (conflict with \"other-tool\""), error);
    assertTrue(error.endsWith("pass --force-conflicts to take them over (objects the stack does not own yet: --adopt"
        + " takes them over)"), error);
    assertThrows(PlanException.class, () -> ssa.apply(plan));
    assertEquals(List.of(), server.audit().since(mark).writesBy(KubeApiServer.ADMIN), "a plan with errors writes nothing");

    Engine forced = Engine.on(admin).withStrategy(WriteStrategy.serverSide(admin, true));
    apply(forced, settings("a", "k1"), PlanOptions.defaults());
    assertEquals("v-k1", live().getData().get("k1"));
  }

  @Test
  void adoptTakesOverWhatItAdoptsUnderServerSideApply() {
    server.createNamespace(NS);
    // kubectl create role: fields owned by manager kubectl-create.
    String role = "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"Role\",\"metadata\":{\"name\":\"reader\"},"
        + "\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"pods\"],\"verbs\":[\"get\",\"list\"]}]}";
    assertEquals(201, server.send("POST", "/apis/rbac.authorization.k8s.io/v1/namespaces/" + NS
        + "/roles?fieldManager=kubectl-create", role));
    Stack stack = stack("owners").namespace(NS).add(role("reader").rules(rule().apiGroups("").resources("pods")
        .verbs(GET, LIST, WATCH)));
    Engine ssa = RealServer.engine(server, "server-side");

    Plan refused = ssa.plan(stack, PlanOptions.defaults());
    assertEquals(List.of("Role owners/reader already exists and is not part of stack owners; pass --adopt to take it over"),
        refused.errors());

    apply(ssa, stack, PlanOptions.defaults().withAdopt(true));
    var live = admin.rbac().roles().inNamespace(NS).withName("reader").get();
    assertEquals(List.of("get", "list", "watch"), live.getRules().get(0).getVerbs());
    assertEquals(ApplySet.forStack("owners", NS).id(), live.getMetadata().getLabels().get(ApplySet.PART_OF_LABEL));
    assertTrue(live.getMetadata().getManagedFields().stream().map(ManagedFieldsEntry::getManager)
        .anyMatch("sparkform"::equals));
    assertFalse(ssa.plan(stack, PlanOptions.defaults()).hasChanges(), "adopted: part of the stack now");
  }

  @Test
  void theApplySetParentIsOneKubectlRecognisesAndRefusesToManage() throws Exception {
    String kubectl = RealServer.kubectl();
    apply(RealServer.engine(server, "server-side"), settings("a", "k1"), PlanOptions.defaults());
    GenericKubernetesResource parent = admin.genericKubernetesResources("v1", "Secret").inNamespace(NS)
        .withName("sparkform-owners").get();
    assertEquals(ApplySet.forStack("owners", NS).id(), parent.getMetadata().getLabels().get(ApplySet.ID_LABEL));

    RealServer.Result r = RealServer.run(server, kubectl, Map.of("KUBECTL_APPLYSET", "true"), "<stdin>",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: intruder\n",
        "apply", "-n", NS, "--prune", "--applyset=secrets/sparkform-owners", "-f", "-");
    assertTrue(r.code() != 0, r::toString);
    assertTrue(r.output().contains("sparkform"), r::toString);
    assertNull(admin.configMaps().inNamespace(NS).withName("intruder").get(), "kubectl wrote nothing");
  }
}
