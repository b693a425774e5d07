package dev.sparkform.dsl;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A Spark application, rendered for the kubeflow or the Apache operator (or spark-submit):
 *
 * <pre>{@code
 * sparkApp("spark-pi").sparkVersion("4.0.1").image("apache/spark:4.0.1")
 *     .mainClass("org.apache.spark.examples.SparkPi")
 *     .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
 *     .driver(driver().cores(1).memory(mib(512)))
 *     .executor(executor().instances(2).cores(1).memory(gib(1)))
 * }</pre>
 *
 * Unless its driver uses a service account declared in the stack or marked existing, the app gets
 * its own ServiceAccount, Role and RoleBinding with what the driver needs.
 */
@Value.Immutable
public abstract class SparkApp implements StackResource {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  /** Empty: derived from the main file ({@code .py} Python, {@code .R} R, else Scala). */
  public abstract Optional<SparkType> type();

  @Value.Default
  public DeployMode mode() {
    return DeployMode.CLUSTER;
  }

  public abstract Optional<String> sparkVersion();

  public abstract Optional<String> image();

  public abstract Optional<PullPolicy> imagePullPolicy();

  public abstract List<String> imagePullSecrets();

  public abstract Optional<String> mainClass();

  public abstract Optional<String> mainApplicationFile();

  public abstract List<String> arguments();

  public abstract Map<String, String> sparkConf();

  public abstract Map<String, String> hadoopConf();

  @Value.Default
  public Deps deps() {
    return Deps.none();
  }

  @Value.Default
  public SparkPod driver() {
    return SparkPod.of(SparkPod.Role.DRIVER);
  }

  @Value.Default
  public SparkPod executor() {
    return SparkPod.of(SparkPod.Role.EXECUTOR);
  }

  /** Where both the driver and the executors run; each pod may add its own. */
  @Value.Default
  public Scheduling scheduling() {
    return Scheduling.empty();
  }

  public abstract Optional<DynamicAllocation> dynamicAllocation();

  public abstract Optional<RestartPolicy> restartPolicy();

  /** How long the operator keeps the finished app (and its driver pod) before deleting it. */
  public abstract Optional<Duration> timeToLive();

  public abstract Optional<Schedule> schedule();

  /** App-wide memory overhead factor; pods may set their own. */
  public abstract OptionalDouble memoryOverheadFactor();

  /**
   * True for a server whose main class is on the image's class path (a Spark Connect server): it
   * has no main application file. Set only by {@link SparkConnect}.
   */
  @Value.Default
  boolean mainInImage() {
    return false;
  }

  /** True when the driver's service account is managed outside this stack and needs no RBAC from it. */
  @Value.Default
  public boolean existingServiceAccount() {
    return false;
  }

  @Override
  public String kind() {
    return "SparkApplication";
  }

  @Override
  public boolean namespaced() {
    return true;
  }

  // ---- fluent

  public SparkApp namespace(String namespace) {
    return ImmutableSparkApp.builder().from(this).namespace(namespace).build();
  }

  // ---- kubeflow operator features (validated by KubeflowFeatures)

  /** The major Python version of the image (kubeflow {@code pythonVersion}): 3 for Spark 3 and later. */
  public abstract java.util.OptionalInt pythonVersion();

  /** The batch scheduler the kubeflow operator hands the pods to ({@code volcano()}, {@code yunikorn()}). */
  public abstract Optional<BatchScheduler> batchScheduler();

  /** Metrics the kubeflow operator exposes (Prometheus JMX exporter, metrics.properties). */
  public abstract Optional<Monitoring> monitoring();

  public SparkApp pythonVersion(int major) {
    return ImmutableSparkApp.builder().from(this).pythonVersion(major).build();
  }

  public SparkApp batchScheduler(BatchScheduler scheduler) {
    return ImmutableSparkApp.builder().from(this).batchScheduler(scheduler).build();
  }

  public SparkApp monitoring(Monitoring monitoring) {
    return ImmutableSparkApp.builder().from(this).monitoring(monitoring).build();
  }

  // ---- end of kubeflow operator features

  public SparkApp label(String key, String value) {
    return ImmutableSparkApp.builder().from(this).putLabels(key, value).build();
  }

  public SparkApp annotation(String key, String value) {
    return ImmutableSparkApp.builder().from(this).putAnnotations(key, value).build();
  }

  public SparkApp type(SparkType type) {
    return ImmutableSparkApp.builder().from(this).type(type).build();
  }

  public SparkApp mode(DeployMode mode) {
    return ImmutableSparkApp.builder().from(this).mode(mode).build();
  }

  public SparkApp sparkVersion(String version) {
    return ImmutableSparkApp.builder().from(this).sparkVersion(version).build();
  }

  public SparkApp image(String image) {
    return ImmutableSparkApp.builder().from(this).image(image).build();
  }

  public SparkApp imagePullPolicy(PullPolicy policy) {
    return ImmutableSparkApp.builder().from(this).imagePullPolicy(policy).build();
  }

  public SparkApp imagePullSecrets(String... secretNames) {
    return ImmutableSparkApp.builder().from(this).imagePullSecrets(Arrays.asList(secretNames)).build();
  }

  public SparkApp mainClass(String mainClass) {
    return ImmutableSparkApp.builder().from(this).mainClass(mainClass).build();
  }

  public SparkApp mainApplicationFile(String uri) {
    return ImmutableSparkApp.builder().from(this).mainApplicationFile(uri).build();
  }

  public SparkApp arguments(String... arguments) {
    return ImmutableSparkApp.builder().from(this).arguments(Arrays.asList(arguments)).build();
  }

  public SparkApp sparkConf(String key, String value) {
    return ImmutableSparkApp.builder().from(this).putSparkConf(key, value).build();
  }

  public SparkApp hadoopConf(String key, String value) {
    return ImmutableSparkApp.builder().from(this).putHadoopConf(key, value).build();
  }

  public SparkApp deps(Deps deps) {
    return ImmutableSparkApp.builder().from(this).deps(deps).build();
  }

  /** The driver; one without a service account keeps the one {@link #existingServiceAccount(String)} set. */
  public SparkApp driver(SparkPod driver) {
    SparkPod d = existingServiceAccount() && driver.serviceAccount().isEmpty() && driver().serviceAccount().isPresent()
        ? driver.serviceAccount(driver().serviceAccount().get()) : driver;
    return ImmutableSparkApp.builder().from(this).driver(d).build();
  }

  public SparkApp executor(SparkPod executor) {
    return ImmutableSparkApp.builder().from(this).executor(executor).build();
  }

  public SparkApp dynamicAllocation(DynamicAllocation dynamicAllocation) {
    return ImmutableSparkApp.builder().from(this).dynamicAllocation(dynamicAllocation).build();
  }

  public SparkApp restartPolicy(RestartPolicy policy) {
    return ImmutableSparkApp.builder().from(this).restartPolicy(policy).build();
  }

  public SparkApp timeToLive(Duration ttl) {
    return ImmutableSparkApp.builder().from(this).timeToLive(ttl).build();
  }

  public SparkApp schedule(Schedule schedule) {
    return ImmutableSparkApp.builder().from(this).schedule(schedule).build();
  }

  public SparkApp memoryOverheadFactor(double factor) {
    return ImmutableSparkApp.builder().from(this).memoryOverheadFactor(factor).build();
  }

  /** Scheduling for both the driver and the executors (each may add its own), whenever they are set. */
  public SparkApp scheduling(Scheduling scheduling) {
    return ImmutableSparkApp.builder().from(this).scheduling(scheduling().and(scheduling)).build();
  }

  /** The driver runs as this service account, which exists outside the stack: no RBAC is derived. */
  public SparkApp existingServiceAccount(String name) {
    return ImmutableSparkApp.builder().from(this).driver(driver().serviceAccount(name)).existingServiceAccount(true)
        .build();
  }

  /** Kerberos login for secured HDFS or Hive; see {@link Kerberos}. */
  public abstract Optional<Kerberos> kerberos();

  /** Client mode's driver address; set with {@link #client(ClientDriver)}. */
  public abstract Optional<ClientDriver> clientDriver();

  public SparkApp kerberos(Kerberos kerberos) {
    return ImmutableSparkApp.builder().from(this).kerberos(kerberos).build();
  }

  /** Runs in client mode: the driver where the app is submitted, reachable by the executors at {@code driver}. */
  public SparkApp client(ClientDriver driver) {
    return ImmutableSparkApp.builder().from(this).mode(DeployMode.CLIENT).clientDriver(driver).build();
  }

  /** The Spark app a stack resource runs: an app itself, or a Spark Connect server's {@link SparkConnect#app()}. */
  public static Optional<SparkApp> of(StackResource r) {
    if (r instanceof SparkApp) {
      return Optional.of((SparkApp) r);
    }
    return r instanceof SparkConnect ? Optional.of(((SparkConnect) r).app()) : Optional.empty();
  }

  static SparkApp named(String name) {
    return ImmutableSparkApp.builder().name(name).build();
  }

  // ---- derived

  /** The driver as rendered: its own settings, with the app's scheduling before its own. */
  public SparkPod driverPod() {
    return scheduling().isEmpty() ? driver() : driver().withScheduling(scheduling().and(driver().scheduling()));
  }

  /** The executors as rendered: their own settings, with the app's scheduling before their own. */
  public SparkPod executorPod() {
    return scheduling().isEmpty() ? executor() : executor().withScheduling(scheduling().and(executor().scheduling()));
  }

  public SparkType effectiveType() {
    if (type().isPresent()) {
      return type().get();
    }
    String file = mainApplicationFile().orElse("").toLowerCase(Locale.ROOT);
    if (file.endsWith(".py")) {
      return SparkType.PYTHON;
    }
    return file.endsWith(".r") ? SparkType.R : SparkType.SCALA;
  }

  /** The driver's service account: its own if set, else its pod template's, else one named after the app. */
  public String driverServiceAccount() {
    if (driver().serviceAccount().isPresent()) {
      return driver().serviceAccount().get();
    }
    return PodTemplateRules.serviceAccountName(driver()).orElse(name());
  }

  /** Whether the driver creates persistent volume claims (on-demand claims), so its Role needs them. */
  public boolean usesOnDemandClaims() {
    return Volume.anyOnDemandClaim(driver().volumes()) || Volume.anyOnDemandClaim(executor().volumes());
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.DNS_LABEL);
    SparkVersions.check(p, sparkVersion());
    if (image().isEmpty() && (driver().image().isEmpty() || executor().image().isEmpty())) {
      p.add("has no image (image(\"apache/spark:4.0.1\"), or one for the driver and one for the executors)");
    }
    Images.check(p, "image", image());
    Texts.check(p, "mainClass", mainClass());
    for (int i = 0; i < arguments().size(); i++) {
      Texts.check(p, "argument[" + i + "]", arguments().get(i));
    }
    confKeys(p, "sparkConf", sparkConf());
    confKeys(p, "hadoopConf", hadoopConf());
    for (String s : imagePullSecrets()) {
      Names.dnsSubdomain(p, "image pull secret", s);
    }
    if (mainApplicationFile().isEmpty() && !mainInImage()) {
      p.add("has no main application file (mainApplicationFile(\"local:///opt/app/app.jar\"))");
    } else if (mainApplicationFile().isPresent()) {
      Uris.check(p, mainApplicationFile().get());
    }
    SparkType type = effectiveType();
    String file = mainApplicationFile().orElse("").toLowerCase(Locale.ROOT);
    if (!type.isJvm() && mainClass().isPresent()) {
      p.add("a %s app runs its main application file; mainClass \"%s\" is for Java and Scala apps",
          type.value(), mainClass().get());
    }
    if (type.isJvm() && file.endsWith(".py")) {
      p.add("type %s does not run Python file %s (use type(PYTHON))", type.value(), mainApplicationFile().get());
    }
    if (type == SparkType.PYTHON && file.endsWith(".jar")) {
      p.add("a Python app cannot run jar %s", mainApplicationFile().get());
    }
    if (type == SparkType.R && mode() == DeployMode.CLIENT) {
      p.add("R apps cannot run in client mode on Kubernetes (Spark supports only cluster mode for R)");
    }
    nonSparkKeys(p, sparkConf());
    deps().validate(p.at("deps"));
    if (!deps().pyFiles().isEmpty() && type != SparkType.PYTHON) {
      p.add("pyFiles are for Python apps; this app is %s", type.value());
    }
    scheduling().validate(p.at("scheduling"));
    if (kerberos().isPresent()) {
      kerberos().get().validate(p.at("kerberos"));
    }
    if (clientDriver().isPresent()) {
      clientDriver().get().validate(p.at("client"));
    }
    if (mode() == DeployMode.CLIENT && clientDriver().isEmpty()) {
      p.add("client mode needs the address the executors reach the driver at: client(clientDriver(\"host\"))");
    }
    if (mode() == DeployMode.CLUSTER && clientDriver().isPresent()) {
      p.add("a client driver address is set but the app runs in cluster mode");
    }
    driver().validate(p.at("driver"));
    executor().validate(p.at("executor"));
    Ranges.overheadFactor(p, memoryOverheadFactor());
    if (dynamicAllocation().isPresent()) {
      dynamicAllocation().get().validate(p.at("dynamicAllocation"));
    }
    KubeflowFeatures.validate(this, p);
    if (restartPolicy().isPresent()) {
      restartPolicy().get().validate(p.at("restartPolicy"));
    }
    if (schedule().isPresent()) {
      schedule().get().validate(p.at("schedule"));
    }
    if (timeToLive().isPresent()) {
      Ranges.duration(p, "timeToLive", timeToLive().get(), false, true);
    }
    apacheOptions().validate(p.at("apacheOptions"), restartPolicy());
    SparkPlugins.validate(p, plugins());
    if (eventLogDir().isPresent()) {
      EventLogs.validate(p.at("eventLog"), eventLogDir().get());
    }
  }

  /**
   * Keys become {@code --conf KEY=VALUE} arguments and {@code .properties} lines: Spark splits the
   * former at the first '=', so a key with '=' (or a blank, which ends a properties key) would mean
   * one thing in each.
   */
  private static void confKeys(Problems p, String what, Map<String, String> conf) {
    for (Map.Entry<String, String> e : conf.entrySet()) {
      String k = e.getKey();
      if (k.isEmpty() || !plainKey(k)) {
        p.add("%s key \"%s\" must be non-empty, without '=', blanks or control characters", what,
            Texts.visible(k));
      } else {
        Texts.check(p, what + " key", k);
      }
      Texts.check(p, what + " " + Texts.visible(k), e.getValue());
    }
  }

  /** Warns of sparkConf keys Spark ignores (also a {@link SparkCluster}'s). */
  static void nonSparkKeys(Problems p, Map<String, String> sparkConf) {
    for (String k : sparkConf.keySet()) {
      if (!k.startsWith("spark.")) {
        p.warn("sparkConf key \"%s\" does not start with \"spark.\"; Spark ignores it", k);
      }
    }
  }

  private static boolean plainKey(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '=' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  // ---- apache operator features

  /** How the Apache operator tends this app (retention, executor bounds, timeouts); other targets reject it. */
  @Value.Default
  public ApacheOptions apacheOptions() {
    return ApacheOptions.none();
  }

  public SparkApp apacheOptions(ApacheOptions options) {
    return ImmutableSparkApp.builder().from(this).apacheOptions(options).build();
  }

  /** Spark plugin classes ({@code spark.plugins}), e.g. {@code org.apache.spark.sql.connect.SparkConnectPlugin}. */
  public abstract List<String> plugins();

  public SparkApp plugins(String... classNames) {
    return ImmutableSparkApp.builder().from(this).addPlugins(classNames).build();
  }

  /** Where Spark writes the event log for the history server ({@code spark.eventLog.dir}); empty: no event log. */
  public abstract Optional<String> eventLogDir();

  /** Writes the event log to {@code dir}, e.g. {@code s3a://spark-events/}, for the history server. */
  public SparkApp eventLog(String dir) {
    return ImmutableSparkApp.builder().from(this).eventLogDir(dir).build();
  }
}
