package dev.sparkform.compile;

import dev.sparkform.compile.SparkConfMapper.Aspect;
import dev.sparkform.compile.SparkProperties.Origin;
import dev.sparkform.dsl.Dsl;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkConnect;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.model.kubeflow.ConnectExecutorSpec;
import dev.sparkform.model.kubeflow.ServerSpec;
import dev.sparkform.model.kubeflow.SparkConnectSpec;
import dev.sparkform.render.SparkSubmitFiles;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link SparkConnect} server for each target:
 * <ul>
 *   <li>kubeflow: a {@code sparkoperator.k8s.io/v1alpha1} SparkConnect. The operator creates the
 *       server pod {@code NAME-server} from {@code server.template} (so every typed server setting is
 *       in that template, {@link ServerPods}) and the server's Service, which Sparkform names
 *       {@code NAME} ({@code server.service.metadata.name}); executor settings are Spark keys in
 *       {@code sparkConf}, except the CRD's typed cores, memory and instances.</li>
 *   <li>apache: a SparkApplication running {@value SparkConnect#SERVER_CLASS} with no main file, as the
 *       operator's examples do; clients reach it through the driver Service the operator makes,
 *       {@code NAME-0-driver-svc} (its {@code job/pi-swift.yaml} example).</li>
 *   <li>spark-submit: what the kubeflow operator does, as plain objects: a StatefulSet {@code NAME}
 *       of one pod (never two servers, and a stable name) running {@code spark-submit} in client mode
 *       against the in-cluster API, the pod's IP as the driver host and its name as the driver pod, so
 *       the executors it starts are owned by it and go with it; a headless Service {@code NAME}
 *       (gRPC 15002, driver 7078, block manager 7079, UI 4040); a ConfigMap
 *       {@code NAME-executor-template} when the executors need a pod template.</li>
 * </ul>
 * With {@link SparkConnect#allowClients} every target also gets a NetworkPolicy {@code NAME-clients}:
 * the server pod (label {@value #SERVER_LABEL}) accepts gRPC from pods with the client labels and
 * anything from its own executors (label {@value #EXECUTOR_LABEL}), which connect back to the driver.
 */
final class SparkConnectCompiler {
  static final String SERVER_LABEL = "sparkform.dev/spark-connect-server";
  static final String EXECUTOR_LABEL = "sparkform.dev/spark-connect-executor";
  static final int DRIVER_PORT = 7078;
  static final int BLOCK_MANAGER_PORT = 7079;
  static final int UI_PORT = 4040;
  static final String TEMPLATE_DIR = "/opt/sparkform/connect";
  static final String TEMPLATE_FILE = "executor-pod-template.yaml";
  static final String EXECUTOR_CONTAINER = "spark-kubernetes-executor";
  /** The in-cluster API server, as Spark's master URL. */
  static final String MASTER = "k8s://" + Submitter.IN_CLUSTER_API;

  private SparkConnectCompiler() {}

  static void compile(Target target, SparkConnect c, ObjectMeta meta, Problems p, List<HasMetadata> out) {
    SparkApp app = labelled(c);
    KubeflowOnlyFields.check(app, target, p);
    ApacheOnlyFields.check(app, target, p);
    // The checks every target shares, as for apps: sizes Spark can read, sparkConf never contradicting a typed field.
    EffectiveConf.of(app, meta.getNamespace(), p);
    switch (target) {
      case KUBEFLOW -> out.add(kubeflow(c, app, meta, p));
      case APACHE -> out.add(ApacheCompiler.app(app, meta, p));
      default -> out.addAll(standalone(c, app, meta, p));
    }
    if (!c.clientLabels().isEmpty()) {
      out.add(networkPolicy(c, meta));
    }
  }

  /** The app, with the labels the NetworkPolicy selects by on the server and its executors. */
  private static SparkApp labelled(SparkConnect c) {
    SparkApp app = c.app();
    if (c.clientLabels().isEmpty()) {
      return app;
    }
    return app.driver(app.driver().label(SERVER_LABEL, c.name())).executor(app.executor().label(EXECUTOR_LABEL, c.name()));
  }

  /**
   * The app with only the driver settings Spark applies to a client-mode driver (cores, heap and
   * overhead, Java options): the server pod is not Spark's, and its other settings are in the pod.
   */
  private static SparkApp jvmOnly(SparkApp app) {
    SparkPod s = app.driver();
    SparkPod d = Dsl.driver();
    if (s.cores().isPresent()) {
      d = d.cores(s.cores().getAsInt());
    }
    if (s.memory().isPresent()) {
      d = d.memory(s.memory().get());
    }
    if (s.memoryOverhead().isPresent()) {
      d = d.memoryOverhead(s.memoryOverhead().get());
    }
    if (s.memoryOverheadFactor().isPresent()) {
      d = d.memoryOverheadFactor(s.memoryOverheadFactor().getAsDouble());
    }
    if (s.javaOptions().isPresent()) {
      d = d.javaOptions(s.javaOptions().get());
    }
    return app.driver(d);
  }

  /** The server pod: the typed server settings, its service account and labels, a container named as Spark's driver's. */
  private static PodTemplateSpec serverPod(SparkApp app, Map<String, String> labels) {
    return ServerPods.template(app.driverPod(), PodTemplates.containerName(app.driverPod()), app.image().orElse(null),
        PodParts.pullPolicy(app.imagePullPolicy()), app.imagePullSecrets(), app.driverServiceAccount(),
        labels);
  }

  // ---- kubeflow

  private static final Set<Aspect> KUBEFLOW_NATIVE = EnumSet.of(Aspect.SERVICE_ACCOUNT, Aspect.INSTANCES,
      Aspect.DYNAMIC_ALLOCATION, Aspect.HADOOP_CONF);

  private static HasMetadata kubeflow(SparkConnect c, SparkApp app, ObjectMeta meta, Problems p) {
    SparkProperties conf = SparkConfMapper.map(jvmOnly(app), KUBEFLOW_NATIVE);
    // The operator sets the image (spec.image) and the CRD has typed cores and memory: not said twice.
    conf.remove("spark.kubernetes.container.image");
    SparkPod server = app.driverPod();
    SparkPod executor = app.executorPod();
    for (String key : List.of("spark.driver.cores", "spark.driver.memory", "spark.executor.cores", "spark.executor.memory")) {
      conf.remove(key);
    }
    ObjectMetaBuilder service = new ObjectMetaBuilder().withName(c.name());
    if (!c.serviceAnnotations().isEmpty()) {
      service.withAnnotations(new LinkedHashMap<>(c.serviceAnnotations()));
    }
    SparkConnectSpec spec = new SparkConnectSpec()
        .withSparkVersion(app.sparkVersion().orElseThrow())
        .withImage(app.image().orElse(null))
        .withHadoopConf(Absent.ifEmpty(app.hadoopConf()))
        .withSparkConf(Absent.ifEmpty(conf.asMap()))
        .withServer(new ServerSpec()
            .withCores(Absent.ifEmpty(server.cores()))
            .withMemory(server.memory().isPresent() ? server.memory().get().toSpark() : null)
            .withService(new ServiceBuilder().withMetadata(service.build()).build())
            .withTemplate(serverPod(app, Map.of())))
        .withExecutor(new ConnectExecutorSpec()
            .withCores(Absent.ifEmpty(executor.cores()))
            .withInstances(Absent.ifEmpty(executor.instances()))
            .withMemory(executor.memory().isPresent() ? executor.memory().get().toSpark() : null)
            .withTemplate(UserTemplates.pod(executor).orElse(null)));
    if (app.dynamicAllocation().isPresent()) {
      spec.withDynamicAllocation(KubeflowCompiler.dynamicAllocation(app.dynamicAllocation().get()));
    }
    return new dev.sparkform.model.kubeflow.SparkConnect().withMetadata(meta).withSpec(spec);
  }

  // ---- spark-submit (no operator)

  /** The keys that make spark-submit a client-mode driver inside this pod, which the user's sparkConf may not change. */
  private static Map<String, String> clientModeKeys(String namespace, Optional<PodTemplateSpec> executorTemplate) {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("spark.kubernetes.namespace", namespace);
    keys.put("spark.driver.host", "$(POD_IP)");
    keys.put("spark.driver.bindAddress", "0.0.0.0");
    keys.put("spark.driver.port", Integer.toString(DRIVER_PORT));
    keys.put("spark.driver.blockManager.port", Integer.toString(BLOCK_MANAGER_PORT));
    keys.put("spark.kubernetes.driver.pod.name", "$(POD_NAME)");
    if (executorTemplate.isPresent()) {
      keys.put("spark.kubernetes.executor.podTemplateFile", TEMPLATE_DIR + "/" + TEMPLATE_FILE);
      // Named only when the template has that container: Spark otherwise takes a container of its own.
      if (Containers.named(executorTemplate.get().getSpec().getContainers(), EXECUTOR_CONTAINER) != null) {
        keys.put("spark.kubernetes.executor.podTemplateContainerName", EXECUTOR_CONTAINER);
      }
    }
    return keys;
  }

  private static List<HasMetadata> standalone(SparkConnect c, SparkApp app, ObjectMeta meta, Problems p) {
    String name = c.name();
    String ns = meta.getNamespace();
    SparkProperties conf = SparkConfMapper.map(jvmOnly(app), EnumSet.of(Aspect.SERVICE_ACCOUNT));
    Optional<PodTemplateSpec> executorTemplate = UserTemplates.pod(app.executorPod());
    for (Map.Entry<String, String> e : clientModeKeys(ns, executorTemplate).entrySet()) {
      String k = e.getKey();
      String v = e.getValue();
      String own = app.sparkConf().get(k);
      if (own != null && !own.equals(v)) {
        p.add("sparkConf %s=%s cannot be expressed for target spark-submit: the server pod sets it to %s", k, own, v);
      }
      conf.put(k, v, Origin.SPARKFORM_DEFAULT, "the Spark Connect server is a client-mode driver in its pod");
    }
    if (!app.sparkConf().containsKey("spark.kubernetes.executor.podNamePrefix")) {
      conf.put("spark.kubernetes.executor.podNamePrefix", name, Origin.SPARKFORM_DEFAULT, "executors named after the server");
    }
    List<String> args = new ArrayList<>(List.of("--master", MASTER, "--deploy-mode", "client",
        "--class", SparkConnect.SERVER_CLASS, "--name", name));
    for (Map.Entry<String, String> e : conf.asMap().entrySet()) {
      String k = e.getKey();
      args.add("--conf");
      // Kubernetes expands $(VAR) of the container's env in args; a literal "$(" is written "$$(".
      args.add(k + "=" + (k.equals("spark.driver.host") || k.equals("spark.kubernetes.driver.pod.name")
          ? e.getValue() : e.getValue().replace("$(", "$$(")));
    }
    args.add("spark-internal");

    Map<String, String> selector = Map.of(SERVER_LABEL, name);
    PodTemplateSpec pod = serverPod(app, selector);
    Container main = Containers.named(pod.getSpec().getContainers(), PodTemplates.containerName(app.driverPod()));
    main.setCommand(List.of("/opt/spark/bin/spark-submit"));
    main.setArgs(args);
    List<io.fabric8.kubernetes.api.model.EnvVar> env = new ArrayList<>(main.getEnv());
    env.add(new EnvVarBuilder().withName("POD_IP").withNewValueFrom().withNewFieldRef().withFieldPath("status.podIP")
        .endFieldRef().endValueFrom().build());
    env.add(new EnvVarBuilder().withName("POD_NAME").withNewValueFrom().withNewFieldRef().withFieldPath("metadata.name")
        .endFieldRef().endValueFrom().build());
    main.setEnv(env);
    main.setPorts(List.of(
        new ContainerPortBuilder().withName("spark-connect").withContainerPort(SparkConnect.PORT).build(),
        new ContainerPortBuilder().withName("driver-rpc").withContainerPort(DRIVER_PORT).build(),
        new ContainerPortBuilder().withName("blockmanager").withContainerPort(BLOCK_MANAGER_PORT).build(),
        new ContainerPortBuilder().withName("web-ui").withContainerPort(UI_PORT).build()));
    // As the kubeflow operator probes its server: up within 5 minutes, ready while the gRPC port answers.
    main.setStartupProbe(tcpProbe(5, 30));
    main.setReadinessProbe(tcpProbe(null, 3));

    List<HasMetadata> out = new ArrayList<>();
    if (executorTemplate.isPresent()) {
      String configMap = name + "-executor-template";
      out.add(new ConfigMapBuilder().withMetadata(new ObjectMetaBuilder(meta).withName(configMap).build())
          .withData(Map.of(TEMPLATE_FILE, SparkSubmitFiles.pod(executorTemplate.get()))).build());
      pod.getSpec().getVolumes().add(new io.fabric8.kubernetes.api.model.VolumeBuilder().withName("executor-template")
          .withNewConfigMap().withName(configMap).endConfigMap().build());
      List<io.fabric8.kubernetes.api.model.VolumeMount> mounts = new ArrayList<>(main.getVolumeMounts());
      mounts.add(new io.fabric8.kubernetes.api.model.VolumeMountBuilder().withName("executor-template")
          .withMountPath(TEMPLATE_DIR).withReadOnly(true).build());
      main.setVolumeMounts(mounts);
    }
    ObjectMeta serviceMeta = new ObjectMetaBuilder(meta).build();
    if (!c.serviceAnnotations().isEmpty()) {
      Map<String, String> annotations = new LinkedHashMap<>(meta.getAnnotations());
      annotations.putAll(c.serviceAnnotations());
      serviceMeta.setAnnotations(annotations);
    }
    out.add(new ServiceBuilder().withMetadata(serviceMeta).withNewSpec().withClusterIP("None").withSelector(selector)
        .withPorts(port("spark-connect", SparkConnect.PORT, "grpc"), port("driver-rpc", DRIVER_PORT, "tcp"),
            port("blockmanager", BLOCK_MANAGER_PORT, "tcp"), port("web-ui", UI_PORT, "http"))
        .endSpec().build());
    out.add(new StatefulSetBuilder().withMetadata(meta).withNewSpec()
        .withReplicas(1).withServiceName(name)
        .withNewSelector().withMatchLabels(selector).endSelector()
        .withTemplate(pod)
        .endSpec().build());
    return out;
  }

  private static Probe tcpProbe(Integer initialDelay, int failures) {
    return new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString(SparkConnect.PORT)).endTcpSocket()
        .withInitialDelaySeconds(initialDelay).withPeriodSeconds(10).withFailureThreshold(failures).build();
  }

  private static io.fabric8.kubernetes.api.model.ServicePort port(String name, int port, String protocol) {
    return new ServicePortBuilder().withName(name).withPort(port).withTargetPort(new IntOrString(port))
        .withAppProtocol(protocol).build();
  }

  // ---- every target

  private static NetworkPolicy networkPolicy(SparkConnect c, ObjectMeta meta) {
    return new NetworkPolicyBuilder()
        .withMetadata(new ObjectMetaBuilder(meta).withName(c.name() + "-clients").build())
        .withNewSpec()
        .withNewPodSelector().withMatchLabels(Map.of(SERVER_LABEL, c.name())).endPodSelector()
        .withPolicyTypes("Ingress")
        .addNewIngress()
        .withFrom(new NetworkPolicyPeerBuilder().withNewPodSelector().withMatchLabels(new TreeMap<>(c.clientLabels()))
            .endPodSelector().build())
        .withPorts(new NetworkPolicyPortBuilder().withProtocol("TCP").withPort(new IntOrString(SparkConnect.PORT)).build())
        .endIngress()
        .addNewIngress()
        .withFrom(new NetworkPolicyPeerBuilder().withNewPodSelector().withMatchLabels(Map.of(EXECUTOR_LABEL, c.name()))
            .endPodSelector().build())
        .endIngress()
        .endSpec().build();
  }
}
