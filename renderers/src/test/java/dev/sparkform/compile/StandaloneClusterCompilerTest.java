package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sparkform.dsl.Scheduling;
import dev.sparkform.dsl.SparkCluster;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.render.Format;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpecBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The spark-submit target's rendering of a SparkCluster: the objects the Apache operator creates. */
class StandaloneClusterCompilerTest {
  private static final Scheduling POOL = scheduling().nodeSelector("node-pool", "spark")
      .tolerations(tolerate("dedicated", "spark", NO_SCHEDULE));
  private static final String MASTER_SCRIPT = "/opt/spark/sbin/start-master.sh && while /opt/spark/sbin/spark-daemon.sh"
      + " status org.apache.spark.deploy.master.Master 1; do sleep 1; done";
  private static final String WORKER_SCRIPT = "/opt/spark/sbin/start-worker.sh spark://shared-master-svc:7077 && while"
      + " /opt/spark/sbin/spark-daemon.sh status org.apache.spark.deploy.worker.Worker 1; do sleep 1; done";

  private static SparkCluster cluster() {
    return sparkCluster("shared").sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .label("team", "data").annotation("owner", "platform")
        .master(clusterNode().resources(cores(2), gib(4)).scheduling(POOL).priorityClassName("spark-high")
            .serviceAnnotation("svc", "m").statefulSetAnnotation("sts", "m"))
        .workers(clusterNode().resources(millicores(7500), gib(32)).scheduling(POOL)
            .scheduling(scheduling().require(node("zone").in("a", "b")))
            .label("tier", "worker").annotation("safe-to-evict", "false")
            .podSecurityContext(securityContext().runAsUser(185).runAsGroup(185).fsGroup(185)))
        .workerInstances(2, 2, 10)
        .sparkConf("spark.master.ui.title", "Shared \"prod\" cluster");
  }

  private static List<HasMetadata> compile(SparkCluster cluster) {
    Stack s = stack("st").namespace("spark").add(cluster);
    return StackCompiler.create().target(Target.SPARK_SUBMIT).compile(s);
  }

  private static String kindsAndNames(List<HasMetadata> objects) {
    return objects.stream().map(o -> o.getKind() + " " + o.getMetadata().getName()).collect(Collectors.joining(", "));
  }

  private static Map<String, String> env(Container c) {
    Map<String, String> m = new LinkedHashMap<>();
    for (EnvVar e : c.getEnv()) {
      m.put(e.getName(), e.getValue());
    }
    return m;
  }

  @Test
  void rendersTheOperatorsObjectsInItsOrder() {
    List<HasMetadata> objects = compile(cluster());
    assertEquals("Service shared-master-svc, Service shared-worker-svc, StatefulSet shared-master,"
        + " StatefulSet shared-worker, NetworkPolicy shared-worker, HorizontalPodAutoscaler shared-worker-hpa,"
        + " PodDisruptionBudget shared-worker-pdb", kindsAndNames(objects));
    objects.forEach(o -> assertEquals("spark", o.getMetadata().getNamespace(), o.getMetadata().getName()));
    // the cluster's own labels and annotations, and the stack's labels, are on every object
    objects.forEach(o -> {
      assertEquals("data", o.getMetadata().getLabels().get("team"));
      assertEquals("sparkform", o.getMetadata().getLabels().get("app.kubernetes.io/managed-by"));
      assertEquals("platform", o.getMetadata().getAnnotations().get("owner"));
    });
  }

  @Test
  void servicesAreHeadlessWithTheOperatorsPortsAndSelectors() {
    List<HasMetadata> objects = compile(cluster());
    Service master = (Service) objects.get(0);
    assertEquals("None", master.getSpec().getClusterIP());
    assertEquals(Map.of("spark-role", "master", "spark.operator/spark-cluster-name", "shared"),
        master.getSpec().getSelector());
    assertEquals(List.of("web 8080->web", "spark 7077->spark", "rest 6066->rest"), ports(master));
    assertEquals("master", master.getMetadata().getLabels().get("spark-role"));
    assertEquals("4.0.1", master.getMetadata().getLabels().get("spark-version"));
    assertEquals("m", master.getMetadata().getAnnotations().get("svc"));
    Service worker = (Service) objects.get(1);
    assertEquals("None", worker.getSpec().getClusterIP());
    assertEquals(Map.of("spark-role", "worker", "spark.operator/spark-cluster-name", "shared"),
        worker.getSpec().getSelector());
    assertEquals(List.of("web 8081->web"), ports(worker));
    assertNull(worker.getMetadata().getAnnotations().get("svc"));
  }

  private static List<String> ports(Service s) {
    return s.getSpec().getPorts().stream().map(ServicePort.class::cast)
        .map(p -> p.getName() + " " + p.getPort() + "->" + p.getTargetPort().getStrVal()).collect(Collectors.toList());
  }

  @Test
  void masterStatefulSetStartsTheMasterWithTheConfAsOptions() {
    StatefulSet master = (StatefulSet) compile(cluster()).get(2);
    assertEquals(1, master.getSpec().getReplicas());
    assertEquals("Parallel", master.getSpec().getPodManagementPolicy());
    assertNull(master.getSpec().getServiceName());
    assertEquals(Map.of("spark-role", "master", "spark.operator/spark-cluster-name", "shared"),
        master.getSpec().getSelector().getMatchLabels());
    assertEquals("m", master.getMetadata().getAnnotations().get("sts"));
    assertEquals(Map.of("spark-role", "master", "spark.operator/spark-cluster-name", "shared", "spark-version", "4.0.1"),
        master.getSpec().getTemplate().getMetadata().getLabels());
    PodSpec pod = master.getSpec().getTemplate().getSpec();
    assertEquals("default-scheduler", pod.getSchedulerName());
    assertEquals(0L, pod.getTerminationGracePeriodSeconds());
    assertEquals("spark-high", pod.getPriorityClassName());
    assertEquals(Map.of("node-pool", "spark"), pod.getNodeSelector());
    assertEquals("dedicated=spark:NoSchedule", pod.getTolerations().get(0).getKey() + "="
        + pod.getTolerations().get(0).getValue() + ":" + pod.getTolerations().get(0).getEffect());
    assertEquals(1, pod.getContainers().size());
    Container c = pod.getContainers().get(0);
    assertEquals("master", c.getName());
    assertEquals("apache/spark:4.0.1", c.getImage());
    assertEquals(List.of("bash"), c.getCommand());
    assertEquals(List.of("-c", MASTER_SCRIPT), c.getArgs());
    assertEquals(Map.of("SPARK_MASTER_OPTS", "-Dspark.kubernetes.container.image=\"apache/spark:4.0.1\""
        + " -Dspark.kubernetes.namespace=\"spark\" -Dspark.master.ui.title=\"Shared \\\"prod\\\" cluster\""
        + " -Dspark.shuffle.service.enabled=\"true\""), env(c));
    assertEquals(List.of("web:8080", "spark:7077", "rest:6066"),
        c.getPorts().stream().map(p -> p.getName() + ":" + p.getContainerPort()).collect(Collectors.toList()));
    assertEquals(Map.of("cpu", new Quantity("2"), "memory", new Quantity("4Gi")), c.getResources().getRequests());
    assertEquals(Map.of("cpu", new Quantity("2"), "memory", new Quantity("4Gi")), c.getResources().getLimits());
  }

  @Test
  void workerStatefulSetJoinsTheMasterAndScalesFromInitWorkers() {
    StatefulSet worker = (StatefulSet) compile(cluster()).get(3);
    assertEquals(2, worker.getSpec().getReplicas());
    assertEquals("shared-worker-svc", worker.getSpec().getServiceName());
    assertEquals("Parallel", worker.getSpec().getPodManagementPolicy());
    assertEquals(Map.of("spark-role", "worker", "spark.operator/spark-cluster-name", "shared"),
        worker.getSpec().getSelector().getMatchLabels());
    assertEquals(Map.of("spark-role", "worker", "spark.operator/spark-cluster-name", "shared", "spark-version", "4.0.1",
        "tier", "worker"), worker.getSpec().getTemplate().getMetadata().getLabels());
    assertEquals(Map.of("safe-to-evict", "false"), worker.getSpec().getTemplate().getMetadata().getAnnotations());
    PodSpec pod = worker.getSpec().getTemplate().getSpec();
    assertEquals(List.of("shared-worker-svc.spark.svc.cluster.local"), pod.getDnsConfig().getSearches());
    assertEquals(0L, pod.getTerminationGracePeriodSeconds());
    assertEquals(185L, pod.getSecurityContext().getRunAsUser());
    assertEquals("zone", pod.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
        .getNodeSelectorTerms().get(0).getMatchExpressions().get(0).getKey());
    Container c = pod.getContainers().get(0);
    assertEquals("worker", c.getName());
    assertEquals(List.of("bash"), c.getCommand());
    assertEquals(List.of("-c", WORKER_SCRIPT), c.getArgs());
    assertEquals(List.of("SPARK_LOG_DIR", "SPARK_WORKER_OPTS"), List.copyOf(env(c).keySet()));
    assertEquals("/opt/spark/work/logs", env(c).get("SPARK_LOG_DIR"));
    assertEquals(List.of("web:8081"),
        c.getPorts().stream().map(p -> p.getName() + ":" + p.getContainerPort()).collect(Collectors.toList()));
    assertEquals(Map.of("cpu", new Quantity("7500m"), "memory", new Quantity("32Gi")), c.getResources().getLimits());
    assertEquals(c.getResources().getLimits(), c.getResources().getRequests());
  }

  @Test
  void workersGetTheOperatorsPolicyAutoscalerAndDisruptionBudget() {
    List<HasMetadata> objects = compile(cluster());
    NetworkPolicy policy = (NetworkPolicy) objects.get(4);
    assertEquals(Map.of("spark-role", "worker", "spark.operator/spark-cluster-name", "shared"),
        policy.getSpec().getPodSelector().getMatchLabels());
    assertEquals(Map.of("spark.operator/spark-cluster-name", "shared"),
        policy.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector().getMatchLabels());
    HorizontalPodAutoscaler hpa = (HorizontalPodAutoscaler) objects.get(5);
    assertEquals(2, hpa.getSpec().getMinReplicas());
    assertEquals(10, hpa.getSpec().getMaxReplicas());
    assertEquals("apps/v1 StatefulSet shared-worker", hpa.getSpec().getScaleTargetRef().getApiVersion() + " "
        + hpa.getSpec().getScaleTargetRef().getKind() + " " + hpa.getSpec().getScaleTargetRef().getName());
    var metric = hpa.getSpec().getMetrics().get(0);
    assertEquals("ContainerResource cpu worker Utilization 30", metric.getType() + " "
        + metric.getContainerResource().getName() + " " + metric.getContainerResource().getContainer() + " "
        + metric.getContainerResource().getTarget().getType() + " "
        + metric.getContainerResource().getTarget().getAverageUtilization());
    var up = hpa.getSpec().getBehavior().getScaleUp().getPolicies().get(0);
    var down = hpa.getSpec().getBehavior().getScaleDown().getPolicies().get(0);
    assertEquals("Pods 1/60s, Pods 1/600s", up.getType() + " " + up.getValue() + "/" + up.getPeriodSeconds() + "s, "
        + down.getType() + " " + down.getValue() + "/" + down.getPeriodSeconds() + "s");
    assertEquals("4.0.1", hpa.getMetadata().getLabels().get("spark-version"));
    PodDisruptionBudget pdb = (PodDisruptionBudget) objects.get(6);
    assertEquals(new IntOrString(1), pdb.getSpec().getMinAvailable());
    assertEquals(Map.of("spark-role", "worker", "spark.operator/spark-cluster-name", "shared"),
        pdb.getSpec().getSelector().getMatchLabels());
  }

  @Test
  void yourAutoscalingSpecReplacesTheDefaultAndBoundsComeFromWorkerInstances() {
    var spec = new HorizontalPodAutoscalerSpecBuilder().addToMetrics(new MetricSpecBuilder().withType("Resource")
        .withNewResource().withName("memory").withNewTarget().withType("Utilization").withAverageUtilization(70)
        .endTarget().endResource().build()).build();
    HorizontalPodAutoscaler hpa = (HorizontalPodAutoscaler) compile(cluster().workerInstances(3, 1, 4)
        .workerAutoscaling(spec)).get(5);
    assertEquals("Resource memory", hpa.getSpec().getMetrics().get(0).getType() + " "
        + hpa.getSpec().getMetrics().get(0).getResource().getName());
    assertNull(hpa.getSpec().getBehavior());
    assertEquals(List.of(1, 4), List.of(hpa.getSpec().getMinReplicas(), hpa.getSpec().getMaxReplicas()));
    assertNull(spec.getScaleTargetRef(), "the user's spec is copied, never changed");
  }

  @Test
  void fixedWorkersHaveNoAutoscalerAndNoWorkersNoDisruptionBudget() {
    List<HasMetadata> fixed = compile(cluster().workerInstances(3, 3, 3));
    assertEquals("Service shared-master-svc, Service shared-worker-svc, StatefulSet shared-master,"
        + " StatefulSet shared-worker, NetworkPolicy shared-worker, PodDisruptionBudget shared-worker-pdb",
        kindsAndNames(fixed));
    assertEquals(3, ((StatefulSet) fixed.get(3)).getSpec().getReplicas());
    // without workerInstances the operator's defaults are 0 workers
    List<HasMetadata> none = compile(sparkCluster("shared").sparkVersion("4.0.1").image("apache/spark:4.0.1"));
    assertEquals("Service shared-master-svc, Service shared-worker-svc, StatefulSet shared-master,"
        + " StatefulSet shared-worker, NetworkPolicy shared-worker", kindsAndNames(none));
    assertEquals(0, ((StatefulSet) none.get(3)).getSpec().getReplicas());
  }

  @Test
  void imageFromSparkConfWithVersionPlaceholderAndSchedulerFromSparkConf() {
    StatefulSet master = (StatefulSet) compile(sparkCluster("shared").sparkVersion("4.0.1")
        .sparkConf("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}-scala")
        .sparkConf("spark.kubernetes.scheduler.name", "yunikorn")
        .sparkConf("spark.shuffle.service.enabled", "false")).get(2);
    PodSpec pod = master.getSpec().getTemplate().getSpec();
    assertEquals("apache/spark:4.0.1-scala", pod.getContainers().get(0).getImage());
    assertEquals("yunikorn", pod.getSchedulerName());
    assertEquals("-Dspark.kubernetes.container.image=\"apache/spark:4.0.1-scala\" -Dspark.kubernetes.namespace=\"spark\""
        + " -Dspark.kubernetes.scheduler.name=\"yunikorn\" -Dspark.shuffle.service.enabled=\"false\"",
        env(pod.getContainers().get(0)).get("SPARK_MASTER_OPTS"));
  }

  @Test
  void yourStatefulSetSpecIsTheBaseTheOperatorsFieldsGoOver() {
    var own = new StatefulSetSpecBuilder().withNewTemplate().withNewSpec()
        .addNewContainer().withName("sidecar").withImage("busybox").endContainer()
        .addNewContainer().withName("worker").addNewEnv().withName("EXTRA").withValue("1").endEnv().endContainer()
        .endSpec().endTemplate().build();
    StatefulSet worker = (StatefulSet) compile(cluster().workers(clusterNode().resources(cores(1), gib(2))
        .statefulSetSpec(own))).get(3);
    List<Container> cs = worker.getSpec().getTemplate().getSpec().getContainers();
    assertEquals(List.of("sidecar", "worker"), cs.stream().map(Container::getName).collect(Collectors.toList()));
    assertEquals(List.of("EXTRA", "SPARK_LOG_DIR", "SPARK_WORKER_OPTS"), List.copyOf(env(cs.get(1)).keySet()));
    assertEquals(new Quantity("2Gi"), cs.get(1).getResources().getLimits().get("memory"));
    assertEquals("apache/spark:4.0.1", cs.get(1).getImage());
  }

  @Test
  void whatCannotBeRenderedIsAnErrorWithItsPath() {
    var own = new StatefulSetSpecBuilder().withNewTemplate().withNewSpec()
        .addNewContainer().withName("master").withImage("mine").withCommand("sh").endContainer()
        .endSpec().endTemplate().build();
    Stack s = stack("st").namespace("spark").add(sparkCluster("shared").sparkVersion("4.0.1")
        .sparkConf("spark.kubernetes.namespace", "elsewhere")
        .master(clusterNode().statefulSetSpec(own))
        .workerInstances(1, 0, 3));
    ValidationException e = assertThrows(ValidationException.class,
        () -> StackCompiler.create().target(Target.SPARK_SUBMIT).compile(s));
    assertEquals("4 problems\n"
        + "  - stack st > spark cluster shared: sparkConf spark.kubernetes.namespace=elsewhere contradicts the cluster's"
        + " namespace spark (target spark-submit)\n"
        + "  - stack st > spark cluster shared: image is required for target spark-submit: without the operator nothing"
        + " picks one (set image(..) or sparkConf spark.kubernetes.container.image)\n"
        + "  - stack st > spark cluster shared > master: statefulSetSpec: the image, command of container master cannot"
        + " be expressed for target spark-submit: the start script and the cluster's image own them (as with the"
        + " operator)\n"
        + "  - stack st > spark cluster shared: workerInstances minimum 0 cannot be expressed for target spark-submit:"
        + " a HorizontalPodAutoscaler scales between at least 1 and 3 workers", e.getMessage());
  }

  @Test
  void everyObjectParsesBackFromItsYamlIntoAnEqualObject() {
    KubernetesSerialization fabric8 = new KubernetesSerialization();
    for (HasMetadata o : compile(cluster())) {
      String yaml = Format.YAML.render(o);
      HasMetadata parsed = fabric8.unmarshal(yaml, o.getClass());
      assertInstanceOf(o.getClass(), parsed);
      assertEquals(o, parsed, yaml);
    }
  }

  @Test
  void optionsEscapeQuotesAndBackslashesAsSparksLauncherReadsThem() {
    assertEquals("-Da=\"x \\\"y\\\" \\\\z\" -Db=\"\"", StandaloneClusterCompiler.options(new java.util.TreeMap<>(
        Map.of("a", "x \"y\" \\z", "b", ""))));
  }
}
