package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example × target × strategy on a real kube-apiserver: apply, plan (no changes), re-apply
 * (no write in the audit log), history, destroy (nothing of the stack left).
 */
@ExtendWith(RealApiServerExtension.class)
class RealLifecycleTest {
  /** The example × target pairs that compile (a target that cannot express an example refuses it). */
  static List<Arguments> pairs() {
    List<Arguments> out = new ArrayList<>();
    for (Example e : Examples.all()) {
      for (Target t : Target.values()) {
        try {
          RealServer.compile(e.define(), t);
          out.add(Arguments.of(e.name(), t));
        } catch (ValidationException refused) {
          // golden/approved holds the refusal; nothing to apply
        }
      }
    }
    return out;
  }

  static Stream<Arguments> cases() {
    return pairs().stream().flatMap(p -> Stream.of("client-side", "server-side")
        .map(s -> Arguments.of(p.get()[0], p.get()[1], s)));
  }

  @Test
  void twentyFivePairsCompile() {
    assertEquals(25, pairs().size(), () -> "example × target pairs: " + pairs().stream()
        .map(a -> a.get()[0] + "/" + a.get()[1]).toList());
  }

  @ParameterizedTest(name = "{0} --target {1} --strategy {2}")
  @MethodSource("cases")
  void lifecycle(String example, Target target, String strategy, KubeApiServer server) {
    Stack stack = Examples.named(example).orElseThrow().define();
    List<HasMetadata> objects = RealServer.compile(stack, target);
    RealServer.assumeCrdsFor(objects);
    Engine engine = RealServer.engine(server, strategy);
    RealServer.undeclaredNamespaces(objects).forEach(server::createNamespace);
    try {
      Plan plan = engine.plan(stack.name(), stack.namespace(), objects, PlanOptions.defaults());
      assertFalse(plan.hasErrors(), () -> PlanFormatter.text(plan));
      ApplyReport applied = engine.apply(plan);
      assertTrue(applied.ok(), () -> ReportFormatter.text(applied));

      Plan again = engine.plan(stack.name(), stack.namespace(), objects, PlanOptions.defaults());
      assertFalse(again.hasErrors() || again.hasChanges() || again.parentOutdated(), () -> PlanFormatter.text(again));
      int mark = server.audit().size();
      ApplyReport reapplied = engine.apply(again);
      assertTrue(reapplied.ok(), () -> ReportFormatter.text(reapplied));
      assertEquals(List.of(), server.audit().since(mark).writesBy(KubeApiServer.ADMIN), "re-apply writes nothing");

      assertEquals(1, engine.history(stack.name(), stack.namespace()).size(), "one revision recorded");

      ApplyReport destroyed = engine.apply(engine.planDestroy(stack.name(), stack.namespace()));
      assertTrue(destroyed.ok(), () -> ReportFormatter.text(destroyed));
      var client = server.client();
      for (HasMetadata o : objects) {
        HasMetadata live = client.resource(o).get();
        assertTrue(live == null || live.getKind().equals("Namespace") && live.getMetadata().getDeletionTimestamp() != null,
            () -> o.getKind() + " " + o.getMetadata().getName() + " survived destroy");
      }
    } finally {
      RealServer.removeNamespaces(server, RealServer.namespaces(objects));
    }
  }
}
