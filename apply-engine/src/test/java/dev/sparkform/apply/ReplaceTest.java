package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sparkform.dsl.Stack;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Immutable fields: an error without --allow-replace, delete and re-create with it. */
class ReplaceTest {
  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  static Stack bindingTo(String role) {
    return stack("rbac").namespace("jobs").add(namespace("jobs"), serviceAccount("spark"),
        role("reader").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        role("writer").rules(rule().apiGroups("").resources("pods").verbs(GET, CREATE)),
        roleBinding("driver").role(role).serviceAccount("spark"));
  }

  @Test
  void aRoleRefChangeIsAnErrorWithoutAllowReplace() {
    ReportAssert.ok(cluster.apply(bindingTo("reader")));
    Plan plan = cluster.plan(bindingTo("writer"));
    assertEquals(List.of("RoleBinding jobs/driver: roleRef cannot be changed in place (immutable);"
        + " pass --allow-replace to delete and re-create it"), plan.errors());
    cluster.recorder.clear();
    assertThrows(PlanException.class, () -> cluster.engine.apply(plan));
    assertEquals(List.of(), cluster.recorder.writes());
  }

  @Test
  void withAllowReplaceTheBindingIsDeletedAndCreated() {
    ReportAssert.ok(cluster.apply(bindingTo("reader")));
    Plan plan = cluster.engine.plan(bindingTo("writer"), PlanOptions.defaults().withAllowReplace(true));
    assertEquals("Plan: 0 to add, 0 to change, 1 to replace, 0 to prune", plan.summary());
    assertEquals(List.of("roleRef"), plan.changes().stream().filter(c -> c.action() == Action.REPLACE)
        .findFirst().orElseThrow().immutableFields());
    cluster.recorder.clear();
    ReportAssert.ok(cluster.engine.apply(plan));
    assertEquals(List.of("DELETE /apis/rbac.authorization.k8s.io/v1/namespaces/jobs/rolebindings/driver",
        "POST /apis/rbac.authorization.k8s.io/v1/namespaces/jobs/rolebindings",
        "PUT /api/v1/namespaces/jobs/secrets/sparkform-rbac"), // the revision record
        cluster.recorder.writes().stream().map(Object::toString).toList());
    assertEquals("writer", cluster.client().rbac().roleBindings().inNamespace("jobs").withName("driver").get()
        .getRoleRef().getName());
  }

  @Test
  void anImmutableConfigMapsDataCannotChangeInPlace() {
    ReportAssert.ok(cluster.apply(stack("c").namespace("jobs").add(namespace("jobs"),
        configMap("frozen").data("k", "1").immutable(true))));
    Plan plan = cluster.plan(stack("c").namespace("jobs").add(namespace("jobs"),
        configMap("frozen").data("k", "2").immutable(true)));
    assertEquals(List.of("ConfigMap jobs/frozen: data (the object is immutable: true) cannot be changed in place"
        + " (immutable); pass --allow-replace to delete and re-create it"), plan.errors());
  }
}
