package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.examples.Examples;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a plan finds out on a real API server before anything is written (issue 9, items 4 to 7),
 * replacing immutable fields, retried creates, rollback and a namespace-scoped deployer.
 */
@ExtendWith(RealApiServerExtension.class)
class RealPlanChecksTest {
  final KubeApiServer server;
  final KubernetesClient admin;

  RealPlanChecksTest(KubeApiServer server) {
    this.server = server;
    this.admin = server.client();
  }

  @AfterEach
  void clean() {
    Stream.of("spark-jobs", "probe-ns", "checks", "team-a").forEach(server::deleteNamespace);
  }

  static ApplyReport apply(Engine engine, Plan plan) {
    assertFalse(plan.hasErrors(), () -> PlanFormatter.text(plan));
    ApplyReport report = engine.apply(plan);
    assertTrue(report.ok(), () -> ReportFormatter.text(report));
    return report;
  }

  /** Applying a plan with errors writes nothing: checked in the audit log. */
  void refusedWithoutAWrite(Engine engine, Plan plan) {
    int mark = server.audit().size();
    assertThrows(PlanException.class, () -> engine.apply(plan));
    assertEquals(List.of(), server.audit().since(mark).writesBy(KubeApiServer.ADMIN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void aMissingNamespaceTheStackDoesNotDeclareIsAPlanError(String strategy) {
    Stack stack = stack("jobs").namespace("spark-jobs").add(serviceAccount("spark"), configMap("c").data("k", "v"));
    Engine engine = RealServer.engine(server, strategy);
    Plan plan = engine.plan(stack, PlanOptions.defaults());
    assertEquals(List.of("namespace spark-jobs does not exist and stack jobs does not declare it (its objects and"
        + " ApplySet parent go there): declare it in the stack, or create it first"), plan.errors());
    refusedWithoutAWrite(engine, plan);
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void aTerminatingNamespaceIsAPlanError(String strategy) {
    Stack stack = stack("probe").namespace("probe-ns").add(namespace("probe-ns"), configMap("c").data("k", "v"));
    Engine engine = RealServer.engine(server, strategy);
    apply(engine, engine.plan(stack, PlanOptions.defaults()));
    admin.namespaces().withName("probe-ns").delete(); // no namespace controller: it stays Terminating
    Plan plan = engine.plan(stack.add(configMap("d").data("k", "v")), PlanOptions.defaults());
    assertEquals(List.of("namespace probe-ns is being deleted (Terminating): the server refuses new objects in it"
        + " until it is gone; wait for it, or see what holds it (its finalizers, objects with finalizers)"),
        plan.errors());
    refusedWithoutAWrite(engine, plan);
  }

  /** A Secret the DSL would refuse, built with fabric8 directly: only the server can say what is wrong. */
  static List<HasMetadata> objectsTheServerRefuses() {
    List<HasMetadata> out = new ArrayList<>();
    out.add(new ConfigMapBuilder().withNewMetadata().withName("fine").withNamespace("checks").endMetadata()
        .addToData("k", "v").build());
    out.add(new SecretBuilder().withNewMetadata().withName("registry").withNamespace("checks").endMetadata()
        .withType("kubernetes.io/dockerconfigjson")
        .addToData(".dockerconfigjson", Base64.getEncoder().encodeToString("not json".getBytes())).build());
    out.add(new SecretBuilder().withNewMetadata().withName("cert").withNamespace("checks").endMetadata()
        .withType("kubernetes.io/tls").addToData("tls.crt", "Y2VydA==").build());
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void whatTheServerWouldRefuseIsAPlanErrorAndNothingIsWritten(String strategy) {
    server.createNamespace("checks");
    Engine engine = RealServer.engine(server, strategy);
    Plan plan = engine.plan("checks", "checks", objectsTheServerRefuses(), PlanOptions.defaults());
    assertEquals(2, plan.errors().size(), () -> PlanFormatter.text(plan));
    assertTrue(plan.errors().get(0).startsWith("Secret checks/registry: the server refuses to create it (dry run): 422 "),
        plan.errors().get(0));
    assertTrue(plan.errors().get(1).startsWith("Secret checks/cert: the server refuses to create it (dry run): 422 "),
        plan.errors().get(1));
    assertTrue(plan.errors().get(1).contains("tls.key"), plan.errors().get(1));
    assertTrue(plan.errors().stream().noneMatch(e -> e.contains("not json")), "no secret value in a message");
    refusedWithoutAWrite(engine, plan);
    assertEquals(List.of(), admin.configMaps().inNamespace("checks").list().getItems().stream()
        .filter(c -> c.getMetadata().getName().equals("fine")).toList(), "not even the valid object");
  }

  @Test
  void sparkApplicationsOfBothOperatorsAreTwoObjectsNamedByGroup() {
    Stack pi = Examples.named("spark-pi").orElseThrow().define();
    List<HasMetadata> kubeflow = RealServer.compile(pi, Target.KUBEFLOW);
    List<HasMetadata> both = new ArrayList<>(kubeflow);
    RealServer.compile(pi, Target.APACHE).stream().filter(o -> o.getApiVersion().startsWith("spark.apache.org"))
        .forEach(both::add);
    RealServer.assumeCrdsFor(both);
    Engine engine = RealServer.engine(server, "server-side");
    Plan plan = engine.plan(pi.name(), pi.namespace(), both, PlanOptions.defaults());
    List<String> apps = plan.changes().stream().map(c -> c.ref().toString()).filter(s -> s.startsWith("SparkApplication"))
        .toList();
    assertEquals(List.of("SparkApplication.sparkoperator.k8s.io spark-jobs/spark-pi",
        "SparkApplication.spark.apache.org spark-jobs/spark-pi"), apps);
    ApplyReport report = apply(engine, plan);
    assertTrue(ReportFormatter.text(report).contains("SparkApplication.spark.apache.org spark-jobs/spark-pi: created"));
    assertFalse(engine.plan(pi.name(), pi.namespace(), both, PlanOptions.defaults()).hasChanges());
    apply(engine, engine.planDestroy(pi.name(), pi.namespace()));
  }

  static Stack binding(String role) {
    return stack("rbac").namespace("checks").add(namespace("checks"),
        role("a").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        role("b").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        serviceAccount("spark"), roleBinding("driver").role(role).serviceAccount("spark"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void anImmutableFieldIsReplacedOnlyWhenAllowed(String strategy) {
    Engine engine = RealServer.engine(server, strategy);
    apply(engine, engine.plan(binding("a"), PlanOptions.defaults()));
    Plan refused = engine.plan(binding("b"), PlanOptions.defaults());
    assertEquals(List.of("RoleBinding checks/driver: roleRef cannot be changed in place (immutable); pass"
        + " --allow-replace to delete and re-create it"), refused.errors());
    refusedWithoutAWrite(engine, refused);

    String uid = admin.rbac().roleBindings().inNamespace("checks").withName("driver").get().getMetadata().getUid();
    Plan replace = engine.plan(binding("b"), PlanOptions.defaults().withAllowReplace(true));
    assertEquals(1, replace.count(Action.REPLACE), () -> PlanFormatter.text(replace));
    apply(engine, replace);
    var live = admin.rbac().roleBindings().inNamespace("checks").withName("driver").get();
    assertEquals("b", live.getRoleRef().getName());
    assertFalse(uid.equals(live.getMetadata().getUid()), "a new object");
  }

  @Test
  void aCreateAnsweredAlreadyExistsWithOurContentIsSuccess() {
    Stack stack = stack("retry").namespace("checks").add(namespace("checks"), configMap("c").data("k", "v"));
    Engine engine = RealServer.engine(server, "client-side");
    Plan plan = engine.plan(stack, PlanOptions.defaults());
    apply(engine, plan);
    // The same creates again: as when the client retries a create whose response was lost.
    ApplyReport again = engine.apply(plan);
    assertTrue(again.ok(), () -> ReportFormatter.text(again));
    assertTrue(ReportFormatter.text(again).contains("ConfigMap checks/c: created (it existed already, as this stack's"
        + " and as wanted (a retried create whose first response was lost))"), () -> ReportFormatter.text(again));

    // Not the content we want (someone changed it in between): a failure, and nothing overwritten.
    admin.configMaps().inNamespace("checks").withName("c").edit(c -> new ConfigMapBuilder(c).addToData("k", "theirs")
        .build());
    ApplyReport changed = engine.apply(plan);
    assertFalse(changed.ok());
    assertTrue(ReportFormatter.text(changed).contains("ConfigMap checks/c: FAILED to create (409 "),
        () -> ReportFormatter.text(changed));
    assertEquals("theirs", admin.configMaps().inNamespace("checks").withName("c").get().getData().get("k"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void rollbackRestoresAnEarlierRevision(String strategy) {
    Engine engine = RealServer.engine(server, strategy);
    Stack v1 = stack("rb").namespace("checks").add(namespace("checks"), configMap("c").data("k", "1"));
    Stack v2 = stack("rb").namespace("checks").add(namespace("checks"), configMap("c").data("k", "2"),
        configMap("extra").data("x", "y"));
    apply(engine, engine.plan(v1, PlanOptions.defaults()));
    apply(engine, engine.plan(v2, PlanOptions.defaults()));
    Plan back = engine.planRollback("rb", "checks", 1, PlanOptions.defaults());
    assertEquals("Plan: 0 to add, 1 to change, 0 to replace, 1 to prune", back.summary());
    apply(engine, back);
    assertEquals(Map.of("k", "1"), admin.configMaps().inNamespace("checks").withName("c").get().getData());
    assertEquals(null, admin.configMaps().inNamespace("checks").withName("extra").get());
    assertEquals(3, engine.history("rb", "checks").size());
    assertFalse(engine.plan(v1, PlanOptions.defaults()).hasChanges());
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void aNamespaceScopedDeployerPlansAppliesAndDestroys(String strategy) {
    // The platform team made team-a and lets the deployer do anything in it, and get, change or delete
    // only that namespace object itself: no list of namespaces.
    server.createNamespace("team-a");
    String grants = "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"Role\",\"metadata\":{\"name\":\"all\"},"
        + "\"rules\":[{\"apiGroups\":[\"*\"],\"resources\":[\"*\"],\"verbs\":[\"*\"]}]}";
    assertEquals(201, server.send("POST", "/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/roles", grants));
    assertEquals(201, server.send("POST", "/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/rolebindings",
        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"RoleBinding\",\"metadata\":{\"name\":\"deployer\"},"
            + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"Role\",\"name\":\"all\"},"
            + "\"subjects\":[{\"kind\":\"User\",\"name\":\"" + KubeApiServer.DEPLOYER + "\"}]}"));
    int code = server.send("PUT", "/apis/rbac.authorization.k8s.io/v1/clusterroles/team-a-namespace",
        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"ClusterRole\",\"metadata\":{\"name\":\"team-a-namespace\"},"
            + "\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"namespaces\"],\"resourceNames\":[\"team-a\"],"
            + "\"verbs\":[\"get\",\"patch\",\"update\",\"delete\"]}]}");
    assertTrue(code == 200 || code == 201, "cluster role: " + code);
    code = server.send("PUT", "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/team-a-namespace",
        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"ClusterRoleBinding\",\"metadata\":{\"name\":\"team-a-namespace\"},"
            + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\"team-a-namespace\"},"
            + "\"subjects\":[{\"kind\":\"User\",\"name\":\"" + KubeApiServer.DEPLOYER + "\"}]}");
    assertTrue(code == 200 || code == 201, "cluster role binding: " + code);

    Stack stack = stack("team-a").namespace("team-a").add(namespace("team-a").label("team", "a"),
        serviceAccount("spark"), role("driver").rules(rule().apiGroups("").resources("pods").verbs(GET, LIST, WATCH)),
        roleBinding("driver").role("driver").serviceAccount("spark"), configMap("c").data("k", "v"));
    Engine deployer = RealServer.engine(server, KubeApiServer.DEPLOYER, strategy);
    Plan plan = deployer.plan(stack, PlanOptions.defaults().withAdopt(true));
    assertTrue(plan.reads().contains("get Namespace team-a (may not list Namespace)"), plan.reads()::toString);
    apply(deployer, plan);
    assertEquals("a", admin.namespaces().withName("team-a").get().getMetadata().getLabels().get("team"));
    Plan again = deployer.plan(stack, PlanOptions.defaults());
    assertFalse(again.hasErrors() || again.hasChanges(), () -> PlanFormatter.text(again));
    // The platform team's Role and RoleBinding live in team-a: destroy keeps the Namespace, and says why.
    Plan destroy = deployer.planDestroy("team-a", "team-a");
    assertTrue(PlanFormatter.text(destroy).contains("Namespace team-a: kept, not deleted: it holds 2 objects stack team-a"
        + " does not own: RoleBinding team-a/deployer, Role team-a/all; --allow-namespace-delete deletes it with them"),
        () -> PlanFormatter.text(destroy));
    ApplyReport destroyed = apply(deployer, destroy);
    assertEquals("Destroy complete: 4 deleted, 0 failed, 0 skipped", destroyed.summary());
    assertEquals(null, admin.namespaces().withName("team-a").get().getMetadata().getDeletionTimestamp());
  }
}
