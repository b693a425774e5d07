package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Dsl;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import dev.sparkform.examples.Examples;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Apply, re-apply and ordering against the in-memory API server, driven over HTTP by the real client. */
class ApplyTest {
  static final Stack SPARK_PI = Examples.named("spark-pi").orElseThrow().define();

  /** The spark-pi stack without its SparkApplication: only kinds that are ready once they exist. */
  static final Stack SPARK_PI_PLATFORM = Dsl.stack(SPARK_PI.name()).namespace(SPARK_PI.namespace())
      .label("team", "data-platform")
      .add(SPARK_PI.resources().stream().filter(r -> !(r instanceof SparkApp)).toArray(StackResource[]::new));

  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  @Test
  void firstPlanAddsEverythingAndWritesNothing() {
    Plan plan = cluster.plan(SPARK_PI);
    assertEquals("Plan: 7 to add, 0 to change, 0 to replace, 0 to prune", plan.summary());
    assertEquals(List.of(), cluster.recorder.writes(), "a plan must not write");
    assertTrue(cluster.recorder.requests().stream().allMatch(r -> r.method().equals("GET")));
    assertNull(cluster.client().namespaces().withName("spark-jobs").get());
  }

  @Test
  void planReadsOnlyTheKindsAndNamespacesOfTheStackWithEqualitySelectors() {
    cluster.plan(SPARK_PI);
    List<String> lists = cluster.recorder.requests().stream().map(RecordingDispatcher.Request::path)
        .filter(p -> p.contains("labelSelector")).toList();
    String selector = "labelSelector=applyset.kubernetes.io%2Fpart-of%3D" + ApplySet.forStack("spark-pi", "spark-jobs").id();
    assertEquals(List.of("/api/v1/namespaces?" + selector,
        "/api/v1/namespaces/spark-jobs/resourcequotas?" + selector,
        "/api/v1/namespaces/spark-jobs/limitranges?" + selector,
        "/api/v1/namespaces/spark-jobs/serviceaccounts?" + selector,
        "/apis/rbac.authorization.k8s.io/v1/namespaces/spark-jobs/roles?" + selector,
        "/apis/rbac.authorization.k8s.io/v1/namespaces/spark-jobs/rolebindings?" + selector,
        "/apis/sparkoperator.k8s.io/v1beta2/namespaces/spark-jobs/sparkapplications?" + selector), lists);
    // parent get + 7 lists + one get per object the lists did not return
    assertEquals(1 + 7 + 7, cluster.recorder.requests().size());
  }

  @Test
  void applyTwiceThenTheSecondPlanIsEmptyAndWritesNothing() {
    ApplyReport first = cluster.apply(SPARK_PI);
    assertTrue(first.ok(), ReportFormatter.text(first));
    assertEquals(7, first.count(Outcome.Status.APPLIED));

    cluster.recorder.clear();
    Plan second = cluster.plan(SPARK_PI);
    assertFalse(second.hasChanges(), PlanFormatter.text(second));
    assertEquals("Plan: 0 to add, 0 to change, 0 to replace, 0 to prune", second.summary());
    // parent + the 7 lists: the lists found every object, so no per-object gets
    assertEquals(8, cluster.recorder.requests().size(), cluster.recorder.requests().toString());

    ApplyReport again = cluster.engine.apply(second);
    assertTrue(again.ok());
    assertEquals(7, again.count(Outcome.Status.UNCHANGED));
    assertEquals(List.of(), cluster.recorder.writes());
  }

  @Test
  void writesInInstallOrderWithTheParentAfterTheNamespaceAndTheRevisionLast() {
    cluster.apply(SPARK_PI);
    assertEquals(List.of(
        "POST /api/v1/namespaces",
        "POST /api/v1/namespaces/spark-jobs/secrets",
        "POST /api/v1/namespaces/spark-jobs/resourcequotas",
        "POST /api/v1/namespaces/spark-jobs/limitranges",
        "POST /api/v1/namespaces/spark-jobs/serviceaccounts",
        "POST /apis/rbac.authorization.k8s.io/v1/namespaces/spark-jobs/roles",
        "POST /apis/rbac.authorization.k8s.io/v1/namespaces/spark-jobs/rolebindings",
        "POST /apis/sparkoperator.k8s.io/v1beta2/namespaces/spark-jobs/sparkapplications",
        // after everything succeeded: the parent records this apply as revision 1
        "PUT /api/v1/namespaces/spark-jobs/secrets/sparkform-spark-pi"),
        cluster.recorder.writes().stream().map(Object::toString).toList());
    // Our field manager on every write (fabric8's create and update send none: the server would record its user agent).
    assertTrue(cluster.recorder.writes().stream().allMatch(r -> r.uri().endsWith("?fieldManager=sparkform&fieldValidation=Strict")),
        cluster.recorder.writes().stream().map(RecordingDispatcher.Request::uri).toList()::toString);
  }

  @Test
  void everyObjectCarriesTheMembershipLabelsAndTheParentListsItsKinds() {
    cluster.apply(SPARK_PI);
    String id = ApplySet.forStack("spark-pi", "spark-jobs").id();
    RoleBinding rb = cluster.client().rbac().roleBindings().inNamespace("spark-jobs").withName("spark-driver").get();
    assertEquals(id, rb.getMetadata().getLabels().get("applyset.kubernetes.io/part-of"));
    assertEquals("sparkform", rb.getMetadata().getLabels().get("app.kubernetes.io/managed-by"));
    assertEquals(id, cluster.client().namespaces().withName("spark-jobs").get().getMetadata().getLabels()
        .get("applyset.kubernetes.io/part-of"));

    Secret parent = cluster.client().secrets().inNamespace("spark-jobs").withName("sparkform-spark-pi").get();
    assertEquals(id, parent.getMetadata().getLabels().get("applyset.kubernetes.io/id"));
    assertEquals("LimitRange,Namespace,ResourceQuota,Role.rbac.authorization.k8s.io,"
        + "RoleBinding.rbac.authorization.k8s.io,ServiceAccount,SparkApplication.sparkoperator.k8s.io",
        parent.getMetadata().getAnnotations().get("applyset.kubernetes.io/contains-group-kinds"));
    assertTrue(parent.getMetadata().getAnnotations().get("applyset.kubernetes.io/tooling").startsWith("sparkform/"));
    assertNull(parent.getMetadata().getLabels().get("applyset.kubernetes.io/part-of"), "the parent is no member");
  }

  @Test
  void serverAndOtherWritersFieldsNeverShowAsChanges() {
    cluster.apply(SPARK_PI);
    // What a token controller and kubectl rollout would add: not ours, so not a change.
    cluster.client().serviceAccounts().inNamespace("spark-jobs").withName("spark").edit(sa -> {
      sa.getMetadata().getAnnotations().put("kubectl.kubernetes.io/restartedAt", "2026-11-24T17:00:00Z");
      sa.getSecrets().add(new io.fabric8.kubernetes.api.model.ObjectReference(null, null, null, "spark-token-abcde", null, null, null));
      return sa;
    });
    Plan plan = cluster.plan(SPARK_PI);
    assertFalse(plan.hasChanges(), PlanFormatter.text(plan));
  }

  @Test
  void aFieldRemovedFromTheStackIsRemovedAndOthersFieldsStay() {
    Stack v1 = stack("cfg").namespace("apps").add(namespace("apps"),
        configMap("settings").data("a", "1").data("b", "2").label("tier", "gold"));
    cluster.apply(v1);
    cluster.client().configMaps().inNamespace("apps").withName("settings").edit(cm -> {
      cm.getMetadata().getLabels().put("someone-else", "yes");
      return cm;
    });

    Stack v2 = stack("cfg").namespace("apps").add(namespace("apps"), configMap("settings").data("a", "1"));
    Plan plan = cluster.plan(v2);
    assertEquals("Plan: 0 to add, 1 to change, 0 to replace, 0 to prune", plan.summary());
    String diff = String.join("\n", PlanFormatter.diff(plan.changes().stream()
        .filter(c -> c.action() == Action.UPDATE).findFirst().orElseThrow()));
    assertTrue(diff.contains("-  b: \"2\""), diff);
    assertTrue(diff.contains("-    tier: gold"), diff);
    assertFalse(diff.contains("someone-else"), diff);

    ReportAssert.ok(cluster.engine.apply(plan));
    ConfigMap live = cluster.client().configMaps().inNamespace("apps").withName("settings").get();
    assertEquals(java.util.Map.of("a", "1"), live.getData());
    assertTrue(live.getMetadata().getAnnotations().get(LastApplied.ANNOTATION).contains("\"data\":{\"a\":\"\"}"),
        "the record keeps which keys we set, not their values");
    assertNull(live.getMetadata().getLabels().get("tier"));
    assertEquals("yes", live.getMetadata().getLabels().get("someone-else"));
    assertFalse(cluster.plan(v2).hasChanges());
  }

  @Test
  void aStaleUpdateIsRetriedAfterReadingAgain() {
    Stack v1 = stack("cfg").namespace("apps").add(namespace("apps"), configMap("settings").data("a", "1"));
    cluster.apply(v1);
    Plan plan = cluster.plan(stack("cfg").namespace("apps").add(namespace("apps"), configMap("settings").data("a", "2")));
    // Someone writes between our read and our write: our resourceVersion is stale, the server says 409.
    cluster.client().configMaps().inNamespace("apps").withName("settings").edit(cm -> {
      cm.getMetadata().getLabels().put("touched", "meanwhile");
      return cm;
    });
    cluster.recorder.clear();
    ReportAssert.ok(cluster.engine.apply(plan));
    assertEquals(List.of("PUT", "GET", "PUT"), cluster.recorder.requests().stream()
        .filter(r -> r.path().contains("/configmaps/settings")).map(RecordingDispatcher.Request::method).toList());
    ConfigMap live = cluster.client().configMaps().inNamespace("apps").withName("settings").get();
    assertEquals("2", live.getData().get("a"));
    assertEquals("meanwhile", live.getMetadata().getLabels().get("touched"), "their write survives");
  }

  @Test
  void conflictsAreRetriedOnlyABoundedNumberOfTimes() {
    Stack v1 = stack("cfg").namespace("apps").add(namespace("apps"), configMap("settings").data("a", "1"));
    cluster.apply(v1);
    Plan plan = cluster.plan(stack("cfg").namespace("apps").add(namespace("apps"), configMap("settings").data("a", "2")));
    cluster.recorder.fault(r -> r.getMethod().equals("PUT") && RecordingDispatcher.path(r).contains("/configmaps/settings")
        ? RecordingDispatcher.status(409, "Conflict", "the object has been modified") : null);
    ApplyReport report = cluster.engine.apply(plan);
    assertFalse(report.ok());
    Outcome failed = report.outcomes().stream().filter(o -> o.status() == Outcome.Status.FAILED).findFirst().orElseThrow();
    assertEquals("ConfigMap apps/settings", failed.ref().toString());
    assertTrue(failed.message().contains("409"), failed.message());
    assertEquals(ClientSideApply.ATTEMPTS, cluster.recorder.requests().stream()
        .filter(r -> r.method().equals("PUT") && r.path().contains("/configmaps/settings")).count());
  }

  @Test
  void serviceAccountsOfTheSparkPiExampleGetTheirLabelsEvenWhenAdopted() {
    cluster.createForeign(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("spark-jobs")
        .endMetadata().build());
    Plan refused = cluster.plan(SPARK_PI);
    assertTrue(refused.hasErrors());
    assertEquals(List.of("Namespace spark-jobs already exists and is not part of stack spark-pi; pass --adopt to take it over"),
        refused.errors());
    cluster.recorder.clear();
    PlanException e = assertThrows(PlanException.class, () -> cluster.engine.apply(refused));
    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    assertEquals(List.of(), cluster.recorder.writes());

    ReportAssert.ok(cluster.apply(SPARK_PI, PlanOptions.defaults().withAdopt(true)));
    ServiceAccount sa = cluster.client().serviceAccounts().inNamespace("spark-jobs").withName("spark").get();
    assertNotNull(sa.getMetadata().getLabels().get("applyset.kubernetes.io/part-of"));
    assertEquals(ApplySet.forStack("spark-pi", "spark-jobs").id(),
        cluster.client().namespaces().withName("spark-jobs").get().getMetadata().getLabels().get("applyset.kubernetes.io/part-of"));
  }

  static String names(List<Outcome> outcomes) {
    return outcomes.stream().map(o -> o.ref() + "=" + o.status()).collect(Collectors.joining(", "));
  }
}
