package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import dev.sparkform.kubetier.AuditLog;
import dev.sparkform.kubetier.FaultProxy;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 300-object stack applied through a proxy that faults 20% of the requests (500, 503, 429 with
 * Retry-After, made-up 409s, connections reset before or after the server handled the request)
 * converges by re-running: nothing lost, nothing created twice, no foreign object touched.
 */
@ExtendWith(RealApiServerExtension.class)
class RealFaultsTest {
  static final int RUNS = 15;
  final KubeApiServer server;
  final KubernetesClient admin;

  RealFaultsTest(KubeApiServer server) {
    this.server = server;
    this.admin = server.client();
  }

  @AfterEach
  void clean() {
    server.deleteNamespace("faults");
  }

  static Stack big() {
    List<StackResource> r = new ArrayList<>();
    r.add(namespace("faults"));
    for (int i = 0; i < 100; i++) {
      r.add(configMap("settings-" + i).data("k", "v" + i));
      r.add(secret("token-" + i).data("t", literal("secret-" + i)));
    }
    for (int i = 0; i < 99; i++) {
      r.add(serviceAccount("sa-" + i));
    }
    return stack("faults").namespace("faults").add(r.toArray(StackResource[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-side", "server-side"})
  void aStackConvergesThroughFaultsAndTouchesNothingElse(String strategy) {
    Stack stack = big();
    assertEquals(300, RealServer.compile(stack, dev.sparkform.compile.Target.KUBEFLOW).size());
    server.createNamespace("faults");
    // Foreign objects among the stack's: unlabelled, and another stack's members.
    for (int i = 0; i < 20; i++) {
      admin.configMaps().inNamespace("faults").resource(new ConfigMapBuilder().withNewMetadata().withName("foreign-" + i)
          .addToLabels(i % 2 == 0 ? Map.of() : Map.of(ApplySet.PART_OF_LABEL, "applyset-someone-else-v1"))
          .endMetadata().addToData("k", "theirs").build()).create();
    }
    Map<String, String> foreignVersions = versions();

    try (FaultProxy proxy = FaultProxy.start(server, 0.2, strategy.hashCode());
        KubernetesClient faulty = new KubernetesClientBuilder().withConfig(new ConfigBuilder(server.config(KubeApiServer.ADMIN))
            .withMasterUrl(proxy.url()).withRequestRetryBackoffInterval(20).build()).build()) {
      Engine engine = Engine.on(faulty).withParallelism(4).withStrategy(strategy.equals("server-side")
          ? WriteStrategy.serverSide(faulty, false) : WriteStrategy.clientSide(faulty));
      int mark = server.audit().size();
      List<String> runs = new ArrayList<>();
      boolean converged = false;
      for (int run = 1; run <= RUNS && !converged; run++) {
        try {
          // --adopt: the test made the namespace first, to put foreign objects in it.
          Plan plan = engine.plan(stack, PlanOptions.defaults().withAdopt(true));
          if (!plan.hasErrors() && !plan.hasChanges() && !plan.parentOutdated()) {
            converged = true;
            runs.add("run " + run + ": converged");
            continue;
          }
          if (plan.hasErrors()) {
            runs.add("run " + run + ": plan errors " + plan.errors().size() + " " + plan.errors().stream()
                .map(e -> e.replaceAll("^[^:]*: ", "")).distinct().limit(3).toList());
            continue;
          }
          ApplyReport report = engine.apply(plan);
          runs.add("run " + run + ": " + report.summary());
        } catch (KubernetesClientException e) {
          runs.add("run " + run + ": aborted: " + e.getMessage());
        }
      }
      System.out.printf("RealFaultsTest %s: %d requests through the proxy, faults %s; %s%n", strategy,
          proxy.requests(), proxy.counts(), String.join("; ", runs));
      assertTrue(converged, () -> String.join("\n", runs));

      // Nothing lost: every object as declared (read directly, not through the proxy).
      for (int i = 0; i < 100; i++) {
        assertEquals("v" + i, admin.configMaps().inNamespace("faults").withName("settings-" + i).get().getData().get("k"));
        assertEquals("secret-" + i, new String(java.util.Base64.getDecoder().decode(admin.secrets().inNamespace("faults")
            .withName("token-" + i).get().getData().get("t")), java.nio.charset.StandardCharsets.UTF_8));
      }
      assertEquals(99 + 0, admin.serviceAccounts().inNamespace("faults").list().getItems().size());
      // Nothing touched that is not the stack's.
      assertEquals(foreignVersions, versions());
      // Nothing created twice: each object has one successful create at most.
      AuditLog writes = server.audit().since(mark);
      Map<String, Long> creates = writes.events().stream().filter(e -> e.verb().equals("create") && e.code() == 201
          && !e.dryRun()).collect(Collectors.groupingBy(e -> e.resource() + "/" + e.name(), Collectors.counting()));
      assertTrue(creates.values().stream().allMatch(n -> n == 1), creates::toString);
      assertTrue(writes.events().stream().filter(e -> e.verb().equals("delete")).allMatch(e -> e.name() == null
          || !e.name().startsWith("foreign-")), "no foreign object was asked to be deleted");
    }
  }

  /** resourceVersion of every foreign config map. */
  private Map<String, String> versions() {
    Map<String, String> out = new LinkedHashMap<>();
    for (ConfigMap c : admin.configMaps().inNamespace("faults").list().getItems()) {
      if (c.getMetadata().getName().startsWith("foreign-")) {
        out.put(c.getMetadata().getName(), c.getMetadata().getResourceVersion());
      }
    }
    return out;
  }
}
