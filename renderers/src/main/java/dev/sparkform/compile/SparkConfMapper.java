package dev.sparkform.compile;

import dev.sparkform.compile.SparkProperties.Origin;
import dev.sparkform.dsl.ClientDriver;
import dev.sparkform.dsl.ConfigRef;
import dev.sparkform.dsl.DynamicAllocation;
import dev.sparkform.dsl.EnvVar;
import dev.sparkform.dsl.Kerberos;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.dsl.Volume;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Spark app's typed fields mean as Spark properties ({@code docs/running-on-kubernetes.md}).
 * A target passes the aspects it expresses with fields of its own (the kubeflow CRD has typed
 * cores, memory, env, ...); everything else becomes {@code spark.*} keys. Settings Spark has no
 * key for (tolerations, affinity, priority class, config-map volumes and env) are left to
 * {@link PodTemplates}.
 *
 * <p>No lambdas, method references or streams on the compile and render path: each call site costs
 * ~0.25 ms to link at its first use in a cold process (even when the lambda never runs), a quarter of
 * a one-app {@code sparkform render}.
 */
public final class SparkConfMapper {
  /** Groups of typed fields a target may express natively. */
  public enum Aspect {
    IMAGE, SERVICE_ACCOUNT, CORES,
    /** Heap and overhead amounts; the overhead factors are {@link #OVERHEAD_FACTOR}. */
    MEMORY, OVERHEAD_FACTOR, INSTANCES, DYNAMIC_ALLOCATION, LABELS, ENV,
    /** Volumes other than on-demand claims, which are {@link #ON_DEMAND_CLAIMS}. */
    VOLUMES, ON_DEMAND_CLAIMS, NODE_SELECTOR,
    /** Jars, files and Python files; packages, repositories, exclusions and archives are {@link #PACKAGES}. */
    DEPS_FILES, PACKAGES, HADOOP_CONF, SCHEDULER_NAME, JAVA_OPTIONS, GPU
  }

  /** Where Ivy may write when resolving {@code --packages}: the image's home is often read-only. */
  static final String IVY_DIR = "/tmp/.ivy2";

  private SparkConfMapper() {}

  /**
   * All typed fields as Spark properties, plus the user's {@code sparkConf}: what Spark runs with on
   * every target ({@link EffectiveConf}). A sparkConf value contradicting a typed field is a problem
   * here, whatever the target expresses natively: one rule for all of them.
   */
  static SparkProperties map(SparkApp app, Problems problems) {
    SparkProperties conf = typed(app, EnumSet.noneOf(Aspect.class));
    Map<String, SparkProperties.Entry> typed = Map.copyOf(conf.entries());
    for (Map.Entry<String, String> e : app.sparkConf().entrySet()) {
      String k = e.getKey();
      String v = e.getValue();
      SparkProperties.Entry t = typed.get(k);
      // The user may replace a Sparkform default (e.g. their own Ivy directory), not a typed field.
      if (t != null && t.origin() == Origin.TYPED && !same(k, t.value(), v)) {
        problems.add("sparkConf %s=%s contradicts %s (%s); set it in one place", k, v, t.because(), t.value());
      }
      conf.put(k, v, Origin.USER, "sparkConf");
    }
    return conf;
  }

  /**
   * The Spark properties a target writes: the typed fields it has no fields of its own for, plus the
   * user's {@code sparkConf} (checked by {@link #map(SparkApp, Problems)}).
   */
  static SparkProperties map(SparkApp app, Set<Aspect> nativeAspects) {
    SparkProperties conf = typed(app, nativeAspects);
    for (Map.Entry<String, String> e : app.sparkConf().entrySet()) {
      conf.put(e.getKey(), e.getValue(), Origin.USER, "sparkConf");
    }
    return conf;
  }

  /** Equal values, or sizes Spark reads as the same ({@code 4g} and {@code 4096m}). */
  private static boolean same(String key, String typed, String user) {
    if (typed.equals(user)) {
      return true;
    }
    if (!key.matches("spark\\.(driver|executor)\\.memory(Overhead)?")) {
      return false;
    }
    try {
      return SparkValues.mebibytes(typed) == SparkValues.mebibytes(user);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static SparkProperties typed(SparkApp app, Set<Aspect> nativeAspects) {
    SparkProperties conf = new SparkProperties();
    if (!nativeAspects.contains(Aspect.IMAGE)) {
      conf.typed("spark.kubernetes.container.image", app.image(), "image");
      conf.typed("spark.kubernetes.driver.container.image", app.driverPod().image(), "driver.image");
      conf.typed("spark.kubernetes.executor.container.image", app.executorPod().image(), "executor.image");
      if (app.imagePullPolicy().isPresent()) {
        conf.typed("spark.kubernetes.container.image.pullPolicy", app.imagePullPolicy().get().value(),
            "imagePullPolicy");
      }
      if (!app.imagePullSecrets().isEmpty()) {
        conf.typed("spark.kubernetes.container.image.pullSecrets", String.join(",", app.imagePullSecrets()),
            "imagePullSecrets");
      }
    }
    if (!nativeAspects.contains(Aspect.SERVICE_ACCOUNT)) {
      conf.typed("spark.kubernetes.authenticate.driver.serviceAccountName", app.driverServiceAccount(),
          app.driverPod().serviceAccount().isPresent() ? "driver.serviceAccount" : "derived service account");
      conf.typed("spark.kubernetes.authenticate.executor.serviceAccountName", app.executorPod().serviceAccount(),
          "executor.serviceAccount");
    }
    for (SparkPod pod : List.of(app.driverPod(), app.executorPod())) {
      pod(conf, app, pod, nativeAspects);
    }
    AppWideKeys.collapse(conf);
    if (!nativeAspects.contains(Aspect.OVERHEAD_FACTOR)) {
      // The app's factor is for the pods that set none of their own.
      for (String role : List.of("driver", "executor")) {
        if (!conf.entries().containsKey("spark." + role + ".memoryOverheadFactor")) {
          conf.typed("spark." + role + ".memoryOverheadFactor", app.memoryOverheadFactor(), "memoryOverheadFactor");
        }
      }
    }
    if (!nativeAspects.contains(Aspect.INSTANCES)) {
      conf.typed("spark.executor.instances", app.executorPod().instances(), "executor.instances");
    }
    if (!nativeAspects.contains(Aspect.DYNAMIC_ALLOCATION) && app.dynamicAllocation().isPresent()) {
      dynamicAllocation(conf, app.dynamicAllocation().get(), sparkBefore34(app));
    }
    deps(conf, app, nativeAspects);
    SparkFeatureKeys.add(conf, app);
    if (!app.deps().packages().isEmpty()) {
      conf.put("spark.jars.ivy", IVY_DIR, Origin.SPARKFORM_DEFAULT,
          "deps.packages: Ivy needs a writable cache and home (the image's default is often read-only)");
    }
    if (!nativeAspects.contains(Aspect.HADOOP_CONF)) {
      conf.typedAll("spark.hadoop.", app.hadoopConf(), "hadoopConf");
    }
    if (app.kerberos().isPresent()) {
      kerberos(conf, app.kerberos().get());
    }
    if (app.clientDriver().isPresent()) {
      ClientDriver c = app.clientDriver().get();
      conf.typed("spark.driver.host", c.host(), "client.host");
      conf.typed("spark.driver.port", c.port(), "client.port");
      conf.typed("spark.driver.blockManager.port", c.blockManagerPort(), "client.blockManagerPort");
      conf.typed("spark.kubernetes.driver.pod.name", c.podName(), "client.podName");
    }
    return conf;
  }

  private static void pod(SparkProperties conf, SparkApp app, SparkPod pod, Set<Aspect> nativeAspects) {
    boolean driver = pod.role() == SparkPod.Role.DRIVER;
    String role = driver ? "driver" : "executor";
    String k8s = "spark.kubernetes." + role + ".";
    sizes(conf, pod, role, nativeAspects);
    if (!nativeAspects.contains(Aspect.GPU) && pod.gpus().isPresent()) {
      String vendor = pod.gpuResource().orElse("nvidia.com/gpu");
      conf.typed("spark." + role + ".resource.gpu.amount", pod.gpus().getAsInt(), role + ".gpus");
      conf.typed("spark." + role + ".resource.gpu.vendor", vendor.substring(0, vendor.indexOf('/') < 0
          ? vendor.length() : vendor.indexOf('/')), role + ".gpus");
    }
    if (!nativeAspects.contains(Aspect.LABELS)) {
      conf.typedAll(k8s + "label.", pod.labels(), role + ".labels");
      conf.typedAll(k8s + "annotation.", pod.annotations(), role + ".annotations");
    }
    if (!nativeAspects.contains(Aspect.NODE_SELECTOR)) {
      conf.typedAll(k8s + "node.selector.", pod.scheduling().nodeSelector(), role + ".scheduling.nodeSelector");
    }
    if (!nativeAspects.contains(Aspect.SCHEDULER_NAME)) {
      conf.typed(k8s + "scheduler.name", pod.schedulerName(), role + ".schedulerName");
    }
    if (!nativeAspects.contains(Aspect.JAVA_OPTIONS)) {
      conf.typed("spark." + role + ".extraJavaOptions", pod.javaOptions(), role + ".javaOptions");
    }
    if (!nativeAspects.contains(Aspect.ENV)) {
      for (EnvVar e : pod.env()) {
        if (e.value().isPresent()) {
          conf.typed((driver ? "spark.kubernetes.driverEnv." : "spark.executorEnv.") + e.name(), e.value().get(),
              role + ".env");
        } else if (e.valueFrom().get().kind() == ConfigRef.Kind.SECRET) {
          ConfigRef r = e.valueFrom().get();
          conf.typed(k8s + "secretKeyRef." + e.name(), r.name() + ":" + r.key().orElseThrow(), role + ".env");
        }
      }
    }
    for (Volume v : pod.volumes()) {
      if (!nativeAspects.contains(v.isOnDemandClaim() ? Aspect.ON_DEMAND_CLAIMS : Aspect.VOLUMES)) {
        volume(conf, k8s, role, v);
      }
    }
  }

  /** The pod's typed cores, memory and overhead as the {@code role}'s Spark keys, but for what the target types itself. */
  static void sizes(SparkProperties conf, SparkPod pod, String role, Set<Aspect> nativeAspects) {
    String k8s = "spark.kubernetes." + role + ".";
    if (!nativeAspects.contains(Aspect.CORES)) {
      conf.typed("spark." + role + ".cores", pod.cores(), role + ".cores");
      if (pod.coreRequest().isPresent()) {
        conf.typed(k8s + "request.cores", pod.coreRequest().get().toKubernetes(), role + ".coreRequest");
      }
      if (pod.coreLimit().isPresent()) {
        conf.typed(k8s + "limit.cores", pod.coreLimit().get().toKubernetes(), role + ".coreLimit");
      }
    }
    if (!nativeAspects.contains(Aspect.MEMORY)) {
      if (pod.memory().isPresent()) {
        conf.typed("spark." + role + ".memory", pod.memory().get().toSpark(), role + ".memory");
      }
      if (pod.memoryOverhead().isPresent()) {
        conf.typed("spark." + role + ".memoryOverhead", pod.memoryOverhead().get().toSpark(), role + ".memoryOverhead");
      }
    }
    if (!nativeAspects.contains(Aspect.OVERHEAD_FACTOR)) {
      conf.typed("spark." + role + ".memoryOverheadFactor", pod.memoryOverheadFactor(), role + ".memoryOverheadFactor");
    }
  }

  /** Spark's own volume keys; config-map volumes have none and go to the pod template. */
  private static void volume(SparkProperties conf, String k8s, String role, Volume v) {
    String field = role + ".volumes." + v.name();
    String type;
    switch (v.type()) {
      case EMPTY_DIR: type = "emptyDir"; break;
      case PERSISTENT_VOLUME_CLAIM: type = "persistentVolumeClaim"; break;
      case HOST_PATH: type = "hostPath"; break;
      case SECRET:
        conf.typed(k8s + "secrets." + v.source().orElseThrow(), v.mountPath(), field);
        return;
      default:
        return;
    }
    String prefix = k8s + "volumes." + type + "." + v.name() + ".";
    conf.typed(prefix + "mount.path", v.mountPath(), field);
    // Only when set: Spark's default is read-write, and a default written out is noise in every diff.
    conf.typed(prefix + "mount.readOnly", v.readOnlySetting(), field);
    conf.typed(prefix + "mount.subPath", v.subPath(), field);
    switch (v.type()) {
      case EMPTY_DIR:
        conf.typed(prefix + "options.medium", v.storageClassOrMedium(), field);
        sizeLimit(conf, prefix, v, field);
        break;
      case PERSISTENT_VOLUME_CLAIM:
        conf.typed(prefix + "options.claimName", v.source().orElseThrow(), field);
        conf.typed(prefix + "options.storageClass", v.storageClassOrMedium(), field);
        sizeLimit(conf, prefix, v, field);
        break;
      default:
        conf.typed(prefix + "options.path", v.source().orElseThrow(), field);
    }
  }

  private static void sizeLimit(SparkProperties conf, String prefix, Volume v, String field) {
    if (v.size().isPresent()) {
      conf.typed(prefix + "options.sizeLimit", v.size().get().toKubernetes(), field);
    }
  }

  /**
   * Spark's Kerberos keys (no operator has typed fields for them): the keytab Secret is mounted into
   * the driver and named as a {@code local://} file, so Spark logs in from it without uploading it.
   */
  private static void kerberos(SparkProperties conf, Kerberos k) {
    conf.typed("spark.kerberos.principal", k.principal(), "kerberos.principal");
    conf.typed("spark.kerberos.keytab", k.keytabUri(), "kerberos.keytab");
    conf.typed("spark.kubernetes.driver.secrets." + k.keytab().name(), Kerberos.KEYTAB_DIR, "kerberos.keytab");
    conf.typed("spark.kubernetes.kerberos.krb5.configMapName", k.krb5ConfigMap(), "kerberos.krb5ConfigMap");
    conf.typed("spark.kubernetes.hadoop.configMapName", k.hadoopConfigMap(), "kerberos.hadoopConfigMap");
  }

  /** Spark before 3.4 turns shuffle tracking off by default (SPARK-39846 turned it on). */
  public static boolean sparkBefore34(SparkApp app) {
    String[] v = app.sparkVersion().orElse("4.0").split("\\.");
    int major = Integer.parseInt(v[0]);
    return major < 3 || (major == 3 && Integer.parseInt(v[1]) < 4);
  }

  /** Shuffle tracking is written only where it differs from Spark's default for the version. */
  private static void dynamicAllocation(SparkProperties conf, DynamicAllocation d, boolean before34) {
    conf.typed("spark.dynamicAllocation.enabled", true, "dynamicAllocation");
    conf.typed("spark.dynamicAllocation.initialExecutors", d.initialExecutors(), "dynamicAllocation.initial");
    conf.typed("spark.dynamicAllocation.minExecutors", d.minExecutors(), "dynamicAllocation.min");
    conf.typed("spark.dynamicAllocation.maxExecutors", d.maxExecutors(), "dynamicAllocation.max");
    if (d.shuffleTracking() == before34) {
      conf.typed("spark.dynamicAllocation.shuffleTracking.enabled", d.shuffleTracking(),
          "dynamicAllocation.shuffleTracking");
    }
    if (d.shuffleTrackingTimeout().isPresent()) {
      conf.typed("spark.dynamicAllocation.shuffleTracking.timeout", d.shuffleTrackingTimeout().get().toSeconds() + "s",
          "dynamicAllocation.shuffleTrackingTimeout");
    }
  }

  private static void deps(SparkProperties conf, SparkApp app, Set<Aspect> nativeAspects) {
    if (!nativeAspects.contains(Aspect.DEPS_FILES)) {
      join(conf, "spark.jars", app.deps().jars(), "deps.jars");
      join(conf, "spark.files", app.deps().files(), "deps.files");
      join(conf, "spark.submit.pyFiles", app.deps().pyFiles(), "deps.pyFiles");
    }
    if (!nativeAspects.contains(Aspect.PACKAGES)) {
      join(conf, "spark.archives", app.deps().archives(), "deps.archives");
      join(conf, "spark.jars.packages", app.deps().packages(), "deps.packages");
      join(conf, "spark.jars.repositories", app.deps().repositories(), "deps.repositories");
      join(conf, "spark.jars.excludes", app.deps().excludePackages(), "deps.excludePackages");
    }
  }

  private static void join(SparkProperties conf, String key, List<String> values, String field) {
    if (!values.isEmpty()) {
      conf.typed(key, String.join(",", values), field);
    }
  }
}
