package dev.sparkform.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.model.kubeflow.DriverSpec;
import dev.sparkform.model.kubeflow.ExecutorSpec;
import dev.sparkform.model.kubeflow.ScheduledSparkApplication;
import dev.sparkform.model.kubeflow.ScheduledSparkApplicationSpec;
import dev.sparkform.model.kubeflow.SparkApplication;
import dev.sparkform.model.kubeflow.SparkApplicationSpec;
import dev.sparkform.render.PlainData;
import dev.sparkform.render.YamlRenderer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model as callers use it: fluent construction, identity, rendering, fabric8 interop. */
class ModelApiTest {
  private static SparkApplication pi() {
    return new SparkApplication()
        .withMetadata(new ObjectMetaBuilder().withName("spark-pi").withNamespace("spark-jobs").build())
        .withSpec(new SparkApplicationSpec()
            .withType("Scala").withMode("cluster").withSparkVersion("4.0.1")
            .withMainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .withMainClass("org.apache.spark.examples.SparkPi")
            .withDriver(new DriverSpec().withCores(1).withMemory("512m").withPodName("pi-driver")
                .withTolerations(List.of(new Toleration("NoSchedule", "dedicated", "Equal", null, "spark"))))
            .withExecutor(new ExecutorSpec().withCores(2).withMemory("4g").withInstances(3)));
  }

  @Test
  void sharedAndRoleSpecificSettersChain() {
    DriverSpec d = new DriverSpec().withCores(1).withMemory("512m").withPodName("p");
    assertEquals("p", d.getPodName());
    assertEquals(1, d.getCores());
    ExecutorSpec e = new ExecutorSpec().withMemory("1g").withInstances(2).withCoreLimit("1200m");
    assertEquals(2, e.getInstances());
    assertEquals("1200m", e.getCoreLimit());
  }

  @Test
  void otherSharedBasesChainToo() {
    var worker = new dev.sparkform.model.apache.WorkerSpec()
        .withServiceSpec(new io.fabric8.kubernetes.api.model.ServiceSpecBuilder().withType("ClusterIP").build())
        .withHorizontalPodAutoscalerSpec(new io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpecBuilder()
            .withMaxReplicas(3).build());
    assertEquals(3, worker.getHorizontalPodAutoscalerSpec().getMaxReplicas());
    assertNotEquals(new dev.sparkform.model.apache.MasterSpec(), new dev.sparkform.model.apache.WorkerSpec());
    assertEquals(new dev.sparkform.model.apache.MasterSpec().withServiceSpec(worker.getServiceSpec()),
        new dev.sparkform.model.apache.MasterSpec().withServiceSpec(worker.getServiceSpec()));
    var ingress = new dev.sparkform.model.kubeflow.DriverIngressConfiguration()
        .withServicePort(4040).withServicePortName("ui").withIngressURLFormat("{{$appName}}.example.com");
    assertEquals(Map.of("ingressURLFormat", "{{$appName}}.example.com", "servicePort", 4040, "servicePortName", "ui"),
        PlainData.of(ingress));
    var route = new dev.sparkform.model.apache.DriverHttpRouteSpec()
        .withServiceMetadata(new ObjectMetaBuilder().withName("svc").build())
        .withHttpRouteMetadata(new ObjectMetaBuilder().withName("route").build());
    assertEquals("route", route.getHttpRouteMetadata().getName());
  }

  @Test
  void collectionsAreCopiedIntoMutableOrderedOnes() {
    List<String> args = List.of("10");
    SparkApplicationSpec spec = new SparkApplicationSpec().withArguments(args).withSparkConf(Map.of("a", "1"));
    spec.getArguments().add("20");
    spec.getSparkConf().put("b", "2");
    assertEquals(List.of("10", "20"), spec.getArguments());
    assertEquals(List.of("10"), args);
    assertEquals(java.util.LinkedHashMap.class, spec.getSparkConf().getClass());
    assertEquals(null, spec.withArguments(null).getArguments());
  }

  @Test
  void equalityCoversSharedAndOwnFields() {
    assertEquals(pi(), pi());
    assertEquals(pi().hashCode(), pi().hashCode());
    SparkApplication other = pi();
    other.getSpec().getDriver().setMemory("1g");
    assertNotEquals(pi(), other);
    SparkApplication otherPod = pi();
    otherPod.getSpec().getDriver().setPodName("x");
    assertNotEquals(pi(), otherPod);
    assertNotEquals(new DriverSpec(), new ExecutorSpec());
    assertTrue(pi().toString().contains("podName=pi-driver"), pi().toString());
    assertTrue(pi().toString().contains("memory=512m"), pi().toString());
  }

  @Test
  void resourcesCarryTheirTypeFromTheAnnotations() {
    assertEquals("sparkoperator.k8s.io/v1beta2", HasMetadata.getApiVersion(SparkApplication.class));
    assertEquals(SparkApplication.API_VERSION, new SparkApplication().getApiVersion());
    assertEquals("ScheduledSparkApplication", HasMetadata.getKind(ScheduledSparkApplication.class));
    assertEquals("scheduledsparkapplications", HasMetadata.getPlural(ScheduledSparkApplication.class));
    assertEquals("spark.apache.org/v1", HasMetadata.getApiVersion(dev.sparkform.model.apache.SparkCluster.class));
    assertEquals("sparkclusters", HasMetadata.getPlural(dev.sparkform.model.apache.SparkCluster.class));
    assertEquals(new dev.sparkform.model.apache.SparkApplication().getApiVersion(),
        HasMetadata.getApiVersion(dev.sparkform.model.apache.SparkApplication.class));
  }

  @Test
  void everyResourceSetsTheTypeItsAnnotationsDeclare() throws ReflectiveOperationException {
    for (ModelTypes.Type t : ModelTypes.ALL) {
      HasMetadata o = (HasMetadata) t.modelClass().getConstructor().newInstance();
      assertEquals(HasMetadata.getApiVersion(t.modelClass()), o.getApiVersion(), t.modelClass().getName());
      assertEquals(HasMetadata.getKind(t.modelClass()), o.getKind(), t.modelClass().getName());
      assertEquals(t.apiVersion() + " " + t.kind(), o.getApiVersion() + " " + o.getKind());
    }
  }

  @Test
  void rendersInKeyOrderWithoutEmptiesOrDerivedGetters() {
    String yaml = YamlRenderer.render(pi());
    assertEquals("""
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: spark-pi
          namespace: spark-jobs
        spec:
          type: Scala
          driver:
            cores: 1
            memory: 512m
            podName: pi-driver
            tolerations:
            - effect: NoSchedule
              key: dedicated
              operator: Equal
              value: spark
          executor:
            cores: 2
            instances: 3
            memory: 4g
          mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
          mainClass: org.apache.spark.examples.SparkPi
          mode: cluster
          sparkVersion: 4.0.1
        """, yaml);
  }

  @Test
  void fabric8ReadsAndWritesTheModelByItsRegisteredType() {
    KubernetesSerialization json = new KubernetesSerialization();
    String text = json.asJson(pi());
    Object generic = json.unmarshal(text);
    assertEquals(SparkApplication.class, generic.getClass(), "registered via META-INF/services");
    assertEquals(pi(), generic);
    assertTrue(!text.contains("\"plural\"") && !text.contains("\"markedForDeletion\""), text);
  }

  @Test
  void quantitiesAndTheScheduledTemplateRender() {
    ScheduledSparkApplication s = new ScheduledSparkApplication()
        .withMetadata(new ObjectMetaBuilder().withName("nightly").build())
        .withSpec(new ScheduledSparkApplicationSpec().withSchedule("0 2 * * *").withTimeZone("UTC")
            .withConcurrencyPolicy("Forbid").withTemplate(pi().getSpec()
                .withBatchSchedulerOptions(new dev.sparkform.model.kubeflow.BatchSchedulerConfiguration()
                    .withQueue("batch").withResources(Map.of("cpu", new Quantity("4"))))));
    Map<String, Object> tree = PlainData.of(s);
    Map<?, ?> spec = (Map<?, ?>) tree.get("spec");
    assertEquals("0 2 * * *", spec.get("schedule"));
    Map<?, ?> template = (Map<?, ?>) spec.get("template");
    assertEquals(Map.of("queue", "batch", "resources", Map.of("cpu", "4")), template.get("batchSchedulerOptions"));
  }
}
