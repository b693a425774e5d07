package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.SparkConnect;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Spark Connect server for each target: what each gets, and what the server pod and its clients rely on. */
class SparkConnectCompilerTest {
  private static SparkConnect notebooks() {
    return sparkConnect("notebooks").sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .server(driver().cores(2).memory(gib(4)).env("TZ", "UTC").scheduling(scheduling().nodeSelector("pool", "spark")))
        .executor(executor().instances(2).cores(3).memory(gib(8))
            .scheduling(scheduling().tolerations(tolerate("dedicated", "spark", NO_SCHEDULE))))
        .sparkConf("spark.scheduler.mode", "FAIR");
  }

  private static List<HasMetadata> compile(Target t, SparkConnect c) {
    return StackCompiler.create().target(t).compile(stack("st").namespace("analytics").add(c));
  }

  private static <T extends HasMetadata> T only(List<HasMetadata> objects, Class<T> type) {
    List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
    assertEquals(1, found.size(), type.getSimpleName() + " in " + objects.stream().map(HasMetadata::getKind).toList());
    return found.get(0);
  }

  @Test
  void kubeflowGetsASparkConnectWithTheServerPodInItsTemplate() {
    var sc = only(compile(Target.KUBEFLOW, notebooks()), dev.sparkform.model.kubeflow.SparkConnect.class).getSpec();
    assertEquals(2, sc.getServer().getCores());
    assertEquals("4g", sc.getServer().getMemory());
    assertEquals("notebooks", sc.getServer().getService().getMetadata().getName());
    var pod = sc.getServer().getTemplate().getSpec();
    assertEquals("notebooks", pod.getServiceAccountName());
    assertEquals(Map.of("pool", "spark"), pod.getNodeSelector());
    Container server = pod.getContainers().get(0);
    assertEquals("spark-kubernetes-driver", server.getName());
    assertEquals("4505Mi", server.getResources().getLimits().get("memory").toString());
    assertEquals("UTC", server.getEnv().get(0).getValue());
    assertEquals(Boolean.TRUE, server.getSecurityContext().getRunAsNonRoot());
    assertEquals(3, sc.getExecutor().getCores());
    assertEquals(2, sc.getExecutor().getInstances());
    assertEquals("dedicated", sc.getExecutor().getTemplate().getSpec().getTolerations().get(0).getKey());
    // typed fields are not said twice, and the server pod's own settings are not Spark keys
    assertEquals(Map.of("spark.scheduler.mode", "FAIR"), sc.getSparkConf());
  }

  @Test
  void apacheGetsTheServerClassWithoutAMainFile() {
    var app = only(compile(Target.APACHE, notebooks()), dev.sparkform.model.apache.SparkApplication.class).getSpec();
    assertEquals(SparkConnect.SERVER_CLASS, app.getMainClass());
    assertNull(app.getJars());
    assertEquals("spark", app.getSparkConf().get("spark.kubernetes.driver.node.selector.pool"));
    assertEquals("sc://notebooks-0-driver-svc.analytics.svc.cluster.local:15002",
        ClientUrl.of(Target.APACHE, notebooks(), "analytics"));
  }

  @Test
  void sparkSubmitRunsAClientModeDriverInAStatefulSetOfOne() {
    List<HasMetadata> objects = compile(Target.SPARK_SUBMIT, notebooks());
    StatefulSet sts = only(objects, StatefulSet.class);
    assertEquals(1, sts.getSpec().getReplicas());
    Container c = sts.getSpec().getTemplate().getSpec().getContainers().get(0);
    List<String> args = c.getArgs();
    assertEquals(List.of("--master", "k8s://https://kubernetes.default.svc", "--deploy-mode", "client", "--class",
        SparkConnect.SERVER_CLASS, "--name", "notebooks"), args.subList(0, 8));
    assertEquals("spark-internal", args.get(args.size() - 1));
    assertTrue(args.contains("spark.driver.host=$(POD_IP)"), args.toString());
    assertTrue(args.contains("spark.kubernetes.driver.pod.name=$(POD_NAME)"), "executors owned by the server's pod");
    assertTrue(args.contains("spark.kubernetes.namespace=analytics"));
    assertTrue(args.contains("spark.kubernetes.executor.podTemplateFile=/opt/sparkform/connect/executor-pod-template.yaml"));
    assertTrue(args.stream().noneMatch(a -> a.startsWith("spark.kubernetes.driver.node.selector")),
        "the server pod's node selector is the pod's, not a Spark key");
    assertEquals(Map.of("pool", "spark"), sts.getSpec().getTemplate().getSpec().getNodeSelector());
    Service svc = only(objects, Service.class);
    assertEquals("None", svc.getSpec().getClusterIP());
    assertEquals(sts.getSpec().getSelector().getMatchLabels(), svc.getSpec().getSelector());
    assertEquals(sts.getSpec().getTemplate().getMetadata().getLabels(), svc.getSpec().getSelector());
    assertEquals(List.of(15002, 7078, 7079, 4040), svc.getSpec().getPorts().stream().map(p -> p.getPort()).toList());
    ConfigMap template = only(objects, ConfigMap.class);
    assertTrue(template.getData().get("executor-pod-template.yaml").contains("key: dedicated"));
    assertEquals("sc://notebooks.analytics.svc.cluster.local:15002", ClientUrl.of(Target.SPARK_SUBMIT, notebooks(), "analytics"));
  }

  @Test
  void sparkConfMayNotUndoTheClientModeDriver() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> compile(Target.SPARK_SUBMIT, notebooks().sparkConf("spark.driver.port", "9999")));
    assertTrue(e.getMessage().contains("sparkConf spark.driver.port=9999 cannot be expressed for target spark-submit:"
        + " the server pod sets it to 7078"), e.getMessage());
  }

  @Test
  void clientsAreAdmittedByLabelOnEveryTarget() {
    for (Target t : Target.values()) {
      assertTrue(compile(t, notebooks()).stream().noneMatch(NetworkPolicy.class::isInstance), "no clients, no policy");
      List<HasMetadata> objects = compile(t, notebooks().allowClients("spark-connect-client", "true"));
      NetworkPolicy np = only(objects, NetworkPolicy.class);
      assertEquals(Map.of("sparkform.dev/spark-connect-server", "notebooks"), np.getSpec().getPodSelector().getMatchLabels());
      assertEquals(Map.of("spark-connect-client", "true"),
          np.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector().getMatchLabels());
      assertEquals(15002, np.getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntVal());
      assertEquals(Map.of("sparkform.dev/spark-connect-executor", "notebooks"),
          np.getSpec().getIngress().get(1).getFrom().get(0).getPodSelector().getMatchLabels());
      String yaml = dev.sparkform.render.YamlRenderer.render(objects);
      // the server pod and the executors carry the labels the policy selects by
      assertTrue(yaml.contains("sparkform.dev/spark-connect-server: notebooks"), t + yaml);
      assertTrue(yaml.contains("spark.kubernetes.executor.label.sparkform.dev/spark-connect-executor"), t + yaml);
    }
  }

  @Test
  void aHistoryServerIsADeploymentAServiceAndARoute() {
    Stack s = stack("st").namespace("analytics").add(historyServer("history").sparkVersion("4.0.1")
        .image("apache/spark:4.0.1").logDirectory("s3a://spark-events/").server(driver().memory(gib(2)))
        .keepEventLogFiles(10).route(gatewayRoute("public").gatewayNamespace("infra").hostnames("history.example.com")));
    for (Target t : Target.values()) {
      List<HasMetadata> objects = StackCompiler.create().target(t).compile(s);
      assertEquals(List.of("Service", "Deployment", "HTTPRoute"), objects.stream().map(HasMetadata::getKind).toList());
      var d = only(objects, io.fabric8.kubernetes.api.model.apps.Deployment.class);
      assertEquals("Recreate", d.getSpec().getStrategy().getType());
      Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
      assertEquals(List.of("/opt/spark/bin/spark-class", "org.apache.spark.deploy.history.HistoryServer"), c.getCommand());
      assertEquals("-Dspark.history.fs.eventLog.rolling.maxFilesToRetain=\"10\""
          + " -Dspark.history.fs.logDirectory=\"s3a://spark-events/\"", c.getEnv().get(0).getValue());
      assertEquals("2g", c.getEnv().get(1).getValue());
      assertEquals("2432Mi", c.getResources().getRequests().get("memory").toString());
      assertEquals(Boolean.FALSE, d.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken());
      var route = only(objects, io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class);
      assertEquals("infra", route.getSpec().getParentRefs().get(0).getNamespace());
      assertEquals(18080, route.getSpec().getRules().get(0).getBackendRefs().get(0).getPort());
    }
  }
}
