package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An object that changed between plan and apply is reported, not touched (issue 10, item 4): deletes
 * carry the uid and resourceVersion the plan read, updates the resourceVersion. Plans come only
 * from the engine.
 */
@ExtendWith(RealApiServerExtension.class)
class RealChangedSincePlanTest {
  final KubeApiServer server;
  final KubernetesClient admin;

  RealChangedSincePlanTest(KubeApiServer server) {
    this.server = server;
    this.admin = server.client();
  }

  @AfterEach
  void clean() {
    server.deleteNamespace("race");
  }

  static Stack stack(boolean withOld, String value) {
    Stack s = dev.sparkform.dsl.Dsl.stack("race").namespace("race").add(namespace("race"),
        configMap("kept").data("k", value));
    return withOld ? s.add(configMap("old").data("k", "v")) : s;
  }

  ConfigMap get(String name) {
    return admin.configMaps().inNamespace("race").withName(name).get();
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void aPruneOfAnObjectChangedSinceThePlanIsReportedAndItStays(String strategy) {
    Engine engine = RealServer.engine(server, strategy);
    RealPlanChecksTest.apply(engine, engine.plan(stack(true, "1"), PlanOptions.defaults()));
    Plan prune = engine.plan(stack(false, "1"), PlanOptions.defaults());
    assertEquals(1, prune.count(Action.DELETE));
    admin.configMaps().inNamespace("race").withName("old").edit(c -> new ConfigMapBuilder(c).addToData("k", "someone's")
        .build());

    ApplyReport report = engine.apply(prune);
    assertFalse(report.ok());
    assertTrue(ReportFormatter.text(report).contains("ConfigMap race/old: FAILED to delete (it changed since the plan"
        + " read it, so it was left as it is; plan again (409 "), () -> ReportFormatter.text(report));
    assertEquals("someone's", get("old").getData().get("k"));
  }

  @Test
  void anObjectDeletedAndCreatedAgainSinceThePlanIsNotDeleted() {
    Engine engine = RealServer.engine(server, "server-side");
    RealPlanChecksTest.apply(engine, engine.plan(stack(true, "1"), PlanOptions.defaults()));
    Plan prune = engine.plan(stack(false, "1"), PlanOptions.defaults());
    ConfigMap old = get("old");
    admin.configMaps().inNamespace("race").withName("old").delete();
    admin.configMaps().inNamespace("race").resource(new ConfigMapBuilder().withNewMetadata().withName("old")
        .withLabels(old.getMetadata().getLabels()).endMetadata().addToData("k", "new owner's").build()).create();

    ApplyReport report = engine.apply(prune);
    assertFalse(report.ok());
    assertNotNull(get("old"), "a different object of that name: not ours to delete");
    assertEquals("new owner's", get("old").getData().get("k"));
  }

  @Test
  void aServerSideUpdateOfAnObjectChangedSinceThePlanIsReportedAndTheirChangeStays() {
    Engine engine = RealServer.engine(server, "server-side");
    RealPlanChecksTest.apply(engine, engine.plan(stack(false, "1"), PlanOptions.defaults()));
    Plan update = engine.plan(stack(false, "2"), PlanOptions.defaults());
    admin.configMaps().inNamespace("race").withName("kept").edit(c -> new ConfigMapBuilder(c)
        .addToData("other", "someone's").build());

    ApplyReport report = engine.apply(update);
    assertFalse(report.ok());
    assertTrue(ReportFormatter.text(report).contains("ConfigMap race/kept: FAILED to update (it changed since the plan"),
        () -> ReportFormatter.text(report));
    assertEquals("1", get("kept").getData().get("k"));
    assertEquals("someone's", get("kept").getData().get("other"));
    RealPlanChecksTest.apply(engine, engine.plan(stack(false, "2"), PlanOptions.defaults())); // a new plan goes through
    assertEquals("2", get("kept").getData().get("k"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void anObjectSomeoneCreatedSinceThePlanIsNotTakenOver(String strategy) {
    Engine engine = RealServer.engine(server, strategy);
    RealPlanChecksTest.apply(engine, engine.plan(stack(false, "1"), PlanOptions.defaults()));
    Plan create = engine.plan(stack(true, "1"), PlanOptions.defaults());
    assertEquals(1, create.count(Action.CREATE));
    admin.configMaps().inNamespace("race").resource(new ConfigMapBuilder().withNewMetadata().withName("old")
        .endMetadata().addToData("mine", "someone's").build()).create();

    ApplyReport report = engine.apply(create);
    assertFalse(report.ok(), () -> ReportFormatter.text(report));
    ConfigMap theirs = get("old");
    assertEquals(java.util.Map.of("mine", "someone's"), theirs.getData());
    assertTrue(theirs.getMetadata().getLabels() == null || theirs.getMetadata().getLabels().isEmpty(),
        () -> "not made a member of the stack: " + theirs.getMetadata().getLabels());
  }

  @Test
  void plansAndChangesCannotBeBuiltOutsideTheEngine() {
    for (Class<?> c : new Class<?>[] {Plan.class, Change.class}) {
      assertTrue(Arrays.stream(c.getDeclaredConstructors()).noneMatch(k -> Modifier.isPublic(k.getModifiers())
          || Modifier.isProtected(k.getModifiers())), c + " has a constructor others can call");
      assertTrue(Modifier.isFinal(c.getModifiers()), c + " can be subclassed");
    }
  }
}
