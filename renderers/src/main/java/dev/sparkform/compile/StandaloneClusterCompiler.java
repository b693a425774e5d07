package dev.sparkform.compile;

import dev.sparkform.dsl.ClusterNode;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkCluster;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodDNSConfigBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpecBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.StringJoiner;

/**
 * A {@link SparkCluster} as the plain Kubernetes objects of a Spark standalone cluster, for the
 * no-operator target ({@code --target spark-submit}): the objects the Apache spark-kubernetes-operator
 * itself creates for a SparkCluster, so that a user without the operator gets the same cluster.
 *
 * <p>Followed: apache/spark-kubernetes-operator, {@code spark-submission-worker/src/main/java/org/apache/
 * spark/k8s/operator/SparkClusterResourceSpec.java}, the newest version we could read (default image
 * {@code apache/spark:4.1.1}; it builds the worker HorizontalPodAutoscaler, PodDisruptionBudget and
 * NetworkPolicy, and runs {@code start-master.sh}/{@code start-worker.sh} followed by a
 * {@code spark-daemon.sh status} loop; older versions, e.g. commit 22226e20, ran the scripts with
 * {@code SPARK_NO_DAEMONIZE=1} and made only the Services and StatefulSets), with
 * {@code SparkClusterSubmissionWorker.java} (commit 86515c14: the effective Spark conf) and
 * {@code spark-operator-api/.../Constants.java} (commit 01a09218: label names). Our SparkCluster
 * model follows the operator's CRDs of commit d5acafd. In order, for cluster {@code N} in
 * namespace {@code NS}:
 * <ul>
 *   <li>Service {@code N-master-svc}: headless, selects {@code spark.operator/spark-cluster-name=N,
 *       spark-role=master}; ports web 8080, spark 7077, rest 6066 (named target ports).</li>
 *   <li>Service {@code N-worker-svc}: headless, selects the workers; port web 8081.</li>
 *   <li>StatefulSet {@code N-master}: 1 replica, {@code Parallel}; container {@code master} runs
 *       {@code bash -c "/opt/spark/sbin/start-master.sh && while /opt/spark/sbin/spark-daemon.sh status
 *       org.apache.spark.deploy.master.Master 1; do sleep 1; done"} with env {@code SPARK_MASTER_OPTS}.</li>
 *   <li>StatefulSet {@code N-worker}: {@code initWorkers} replicas, service {@code N-worker-svc}, DNS
 *       search {@code N-worker-svc.NS.svc.cluster.local}; container {@code worker} runs
 *       {@code start-worker.sh spark://N-master-svc:7077} and the same loop, with env
 *       {@code SPARK_LOG_DIR=/opt/spark/work/logs} and {@code SPARK_WORKER_OPTS}.</li>
 *   <li>NetworkPolicy {@code N-worker}: workers accept traffic only from the cluster's own pods.</li>
 *   <li>HorizontalPodAutoscaler {@code N-worker-hpa} (autoscaling/v2), only when minWorkers &lt;
 *       maxWorkers: bounds min..max on StatefulSet {@code N-worker}; its spec is
 *       {@code workerAutoscaling} when given, else the operator's default (worker container CPU at
 *       30 % utilization, up 1 pod per 60 s, down 1 pod per 600 s).</li>
 *   <li>PodDisruptionBudget {@code N-worker-pdb}, only when minWorkers &ge; 1: minAvailable 1.</li>
 * </ul>
 * Both pods get {@code schedulerName} ({@code spark.kubernetes.scheduler.name} or
 * {@code default-scheduler}), {@code terminationGracePeriodSeconds: 0} and the labels
 * {@code spark-role}, {@code spark.operator/spark-cluster-name}, {@code spark-version}; every object
 * carries {@code spark-version} (sparkVersion). The options variable holds the effective Spark conf
 * as {@code -Dkey="value"}: {@code spark.shuffle.service.enabled=true} (the operator's default), the
 * image as {@code spark.kubernetes.container.image}, your sparkConf (with {@code {{SPARK_VERSION}}}
 * in the image replaced), then {@code spark.kubernetes.namespace=NS}. Missing worker counts are 0,
 * as the operator's defaults. The typed master/worker settings (resources as requests = limits,
 * scheduling, priority class, security contexts — restricted by default, {@link RestrictedDefaults} —,
 * pod labels and annotations, your StatefulSet spec) form the StatefulSet it starts from, as the operator's {@code withNewSpecLike(statefulSetSpec)};
 * {@code statefulSetAnnotations} and {@code serviceAnnotations} go on those objects. The pods run
 * with the namespace's default service account: a standalone cluster calls no Kubernetes API, so it
 * needs no Spark RBAC (and the stack derives none for a SparkCluster).
 *
 * <p>Deliberate differences, each because the operator's choice is wrong or needs the operator:
 * <ul>
 *   <li>The master container declares port spark as 7077, where the master listens; the operator
 *       declares 7070, which only works because its service is headless.</li>
 *   <li>Both StatefulSets also select {@code spark.operator/spark-cluster-name=N}, not only
 *       {@code spark-role}: otherwise two clusters in one namespace overlap, and the HPA (which counts
 *       the pods of the StatefulSet's selector) would average over another cluster's workers.</li>
 *   <li>The options are in key order (the operator's SparkConf is a hash map) and {@code \} and
 *       {@code "} in a value are escaped as Spark's launcher parses them (the operator writes them raw).</li>
 *   <li>The cluster's own labels and annotations (and the stack's labels) are on every object: with no
 *       SparkCluster object, they would be lost otherwise.</li>
 *   <li>No image is an error: the operator would pick its own default image, whatever your sparkVersion.</li>
 *   <li>No owner references or status: there is no SparkCluster object to own them; {@code kubectl
 *       delete} (or prune) removes the objects.</li>
 * </ul>
 * Like the operator, the worker StatefulSet states {@code replicas: initWorkers} also when an HPA
 * scales it; the operator applies it once, at creation, but applying the render again sets the
 * workers back to {@code initWorkers} until the HPA scales them again.
 * scalaVersion and jdkVersion do not change these objects (the operator ignores them for a cluster
 * too); a contradicting {@code spark.kubernetes.namespace}, an image, command or args of the master
 * or worker container in your StatefulSet spec (the start script owns them), and an autoscaler
 * whose minimum would be 0 workers are errors naming the target.
 */
final class StandaloneClusterCompiler {
  static final String ROLE_LABEL = "spark-role";
  static final String CLUSTER_LABEL = "spark.operator/spark-cluster-name";
  static final String VERSION_LABEL = "spark-version";
  static final int MASTER_PORT = 7077;
  static final String IMAGE_KEY = "spark.kubernetes.container.image";
  static final String NAMESPACE_KEY = "spark.kubernetes.namespace";
  static final String SCHEDULER_KEY = "spark.kubernetes.scheduler.name";
  private static final String SBIN = "/opt/spark/sbin/";

  private StandaloneClusterCompiler() {}

  /** The objects in the order the operator creates them; nothing (and problems) when it cannot be done. */
  static List<HasMetadata> compile(SparkCluster cluster, ObjectMeta meta, Problems p) {
    String t = Target.SPARK_SUBMIT.cliName();
    String name = cluster.name();
    String ns = meta.getNamespace();
    String version = cluster.sparkVersion().orElseThrow();
    int before = p.all().size();
    Map<String, String> conf = conf(cluster, ns, p);
    String image = conf.get(IMAGE_KEY);
    if (image == null) {
      p.add("image is required for target %s: without the operator nothing picks one"
          + " (set image(..) or sparkConf %s)", t, IMAGE_KEY);
    }
    checkTemplate(cluster.master(), "master", p.at("master"));
    checkTemplate(cluster.workers(), "worker", p.at("workers"));
    int init = cluster.initWorkers().orElse(0);
    int min = cluster.minWorkers().orElse(0);
    int max = cluster.maxWorkers().orElse(0);
    if (min < max && min < 1) {
      p.add("workerInstances minimum %d cannot be expressed for target %s: a HorizontalPodAutoscaler"
          + " scales between at least 1 and %d workers", min, t, max);
    }
    if (p.all().size() > before) {
      return List.of();
    }
    String options = options(conf);
    String scheduler = conf.getOrDefault(SCHEDULER_KEY, "default-scheduler");

    List<HasMetadata> out = new ArrayList<>();
    out.add(service(meta, name + "-master-svc", "master", name, version, cluster.master(),
        List.of(port("web", 8080), port("spark", MASTER_PORT), port("rest", 6066))));
    out.add(service(meta, name + "-worker-svc", "worker", name, version, cluster.workers(),
        List.of(port("web", 8081))));
    Container master = new ContainerBuilder().withImage(image)
        .addNewEnv().withName("SPARK_MASTER_OPTS").withValue(options).endEnv()
        .withCommand("bash")
        .withArgs("-c", SBIN + "start-master.sh && " + statusLoop("org.apache.spark.deploy.master.Master"))
        .withPorts(containerPort("web", 8080), containerPort("spark", MASTER_PORT), containerPort("rest", 6066))
        .build();
    out.add(statefulSet(meta, name, "master", version, cluster.master(), 1, null, scheduler, master));
    Container worker = new ContainerBuilder().withImage(image)
        .addNewEnv().withName("SPARK_LOG_DIR").withValue("/opt/spark/work/logs").endEnv()
        .addNewEnv().withName("SPARK_WORKER_OPTS").withValue(options).endEnv()
        .withCommand("bash")
        .withArgs("-c", SBIN + "start-worker.sh " + masterUrl(name) + " && "
            + statusLoop("org.apache.spark.deploy.worker.Worker"))
        .withPorts(containerPort("web", 8081))
        .build();
    StatefulSet workers = statefulSet(meta, name, "worker", version, cluster.workers(), init, name + "-worker-svc",
        scheduler, worker);
    workers.getSpec().getTemplate().getSpec().setDnsConfig(new PodDNSConfigBuilder()
        .withSearches(name + "-worker-svc." + ns + ".svc.cluster.local").build());
    out.add(workers);
    out.add(networkPolicy(meta, name));
    if (min < max) {
      out.add(autoscaler(meta, name, version, cluster.workerAutoscaling(), min, max));
    }
    if (min >= 1) {
      out.add(disruptionBudget(meta, name, version));
    }
    return out;
  }

  /** What a driver passes to {@code spark-submit --master}. */
  static String masterUrl(String clusterName) {
    return "spark://" + clusterName + "-master-svc:" + MASTER_PORT;
  }

  /** The operator's effective conf, in key order. */
  private static Map<String, String> conf(SparkCluster cluster, String ns, Problems p) {
    Map<String, String> conf = new TreeMap<>();
    conf.put("spark.shuffle.service.enabled", "true");
    if (cluster.image().isPresent()) {
      conf.put(IMAGE_KEY, cluster.image().get());
    }
    conf.putAll(cluster.sparkConf());
    if (conf.containsKey(IMAGE_KEY)) {
      conf.put(IMAGE_KEY, conf.get(IMAGE_KEY).replace("{{SPARK_VERSION}}", cluster.sparkVersion().orElseThrow()));
    }
    String own = cluster.sparkConf().get(NAMESPACE_KEY);
    if (own != null && !own.equals(ns)) {
      p.add("sparkConf %s=%s contradicts the cluster's namespace %s (target %s)", NAMESPACE_KEY, own, ns,
          Target.SPARK_SUBMIT.cliName());
    }
    conf.put(NAMESPACE_KEY, ns);
    return conf;
  }

  /** {@code -Dk="v"} each, parsed by Spark's launcher: inside quotes, a backslash escapes the next character. */
  static String options(Map<String, String> conf) {
    StringJoiner out = new StringJoiner(" ");
    for (Map.Entry<String, String> e : conf.entrySet()) {
      out.add("-D" + e.getKey() + "=\"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
    return out.toString();
  }

  private static String statusLoop(String daemonClass) {
    return "while " + SBIN + "spark-daemon.sh status " + daemonClass + " 1; do sleep 1; done";
  }

  private static void checkTemplate(ClusterNode node, String container, Problems p) {
    Optional<StatefulSetSpec> own = node.statefulSetSpec();
    if (own.isEmpty() || own.get().getTemplate() == null || own.get().getTemplate().getSpec() == null) {
      return;
    }
    Container c = Containers.named(own.get().getTemplate().getSpec().getContainers(), container);
    if (c == null) {
      return;
    }
    List<String> set = new ArrayList<>();
    if (c.getImage() != null) {
      set.add("image");
    }
    if (c.getCommand() != null && !c.getCommand().isEmpty()) {
      set.add("command");
    }
    if (c.getArgs() != null && !c.getArgs().isEmpty()) {
      set.add("args");
    }
    if (!set.isEmpty()) {
      p.add("statefulSetSpec: the %s of container %s cannot be expressed for target %s: the start script"
          + " and the cluster's image own them (as with the operator)", String.join(", ", set), container,
          Target.SPARK_SUBMIT.cliName());
    }
  }

  private static ObjectMeta meta(ObjectMeta base, String name, Map<String, String> labels,
      Map<String, String> annotations) {
    Map<String, String> allLabels = new LinkedHashMap<>(base.getLabels());
    allLabels.putAll(labels);
    Map<String, String> allAnnotations = new LinkedHashMap<>(base.getAnnotations());
    allAnnotations.putAll(annotations);
    return new ObjectMetaBuilder().withName(name).withNamespace(base.getNamespace()).withLabels(allLabels)
        .withAnnotations(allAnnotations).build();
  }

  private static Map<String, String> selector(String cluster, String role) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(CLUSTER_LABEL, cluster);
    m.put(ROLE_LABEL, role);
    return m;
  }

  private static Service service(ObjectMeta base, String name, String role, String cluster, String version,
      ClusterNode node, List<ServicePort> ports) {
    return new ServiceBuilder()
        .withMetadata(meta(base, name, Map.of(ROLE_LABEL, role, VERSION_LABEL, version), node.serviceAnnotations()))
        .withNewSpec().withClusterIP("None").withSelector(selector(cluster, role)).withPorts(ports).endSpec()
        .build();
  }

  private static ServicePort port(String name, int port) {
    return new ServicePortBuilder().withName(name).withPort(port).withTargetPort(new IntOrString(name)).build();
  }

  private static io.fabric8.kubernetes.api.model.ContainerPort containerPort(String name, int port) {
    return new ContainerPortBuilder().withName(name).withContainerPort(port).build();
  }

  /** The node's StatefulSet spec (typed settings over yours) with the operator's fields laid over it. */
  private static StatefulSet statefulSet(ObjectMeta base, String cluster, String role, String version,
      ClusterNode node, int replicas, String serviceName, String scheduler, Container daemon) {
    StatefulSetSpec from = ClusterNodes.statefulSetSpec(node, role);
    StatefulSetSpec spec = from == null ? new StatefulSetSpec() : new StatefulSetSpecBuilder(from).build();
    spec.setPodManagementPolicy("Parallel");
    spec.setReplicas(replicas);
    spec.setServiceName(serviceName);
    spec.setSelector(new io.fabric8.kubernetes.api.model.LabelSelectorBuilder()
        .withMatchLabels(selector(cluster, role)).build());
    PodTemplateSpec template = spec.getTemplate() == null ? new PodTemplateSpec() : spec.getTemplate();
    spec.setTemplate(template);
    ObjectMeta podMeta = template.getMetadata() == null ? new ObjectMeta() : template.getMetadata();
    template.setMetadata(podMeta);
    Map<String, String> podLabels = new LinkedHashMap<>(podMeta.getLabels());
    podLabels.put(ROLE_LABEL, role);
    podLabels.put(CLUSTER_LABEL, cluster);
    podLabels.put(VERSION_LABEL, version);
    podMeta.setLabels(podLabels);
    PodSpec pod = template.getSpec() == null ? new PodSpec() : template.getSpec();
    template.setSpec(pod);
    pod.setSchedulerName(scheduler);
    pod.setTerminationGracePeriodSeconds(0L);
    List<Container> containers = new ArrayList<>(pod.getContainers());
    Container c = Containers.named(containers, role);
    if (c == null) {
      c = new ContainerBuilder().withName(role).build();
      containers.add(c);
    }
    pod.setContainers(containers);
    c.setImage(daemon.getImage());
    List<EnvVar> env = new ArrayList<>(c.getEnv());
    env.addAll(daemon.getEnv());
    c.setEnv(env);
    c.setCommand(daemon.getCommand());
    c.setArgs(daemon.getArgs());
    List<io.fabric8.kubernetes.api.model.ContainerPort> ports = new ArrayList<>(c.getPorts());
    ports.addAll(daemon.getPorts());
    c.setPorts(ports);
    return new StatefulSetBuilder()
        .withMetadata(meta(base, cluster + "-" + role, Map.of(ROLE_LABEL, role, VERSION_LABEL, version),
            node.statefulSetAnnotations()))
        .withSpec(spec).build();
  }

  private static NetworkPolicy networkPolicy(ObjectMeta base, String cluster) {
    return new NetworkPolicyBuilder()
        .withMetadata(meta(base, cluster + "-worker", Map.of(CLUSTER_LABEL, cluster), Map.of()))
        .withNewSpec()
        .withNewPodSelector().withMatchLabels(selector(cluster, "worker")).endPodSelector()
        .addNewIngress().addNewFrom().withNewPodSelector().withMatchLabels(Map.of(CLUSTER_LABEL, cluster))
        .endPodSelector().endFrom().endIngress()
        .endSpec().build();
  }

  private static HorizontalPodAutoscaler autoscaler(ObjectMeta base, String cluster, String version,
      Optional<HorizontalPodAutoscalerSpec> own, int min, int max) {
    HorizontalPodAutoscalerSpec spec = own.isPresent() ? new HorizontalPodAutoscalerSpecBuilder(own.get()).build()
        : defaultAutoscaling();
    spec.setScaleTargetRef(new io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReferenceBuilder()
        .withApiVersion("apps/v1").withKind("StatefulSet").withName(cluster + "-worker").build());
    spec.setMinReplicas(min);
    spec.setMaxReplicas(max);
    return new HorizontalPodAutoscalerBuilder()
        .withMetadata(meta(base, cluster + "-worker-hpa", Map.of(VERSION_LABEL, version), Map.of()))
        .withSpec(spec).build();
  }

  /** The operator's default: scale on the worker container's CPU, one pod at a time. */
  private static HorizontalPodAutoscalerSpec defaultAutoscaling() {
    return new HorizontalPodAutoscalerSpecBuilder()
        .addToMetrics(new MetricSpecBuilder().withType("ContainerResource")
            .withNewContainerResource().withName("cpu").withContainer("worker")
            .withNewTarget().withType("Utilization").withAverageUtilization(30).endTarget()
            .endContainerResource().build())
        .withNewBehavior()
        .withNewScaleUp().addNewPolicy().withType("Pods").withValue(1).withPeriodSeconds(60).endPolicy().endScaleUp()
        .withNewScaleDown().addNewPolicy().withType("Pods").withValue(1).withPeriodSeconds(600).endPolicy()
        .endScaleDown()
        .endBehavior()
        .build();
  }

  private static PodDisruptionBudget disruptionBudget(ObjectMeta base, String cluster, String version) {
    return new PodDisruptionBudgetBuilder()
        .withMetadata(meta(base, cluster + "-worker-pdb", Map.of(VERSION_LABEL, version), Map.of()))
        .withNewSpec().withMinAvailable(new IntOrString(1))
        .withNewSelector().withMatchLabels(selector(cluster, "worker")).endSelector()
        .endSpec().build();
  }
}
