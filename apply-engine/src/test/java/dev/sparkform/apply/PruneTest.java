package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prune and destroy delete what the stack owns and nothing else. */
class PruneTest {
  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  static Stack apps(String... configMaps) {
    Stack s = stack("apps").namespace("apps").add(namespace("apps"));
    for (String name : configMaps) {
      s = s.add(configMap(name).data("k", name));
    }
    return s;
  }

  ConfigMap live(String ns, String name) {
    return cluster.client().configMaps().inNamespace(ns).withName(name).get();
  }

  @Test
  void pruneDeletesOnlyObjectsOfThisStack() {
    cluster.createForeign(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("elsewhere")
        .endMetadata().build());
    ReportAssert.ok(cluster.apply(apps("keep", "old")));
    // Another stack with objects of the same name, in its own namespace and in ours.
    ReportAssert.ok(cluster.apply(stack("other").namespace("elsewhere").add(
        configMap("old").data("k", "theirs"), configMap("old2").namespace("apps").data("k", "theirs"))));
    // Unlabelled objects (kubectl's), one of them with a name the stack used.
    cluster.createForeign(
        new ConfigMapBuilder().withNewMetadata().withName("loose").withNamespace("apps").endMetadata().build(),
        new ConfigMapBuilder().withNewMetadata().withName("old").withNamespace("elsewhere2").endMetadata().build(),
        // Rendered by sparkform and applied with kubectl: managed-by, but no ApplySet membership.
        new ConfigMapBuilder().withNewMetadata().withName("rendered").withNamespace("apps")
            .addToLabels("app.kubernetes.io/managed-by", "sparkform").endMetadata().build());

    Plan plan = cluster.plan(apps("keep"));
    assertEquals("Plan: 0 to add, 0 to change, 0 to replace, 1 to prune", plan.summary(), PlanFormatter.text(plan));
    Change prune = plan.changes().stream().filter(c -> c.action() == Action.DELETE).findFirst().orElseThrow();
    assertEquals("ConfigMap apps/old", prune.ref().toString());

    ReportAssert.ok(cluster.engine.apply(plan));
    assertNull(live("apps", "old"));
    assertNotNull(live("apps", "keep"));
    assertEquals("theirs", live("elsewhere", "old").getData().get("k"));
    assertNotNull(live("apps", "old2"));
    assertNotNull(live("apps", "loose"));
    assertNotNull(live("elsewhere2", "old"));
    assertNotNull(live("apps", "rendered"));
  }

  @Test
  void anotherStacksObjectIsNeverTakenOverEvenWithAdopt() {
    ReportAssert.ok(cluster.apply(stack("other").namespace("apps").add(namespace("apps"), configMap("shared").data("k", "theirs"))));
    Stack mine = stack("mine").namespace("apps").add(configMap("shared").data("k", "mine"));
    Plan plan = cluster.engine.plan(mine, PlanOptions.defaults().withAdopt(true));
    assertEquals(1, plan.errors().size(), plan.errors().toString());
    assertTrue(plan.errors().get(0).startsWith("ConfigMap apps/shared belongs to another stack (applyset.kubernetes.io/part-of="
        + ApplySet.forStack("other", "apps").id() + ")"), plan.errors().get(0));
    cluster.recorder.clear();
    assertThrows(PlanException.class, () -> cluster.engine.apply(plan));
    assertEquals(List.of(), cluster.recorder.writes());
    assertEquals("theirs", live("apps", "shared").getData().get("k"));
  }

  @Test
  void anUnlabelledObjectIsAdoptedOnlyWhenAsked() {
    cluster.createForeign(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("apps").endMetadata().build(),
        new ConfigMapBuilder().withNewMetadata().withName("settings").withNamespace("apps").endMetadata()
            .addToData("k", "by hand").build());
    Stack s = stack("apps").namespace("apps").add(configMap("settings").data("k", "declared"));
    Plan refused = cluster.plan(s);
    assertEquals(List.of("ConfigMap apps/settings already exists and is not part of stack apps; pass --adopt to take it over"),
        refused.errors());

    Plan adopt = cluster.engine.plan(s, PlanOptions.defaults().withAdopt(true));
    assertEquals("Plan: 0 to add, 1 to change, 0 to replace, 0 to prune", adopt.summary());
    ReportAssert.ok(cluster.engine.apply(adopt));
    assertEquals("declared", live("apps", "settings").getData().get("k"));
    assertFalse(cluster.plan(s).hasChanges(), "adopted: now ours, no --adopt needed");
  }

  @Test
  void anEmptyStackDoesNotPruneEverythingUnlessAllowed() {
    ReportAssert.ok(cluster.apply(apps("a", "b")));
    Plan refused = cluster.engine.plan("apps", "apps", List.of(), PlanOptions.defaults());
    assertEquals(List.of("stack apps declares no objects: applying it would delete all 3 objects it owns;"
        + " pass --allow-empty to really do that (or use destroy)"), refused.errors());
    Plan allowed = cluster.engine.plan("apps", "apps", List.of(), PlanOptions.defaults().withAllowEmpty(true));
    assertEquals("Plan: 0 to add, 0 to change, 0 to replace, 3 to prune", allowed.summary());
  }

  @Test
  void destroyDeletesInReverseInstallOrderThenTheParent() {
    Stack s = stack("apps").namespace("apps").add(namespace("apps"), serviceAccount("spark"),
        role("driver").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        roleBinding("driver").role("driver").serviceAccount("spark"), configMap("c").data("k", "v"));
    ReportAssert.ok(cluster.apply(s));
    cluster.createForeign(new ConfigMapBuilder().withNewMetadata().withName("not-ours").withNamespace("apps").endMetadata().build());
    cluster.recorder.clear();

    Plan destroy = cluster.engine.planDestroy(s);
    assertEquals("Plan: 0 to add, 0 to change, 0 to replace, 5 to prune", destroy.summary());
    ReportAssert.ok(cluster.engine.apply(destroy));
    assertEquals(List.of(
        "DELETE /api/v1/namespaces/apps/configmaps/c",
        "DELETE /apis/rbac.authorization.k8s.io/v1/namespaces/apps/rolebindings/driver",
        "DELETE /apis/rbac.authorization.k8s.io/v1/namespaces/apps/roles/driver",
        "DELETE /api/v1/namespaces/apps/serviceaccounts/spark",
        "DELETE /api/v1/namespaces/apps",
        "DELETE /api/v1/namespaces/apps/secrets/sparkform-apps"),
        cluster.recorder.writes().stream().map(Object::toString).toList());
  }

  @Test
  void aParentDeletedByHandIsRecreatedWithoutTouchingMembers() {
    ReportAssert.ok(cluster.apply(apps("a")));
    cluster.client().secrets().inNamespace("apps").withName("sparkform-apps").delete();
    Plan plan = cluster.plan(apps("a"));
    assertFalse(plan.hasChanges());
    assertTrue(plan.parentOutdated());
    assertTrue(PlanFormatter.text(plan).startsWith("No changes to the stack's objects; its ApplySet parent"
        + " Secret apps/sparkform-apps will be written (inventory only).\n"), PlanFormatter.text(plan));
    cluster.recorder.clear();
    ReportAssert.ok(cluster.engine.apply(plan));
    assertEquals(List.of("POST /api/v1/namespaces/apps/secrets"),
        cluster.recorder.writes().stream().map(Object::toString).toList());
    assertFalse(cluster.plan(apps("a")).parentOutdated());
  }

  @Test
  void aKindTheServerNoLongerServesHasNothingToPrune() {
    ReportAssert.ok(cluster.apply(stack("apps").namespace("apps").add(namespace("apps"), serviceAccount("spark"))));
    // The parent lists ServiceAccount; say the server stopped serving it (as when a CRD is removed).
    cluster.recorder.fault(r -> r.getMethod().equals("GET") && RecordingDispatcher.path(r).startsWith("/api/v1/namespaces/apps/serviceaccounts?")
        ? RecordingDispatcher.status(404, "NotFound", "the server could not find the requested resource") : null);
    Plan plan = cluster.plan(stack("apps").namespace("apps").add(namespace("apps")));
    assertEquals("Plan: 0 to add, 0 to change, 0 to replace, 0 to prune", plan.summary());
  }

  @Test
  void aParentOfAnotherToolIsRefused() {
    ApplySet set = ApplySet.forStack("apps", "apps");
    cluster.createForeign(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("apps").endMetadata().build(),
        new SecretBuilder().withNewMetadata().withName("sparkform-apps").withNamespace("apps")
            .addToLabels(ApplySet.ID_LABEL, set.id())
            .addToAnnotations(ApplySet.TOOLING, "kubectl/v1.32.0").endMetadata().build());
    Plan plan = cluster.plan(stack("apps").namespace("apps").add(configMap("a").data("k", "v")));
    assertEquals(List.of("Secret apps/sparkform-apps is an ApplySet managed by kubectl/v1.32.0, not sparkform;"
        + " sparkform does not take over another tool's set"), plan.errors());
  }

  @Test
  void aPrunedKindIsFoundThroughTheParentEvenWhenNoLongerDeclared() {
    ReportAssert.ok(cluster.apply(stack("apps").namespace("apps").add(namespace("apps"), serviceAccount("spark"),
        configMap("c").data("k", "v"))));
    // The new version declares no ConfigMap and no ServiceAccount at all: only the parent remembers those kinds.
    Plan plan = cluster.plan(stack("apps").namespace("apps").add(namespace("apps")));
    assertEquals("Plan: 0 to add, 0 to change, 0 to replace, 2 to prune", plan.summary());
    ReportAssert.ok(cluster.engine.apply(plan));
    assertEquals("Namespace", cluster.client().secrets().inNamespace("apps").withName("sparkform-apps").get()
        .getMetadata().getAnnotations().get(ApplySet.GROUP_KINDS), "narrowed after a complete apply");
  }
}
