package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionConditionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A CRD is written after Namespaces and Established before its custom resources are created. */
class CrdTest {
  static final String CRD_NAME = "sparkapplications.sparkoperator.k8s.io";

  final SandboxCluster cluster = new SandboxCluster();
  final AtomicLong now = new AtomicLong();
  final AtomicInteger sleeps = new AtomicInteger();

  @AfterEach
  void close() {
    cluster.close();
  }

  static CustomResourceDefinition crd() {
    return new CustomResourceDefinitionBuilder().withNewMetadata().withName(CRD_NAME).endMetadata()
        .withNewSpec().withGroup("sparkoperator.k8s.io").withScope("Namespaced")
        .withNewNames().withKind("SparkApplication").withPlural("sparkapplications").withSingular("sparkapplication")
        .endNames()
        .addNewVersion().withName("v1beta2").withServed(true).withStorage(true).withNewSchema().withNewOpenAPIV3Schema()
        .withType("object").withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema().endVersion()
        .endSpec().build();
  }

  static GenericKubernetesResource sparkPi() {
    GenericKubernetesResource app = new GenericKubernetesResource();
    app.setApiVersion("sparkoperator.k8s.io/v1beta2");
    app.setKind("SparkApplication");
    app.setMetadata(new ObjectMetaBuilder().withName("spark-pi").withNamespace("jobs").build());
    app.setAdditionalProperty("spec", Map.of("type", "Scala", "mode", "cluster", "sparkVersion", "4.0.0"));
    return app;
  }

  /** Declared in the "wrong" order on purpose: the engine orders them. */
  static final List<HasMetadata> OBJECTS = List.of(sparkPi(), crd(),
      new NamespaceBuilder().withNewMetadata().withName("jobs").endMetadata().build());

  Engine engine(Runnable controller) {
    return cluster.engine.withEstablishTimeout(Duration.ofSeconds(3)).withWaiter(cluster.engine.waiter(
        Duration.ofSeconds(1), now::get, d -> {
          now.addAndGet(d.toNanos());
          if (sleeps.incrementAndGet() == 1) {
            controller.run();
          }
        }));
  }

  void establish() {
    cluster.client().apiextensions().v1().customResourceDefinitions().withName(CRD_NAME).editStatus(c -> {
      c.setStatus(new io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionStatusBuilder()
          .withConditions(
              new CustomResourceDefinitionConditionBuilder().withType("NamesAccepted").withStatus("True").build(),
              new CustomResourceDefinitionConditionBuilder().withType("Established").withStatus("True").build())
          .build());
      return c;
    });
  }

  @Test
  void customResourcesWaitForTheirDefinition() {
    Engine engine = engine(this::establish);
    ApplyReport report = ReportAssert.ok(engine.apply(engine.plan("spark", "jobs", OBJECTS, PlanOptions.defaults())));
    assertEquals(List.of("Namespace jobs", "CustomResourceDefinition " + CRD_NAME, "SparkApplication.sparkoperator.k8s.io jobs/spark-pi"),
        report.outcomes().stream().map(o -> o.ref().toString()).toList());
    List<String> requests = cluster.recorder.requests().stream().map(Object::toString).toList();
    String establishedByTheController = "PATCH /apis/apiextensions.k8s.io/v1/customresourcedefinitions/" + CRD_NAME + "/status";
    assertEquals(List.of(
        "POST /api/v1/namespaces",
        "POST /api/v1/namespaces/jobs/secrets",
        "POST /apis/apiextensions.k8s.io/v1/customresourcedefinitions",
        establishedByTheController,
        "POST /apis/sparkoperator.k8s.io/v1beta2/namespaces/jobs/sparkapplications",
        "PUT /api/v1/namespaces/jobs/secrets/sparkform-spark"),
        cluster.recorder.writes().stream().map(Object::toString).toList());
    // The engine looked at the CRD after the controller's write, and only then created the resource.
    int established = requests.indexOf(establishedByTheController);
    int created = requests.indexOf("POST /apis/sparkoperator.k8s.io/v1beta2/namespaces/jobs/sparkapplications");
    int lastLook = requests.subList(0, created).lastIndexOf(
        "GET /apis/apiextensions.k8s.io/v1/customresourcedefinitions/" + CRD_NAME);
    assertTrue(established < lastLook && lastLook < created, requests.toString());

    Plan again = cluster.engine.plan("spark", "jobs", OBJECTS, PlanOptions.defaults());
    assertEquals(false, again.hasChanges(), PlanFormatter.text(again));
    Plan without = cluster.engine.plan("spark", "jobs", OBJECTS.subList(1, 3), PlanOptions.defaults());
    assertEquals("Plan: 0 to add, 0 to change, 0 to replace, 1 to prune", without.summary(), "the custom resource is found by label");
  }

  @Test
  void aDefinitionThatIsNeverEstablishedSkipsItsResources() {
    Engine engine = engine(() -> { });
    ApplyReport report = engine.apply(engine.plan("spark", "jobs", OBJECTS, PlanOptions.defaults()));
    Outcome app = report.outcomes().get(2);
    assertEquals(Outcome.Status.SKIPPED, app.status());
    assertEquals("skipped: its CustomResourceDefinition " + CRD_NAME + " is not Established (timed out after 3.0s"
        + " waiting; last: not yet Established and NamesAccepted)", app.message());
  }
}
