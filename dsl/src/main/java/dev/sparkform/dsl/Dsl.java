package dev.sparkform.dsl;

/**
 * Every factory of the DSL, for one static import. {@code dev.sparkform.Sparkform} extends this
 * with rendering, so programs and jshell usually import that instead:
 *
 * <pre>{@code
 * import static dev.sparkform.Sparkform.*;
 *
 * Stack stack = stack("spark-pi").namespace("spark-jobs")
 *     .add(namespace("spark-jobs").quota(quota("compute").requests(cores(64), gib(256))),
 *          serviceAccount("spark"),
 *          role("spark-driver").rules(rule().apiGroups("").resources("pods", "services", "configmaps")
 *              .verbs(GET, LIST, WATCH, CREATE, UPDATE, PATCH, DELETE, DELETECOLLECTION)),
 *          roleBinding("spark-driver").role("spark-driver").serviceAccount("spark"));
 * render(stack);
 * }</pre>
 */
public class Dsl {
  public static final Verb GET = Verb.GET;
  public static final Verb LIST = Verb.LIST;
  public static final Verb WATCH = Verb.WATCH;
  public static final Verb CREATE = Verb.CREATE;
  public static final Verb UPDATE = Verb.UPDATE;
  public static final Verb PATCH = Verb.PATCH;
  public static final Verb DELETE = Verb.DELETE;
  public static final Verb DELETECOLLECTION = Verb.DELETECOLLECTION;

  public static final Toleration.Effect NO_SCHEDULE = Toleration.Effect.NO_SCHEDULE;
  public static final SecurityProfile RESTRICTED = SecurityProfile.RESTRICTED;
  public static final SecurityProfile UNRESTRICTED = SecurityProfile.UNRESTRICTED;
  public static final Toleration.Effect PREFER_NO_SCHEDULE = Toleration.Effect.PREFER_NO_SCHEDULE;
  public static final Toleration.Effect NO_EXECUTE = Toleration.Effect.NO_EXECUTE;

  /** For subclasses that add verbs (rendering, CLI); not meant to be instantiated. */
  protected Dsl() {}

  // ---- stack and namespaces

  public static Stack stack(String name) {
    return Stack.named(name);
  }

  // ---- kubeflow operator features

  /** Run again after a failure; retries left to {@link RestartPolicy#submissionRetries} or the operator. */
  public static RestartPolicy onFailure() {
    return RestartPolicy.of(RestartPolicy.Type.ON_FAILURE, null, null);
  }


  /** Gang scheduling and queues by Volcano (kubeflow {@code batchScheduler: volcano}). */
  public static BatchScheduler volcano() {
    return BatchScheduler.of(BatchScheduler.Kind.VOLCANO);
  }

  /** Apache YuniKorn (kubeflow {@code batchScheduler: yunikorn}); queues as {@code root.<name>}. */
  public static BatchScheduler yunikorn() {
    return BatchScheduler.of(BatchScheduler.Kind.YUNIKORN);
  }

  /** The default Kubernetes scheduler, through the operator's batch scheduler hook. */
  public static BatchScheduler kubeScheduler() {
    return BatchScheduler.of(BatchScheduler.Kind.KUBE_SCHEDULER);
  }

  /** Metrics exposed by the kubeflow operator; say which with {@code exposeDriverMetrics(true)} etc. */
  public static Monitoring monitoring() {
    return Monitoring.empty();
  }

  /** The Prometheus JMX exporter Java agent, at this path in the image. */
  public static PrometheusExporter prometheusExporter(String jmxExporterJar) {
    return PrometheusExporter.of(jmxExporterJar);
  }

  // ---- end of kubeflow operator features

  public static Namespace namespace(String name) {
    return Namespace.named(name);
  }

  public static ResourceQuota quota(String name) {
    return ResourceQuota.named(name);
  }

  public static LimitRange limitRange(String name) {
    return LimitRange.named(name);
  }

  /**
   * Any other Kubernetes object (a fabric8 model object: an Ingress, a PodDisruptionBudget, ...)
   * as a resource of the stack, owned like the DSL's own: see {@link Included}.
   */
  public static Included include(io.fabric8.kubernetes.api.model.HasMetadata object) {
    return new Included(object);
  }

  // ---- identity and RBAC

  public static ServiceAccount serviceAccount(String name) {
    return ServiceAccount.named(name);
  }

  public static Role role(String name) {
    return Role.named(name, false);
  }

  public static Role clusterRole(String name) {
    return Role.named(name, true);
  }

  public static PolicyRule rule() {
    return PolicyRule.empty();
  }

  public static RoleBinding roleBinding(String name) {
    return RoleBinding.named(name, false);
  }

  public static RoleBinding clusterRoleBinding(String name) {
    return RoleBinding.named(name, true);
  }

  // ---- configuration

  public static ConfigMap configMap(String name) {
    return ConfigMap.named(name);
  }

  public static Secret secret(String name) {
    return Secret.named(name);
  }

  /** A secret value read from this environment variable when the stack is compiled. */
  public static SecretValue fromEnv(String variable) {
    return SecretValue.of(SecretValue.Source.ENVIRONMENT, variable);
  }

  /** A secret value read from this file (path relative to the working directory) when compiled. */
  public static SecretValue fromFile(String path) {
    return SecretValue.of(SecretValue.Source.FILE, path);
  }

  /** A secret value written out in the program; prefer {@link #fromEnv} or {@link #fromFile}. */
  public static SecretValue literal(String value) {
    return SecretValue.of(SecretValue.Source.LITERAL, value);
  }

  /** A reference to a whole Secret (e.g. for mounting it). */
  public static ConfigRef secretRef(String name) {
    return ConfigRef.of(ConfigRef.Kind.SECRET, name, null);
  }

  /** A reference to one key of a Secret (e.g. for an environment variable). */
  public static ConfigRef secretKey(String name, String key) {
    return ConfigRef.of(ConfigRef.Kind.SECRET, name, key);
  }

  /** A reference to a whole ConfigMap. */
  public static ConfigRef configMapRef(String name) {
    return ConfigRef.of(ConfigRef.Kind.CONFIG_MAP, name, null);
  }

  /** A reference to one key of a ConfigMap. */
  public static ConfigRef configMapKey(String name, String key) {
    return ConfigRef.of(ConfigRef.Kind.CONFIG_MAP, name, key);
  }

  // ---- scheduling

  public static Scheduling scheduling() {
    return Scheduling.empty();
  }

  /** Tolerates taint {@code key=value:effect}. */
  public static Toleration tolerate(String key, String value, Toleration.Effect effect) {
    return Toleration.of(key, Toleration.Operator.EQUAL, value, effect);
  }

  /** Tolerates taint {@code key} with any value and this effect ({@code null}: any effect). */
  public static Toleration tolerateExists(String key, Toleration.Effect effect) {
    return Toleration.of(key, Toleration.Operator.EXISTS, null, effect);
  }

  /** A node-label expression for affinity terms: {@code node("pool").in("spark")}. */
  public static NodeMatch node(String nodeLabel) {
    return new NodeMatch(nodeLabel);
  }

  // ---- Spark applications

  public static final SparkType JAVA = SparkType.JAVA;
  public static final SparkType SCALA = SparkType.SCALA;
  public static final SparkType PYTHON = SparkType.PYTHON;
  public static final SparkType R = SparkType.R;
  public static final DeployMode CLUSTER = DeployMode.CLUSTER;
  public static final DeployMode CLIENT = DeployMode.CLIENT;
  public static final PullPolicy ALWAYS = PullPolicy.ALWAYS;
  public static final PullPolicy IF_NOT_PRESENT = PullPolicy.IF_NOT_PRESENT;
  public static final Schedule.Concurrency ALLOW = Schedule.Concurrency.ALLOW;
  public static final Schedule.Concurrency FORBID = Schedule.Concurrency.FORBID;
  public static final Schedule.Concurrency REPLACE = Schedule.Concurrency.REPLACE;

  /** Spark 4.2's plugin that raises executors' memory in place (pods/resize); needs the direct allocator. */
  public static final String EXECUTOR_RESIZE_PLUGIN = "org.apache.spark.scheduler.cluster.k8s.ExecutorResizePlugin";
  /** Spark 4.2's plugin that grows the persistent volume claims executors fill. */
  public static final String PVC_RESIZE_PLUGIN = "org.apache.spark.scheduler.cluster.k8s.ExecutorPVCResizePlugin";

  public static SparkApp sparkApp(String name) {
    return SparkApp.named(name);
  }

  /** A long-running Spark cluster (Apache operator). */
  public static SparkCluster sparkCluster(String name) {
    return SparkCluster.named(name);
  }

  /** A long-running Spark Connect server for notebooks and applications ({@code sc://NAME.NAMESPACE.svc.cluster.local:15002}). */
  public static SparkConnect sparkConnect(String name) {
    return SparkConnect.named(name);
  }

  /** A Spark history server reading one event-log directory (a Deployment and a Service). */
  public static HistoryServer historyServer(String name) {
    return HistoryServer.named(name);
  }

  /** A Gateway API HTTPRoute attached to this existing Gateway. */
  public static GatewayRoute gatewayRoute(String gateway) {
    return GatewayRoute.to(gateway);
  }

  /** Master or worker pods of a {@link SparkCluster}. */
  public static ClusterNode clusterNode() {
    return ClusterNode.empty();
  }

  public static SparkPod driver() {
    return SparkPod.of(SparkPod.Role.DRIVER);
  }

  public static SparkPod executor() {
    return SparkPod.of(SparkPod.Role.EXECUTOR);
  }

  public static Deps deps() {
    return Deps.none();
  }

  /** Dynamic allocation with shuffle tracking; bound it with {@code .min(..)} and {@code .max(..)}. */
  public static DynamicAllocation dynamicAllocation() {
    return DynamicAllocation.enabled();
  }

  public static RestartPolicy never() {
    return RestartPolicy.of(RestartPolicy.Type.NEVER, null, null);
  }

  public static RestartPolicy always() {
    return RestartPolicy.of(RestartPolicy.Type.ALWAYS, null, null);
  }

  /** Run again after a failure, up to {@code retries} times, {@code interval} apart. */
  public static RestartPolicy onFailure(int retries, java.time.Duration interval) {
    return RestartPolicy.of(RestartPolicy.Type.ON_FAILURE, retries, interval);
  }

  /** A cron schedule ({@code "0 2 * * *"}, {@code "@daily"}) for a ScheduledSparkApplication. */
  public static Schedule schedule(String cron) {
    return Schedule.of(cron);
  }

  /** Kerberos login: principal, keytab (a key of a Secret), and the ConfigMap with krb5.conf. */
  public static Kerberos kerberos(String principal, ConfigRef keytab, String krb5ConfigMap) {
    return Kerberos.of(principal, keytab, krb5ConfigMap);
  }

  /** Client mode's driver, reachable by the executors at {@code host} (ports 7078 and 7079 unless set). */
  public static ClientDriver clientDriver(String host) {
    return ClientDriver.at(host);
  }

  public static SecurityContext securityContext() {
    return SecurityContext.empty();
  }

  /**
   * The Pod Security Standards "restricted" container profile: this user and group, not root, no
   * privilege escalation, all capabilities dropped, the runtime's default seccomp profile. Spark's
   * images run as user and group 185. Every pod gets these by default ({@link SecurityProfile#RESTRICTED});
   * this states them explicitly.
   */
  public static SecurityContext restricted(long uid, long gid) {
    return SecurityContext.empty().runAsUser(uid).runAsGroup(gid).runAsNonRoot(true).allowPrivilegeEscalation(false)
        .dropCapabilities("ALL").seccompProfile("RuntimeDefault");
  }

  public static Volume emptyDir(String name, String mountPath) {
    return Volume.of(name, Volume.Type.EMPTY_DIR, null, mountPath);
  }

  public static Volume claim(String name, String claimName, String mountPath) {
    return Volume.of(name, Volume.Type.PERSISTENT_VOLUME_CLAIM, claimName, mountPath);
  }

  /** One new PVC per executor, created by the driver: {@code claimOnDemand("data", "/data").size(gib(100))}. */
  public static Volume claimOnDemand(String name, String mountPath) {
    return Volume.of(name, Volume.Type.PERSISTENT_VOLUME_CLAIM, Volume.ON_DEMAND, mountPath);
  }

  public static Volume hostPath(String name, String path, String mountPath) {
    return Volume.of(name, Volume.Type.HOST_PATH, path, mountPath);
  }

  public static Volume configMapVolume(String name, String configMap, String mountPath) {
    return Volume.of(name, Volume.Type.CONFIG_MAP, configMap, mountPath);
  }

  public static Volume secretVolume(String name, String secret, String mountPath) {
    return Volume.of(name, Volume.Type.SECRET, secret, mountPath);
  }

  // ---- quantities

  public static Memory bytes(long n) {
    return Memory.bytes(n);
  }

  public static Memory kib(long n) {
    return Memory.kib(n);
  }

  public static Memory mib(long n) {
    return Memory.mib(n);
  }

  public static Memory gib(long n) {
    return Memory.gib(n);
  }

  public static Memory tib(long n) {
    return Memory.tib(n);
  }

  /** Parses {@code "8Gi"} or Spark's {@code "8g"}; see {@link Memory#parse}. */
  public static Memory memory(String text) {
    return Memory.parse(text);
  }

  public static Cpu cores(long n) {
    return Cpu.cores(n);
  }

  public static Cpu millicores(long n) {
    return Cpu.millicores(n);
  }

  /** Parses {@code "2"}, {@code "0.5"} or {@code "500m"}. */
  public static Cpu cpu(String text) {
    return Cpu.parse(text);
  }

  /** What the cluster can give, for {@code Explanation.of(stack, capacity)}; either amount may be null. */
  public static ClusterCapacity clusterCapacity(Cpu cpu, Memory memory) {
    return ClusterCapacity.of(cpu, memory);
  }

  // ---- apache operator features

  public static final RetainPolicy RETAIN_ALWAYS = RetainPolicy.ALWAYS;
  public static final RetainPolicy RETAIN_NEVER = RetainPolicy.NEVER;
  public static final RetainPolicy RETAIN_ON_FAILURE = RetainPolicy.ON_FAILURE;
  public static final PodAllocator DIRECT = PodAllocator.DIRECT;
  public static final PodAllocator STATEFULSET = PodAllocator.STATEFULSET;
  public static final PodAllocator DEPLOYMENT = PodAllocator.DEPLOYMENT;

  /** Apache-operator options of an app: {@code apacheOptions().retain(RETAIN_ON_FAILURE).executors(3, 3)}. */
  public static ApacheOptions apacheOptions() {
    return ApacheOptions.none();
  }
}
