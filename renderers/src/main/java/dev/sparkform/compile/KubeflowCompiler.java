package dev.sparkform.compile;

import dev.sparkform.compile.SparkConfMapper.Aspect;
import dev.sparkform.dsl.Deps;
import dev.sparkform.dsl.DynamicAllocation;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.RestartPolicy;
import dev.sparkform.dsl.Schedule;
import dev.sparkform.dsl.SecurityProfile;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.model.kubeflow.Dependencies;
import dev.sparkform.model.kubeflow.DriverSpec;
import dev.sparkform.model.kubeflow.ExecutorSpec;
import dev.sparkform.model.kubeflow.GPUSpec;
import dev.sparkform.model.kubeflow.ScheduledSparkApplication;
import dev.sparkform.model.kubeflow.ScheduledSparkApplicationSpec;
import dev.sparkform.model.kubeflow.SparkApplication;
import dev.sparkform.model.kubeflow.SparkApplicationSpec;
import dev.sparkform.model.kubeflow.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link SparkApp} as the kubeflow operator's {@code sparkoperator.k8s.io/v1beta2} SparkApplication
 * (or ScheduledSparkApplication when it has a schedule). The CRD has typed fields for most of the
 * app; what it lacks (per-pod overhead factors, on-demand claims, Ivy's directory) goes to
 * {@code sparkConf} as Spark keys. Settings only this CRD has (Python version, batch scheduler,
 * monitoring) are written by {@link KubeflowFeatureCompiler}; pod templates go in as given.
 */
final class KubeflowCompiler {
  /** What the kubeflow CRD expresses with fields of its own. */
  static final Set<Aspect> NATIVE = EnumSet.of(Aspect.IMAGE, Aspect.SERVICE_ACCOUNT, Aspect.CORES, Aspect.MEMORY,
      Aspect.INSTANCES, Aspect.DYNAMIC_ALLOCATION, Aspect.LABELS, Aspect.ENV, Aspect.VOLUMES, Aspect.NODE_SELECTOR,
      Aspect.DEPS_FILES, Aspect.PACKAGES, Aspect.HADOOP_CONF, Aspect.SCHEDULER_NAME, Aspect.JAVA_OPTIONS, Aspect.GPU);

  private KubeflowCompiler() {}

  static HasMetadata compile(SparkApp app, ObjectMeta meta, Problems p) {
    SparkApplicationSpec spec = spec(app, p);
    if (app.schedule().isEmpty()) {
      return new SparkApplication().withMetadata(meta).withSpec(spec);
    }
    Schedule s = app.schedule().get();
    return new ScheduledSparkApplication().withMetadata(meta).withSpec(new ScheduledSparkApplicationSpec()
        .withSchedule(s.cron())
        .withTimeZone(s.timeZone().orElse(null))
        .withConcurrencyPolicy(s.concurrency().isPresent() ? s.concurrency().get().value() : null)
        .withSuccessfulRunHistoryLimit(Absent.ifEmpty(s.successfulRunHistoryLimit()))
        .withFailedRunHistoryLimit(Absent.ifEmpty(s.failedRunHistoryLimit()))
        .withSuspend(Absent.ifFalse(s.suspended()))
        .withTemplate(spec));
  }

  private static SparkApplicationSpec spec(SparkApp app, Problems p) {
    SparkApplicationSpec spec = new SparkApplicationSpec()
        .withType(app.effectiveType().value())
        .withMode(app.mode().value())
        .withSparkVersion(app.sparkVersion().orElseThrow())
        .withImage(app.image().orElse(null))
        .withImagePullPolicy(PodParts.pullPolicy(app.imagePullPolicy()))
        .withImagePullSecrets(Absent.ifEmpty(app.imagePullSecrets()))
        .withMainClass(app.mainClass().orElse(null))
        .withMainApplicationFile(app.mainApplicationFile().orElseThrow())
        .withArguments(Absent.ifEmpty(app.arguments()))
        .withHadoopConf(Absent.ifEmpty(app.hadoopConf()))
        .withSparkConf(Absent.ifEmpty(SparkConfMapper.map(app, NATIVE).asMap()))
        .withDeps(app.deps().isEmpty() ? null : deps(app.deps()))
        .withDriver(pod(new DriverSpec(), app.driverPod()).withServiceAccount(driverServiceAccount(app)))
        .withExecutor(pod(new ExecutorSpec(), app.executorPod())
            .withInstances(app.executorPod().instances().isPresent() ? app.executorPod().instances().getAsInt() : null))
        .withVolumes(Absent.ifEmpty(volumes(app, p)));
    if (app.dynamicAllocation().isPresent()) {
      spec.withDynamicAllocation(dynamicAllocation(app.dynamicAllocation().get()));
    }
    if (app.restartPolicy().isPresent()) {
      spec.withRestartPolicy(restartPolicy(app.restartPolicy().get()));
    }
    if (app.timeToLive().isPresent()) {
      spec.withTimeToLiveSeconds(app.timeToLive().get().toSeconds());
    }
    KubeflowFeatureCompiler.compile(app, spec);
    return spec;
  }

  /** The driver's service account, unless its pod template already names it (saying it twice adds nothing). */
  private static String driverServiceAccount(SparkApp app) {
    String sa = app.driverServiceAccount();
    Optional<PodTemplateSpec> template = app.driverPod().template();
    boolean inTemplate = template.isPresent() && template.get().getSpec() != null
        && sa.equals(template.get().getSpec().getServiceAccountName());
    return inTemplate ? null : sa;
  }

  private static <T extends SparkPodSpec<T>> T pod(T spec, SparkPod pod) {
    spec.withCores(pod.cores().isPresent() ? pod.cores().getAsInt() : null)
        // as written: the operator passes the text on to Spark, which reads "0.5" and "500m" alike
        .withCoreRequest(pod.coreRequest().isPresent() ? pod.coreRequest().get().asWritten() : null)
        .withCoreLimit(pod.coreLimit().isPresent() ? pod.coreLimit().get().asWritten() : null)
        .withMemory(pod.memory().isPresent() ? pod.memory().get().toSpark() : null)
        .withMemoryOverhead(pod.memoryOverhead().isPresent() ? pod.memoryOverhead().get().toSpark() : null)
        .withImage(pod.image().orElse(null))
        .withServiceAccount(pod.serviceAccount().orElse(null))
        .withLabels(Absent.ifEmpty(pod.labels()))
        .withAnnotations(Absent.ifEmpty(pod.annotations()))
        .withEnv(Absent.ifEmpty(PodParts.envVars(pod.env())))
        .withVolumeMounts(Absent.ifEmpty(PodParts.mounts(pod.volumes())))
        .withNodeSelector(Absent.ifEmpty(pod.scheduling().nodeSelector()))
        .withTolerations(Absent.ifEmpty(SchedulingCompiler.tolerations(pod.scheduling())))
        .withAffinity(SchedulingCompiler.affinity(pod.scheduling()).orElse(null))
        .withSecurityContext(containerSecurity(pod))
        .withPodSecurityContext(PodParts.podSecurity(pod.podSecurityContext()))
        .withPriorityClassName(pod.priorityClassName().orElse(null))
        .withSchedulerName(pod.schedulerName().orElse(null))
        .withJavaOptions(pod.javaOptions().orElse(null))
        .withTemplate(template(pod));
    if (pod.gpus().isPresent()) {
      spec.withGpu(new GPUSpec().withName(pod.gpuResource().orElse("nvidia.com/gpu"))
          .withQuantity((long) pod.gpus().getAsInt()));
    }
    return spec;
  }

  /**
   * Spark's container's security context, which the operator copies to it: yours (typed, else your
   * template's), with the {@link RestrictedDefaults} unless the pod opted out.
   */
  private static SecurityContext containerSecurity(SparkPod pod) {
    SecurityContext own = PodParts.containerSecurity(pod.securityContext());
    if (pod.securityProfile() != SecurityProfile.RESTRICTED) {
      return own;
    }
    PodSpec template = pod.template().isPresent() ? pod.template().get().getSpec() : null;
    if (own == null && template != null) {
      Container main = Containers.named(template.getContainers(), PodTemplates.containerName(pod));
      own = main == null ? null : main.getSecurityContext();
    }
    PodSecurityContext podContext = pod.podSecurityContext().isPresent()
        ? PodParts.podSecurity(pod.podSecurityContext().get())
        : template == null ? null : template.getSecurityContext();
    return RestrictedDefaults.container(own, podContext);
  }

  /** Your template, its containers (sidecars, init containers) with the {@link RestrictedDefaults} unless opted out. */
  private static PodTemplateSpec template(SparkPod pod) {
    if (pod.template().isEmpty() || pod.securityProfile() != SecurityProfile.RESTRICTED) {
      return pod.template().orElse(null);
    }
    PodTemplateSpec out = new PodTemplateSpecBuilder(pod.template().get()).build();
    out.setSpec(RestrictedDefaults.pod(out.getSpec(), null));
    return out;
  }

  /** The app's volumes, once each: driver and executors mount the same definitions by name. */
  private static List<Volume> volumes(SparkApp app, Problems p) {
    Map<String, Volume> byName = new LinkedHashMap<>();
    for (SparkPod pod : List.of(app.driverPod(), app.executorPod())) {
      for (Volume volume : PodParts.volumes(pod.volumes())) {
        Volume first = byName.putIfAbsent(volume.getName(), volume);
        if (first != null && !first.equals(volume)) {
          // one list for both pods: a second definition under the same name would be lost
          p.add("driver and executors define volume \"%s\" differently; the kubeflow operator has one list of"
              + " volumes for both (give them different names)", volume.getName());
        }
      }
    }
    return List.copyOf(byName.values());
  }

  private static Dependencies deps(Deps d) {
    return new Dependencies().withJars(Absent.ifEmpty(d.jars())).withFiles(Absent.ifEmpty(d.files()))
        .withPyFiles(Absent.ifEmpty(d.pyFiles())).withArchives(Absent.ifEmpty(d.archives()))
        .withPackages(Absent.ifEmpty(d.packages())).withRepositories(Absent.ifEmpty(d.repositories()))
        .withExcludePackages(Absent.ifEmpty(d.excludePackages()));
  }

  static dev.sparkform.model.kubeflow.DynamicAllocation dynamicAllocation(DynamicAllocation d) {
    return new dev.sparkform.model.kubeflow.DynamicAllocation()
        .withEnabled(true)
        .withInitialExecutors(d.initialExecutors().isPresent() ? d.initialExecutors().getAsInt() : null)
        .withMinExecutors(d.minExecutors().isPresent() ? d.minExecutors().getAsInt() : null)
        .withMaxExecutors(d.maxExecutors().isPresent() ? d.maxExecutors().getAsInt() : null)
        // the operator turns shuffle tracking on with dynamic allocation unless told otherwise
        .withShuffleTrackingEnabled(d.shuffleTracking() ? null : Boolean.FALSE)
        // the operator passes this on as spark.dynamicAllocation.shuffleTracking.timeout, in milliseconds
        .withShuffleTrackingTimeout(d.shuffleTrackingTimeout().isPresent() ? d.shuffleTrackingTimeout().get().toMillis()
            : null);
  }

  private static dev.sparkform.model.kubeflow.RestartPolicy restartPolicy(RestartPolicy r) {
    return new dev.sparkform.model.kubeflow.RestartPolicy()
        .withType(r.type().value())
        .withOnFailureRetries(r.onFailureRetries().isPresent() ? r.onFailureRetries().getAsInt() : null)
        .withOnFailureRetryInterval(seconds(r.onFailureRetryInterval()))
        .withOnSubmissionFailureRetries(r.onSubmissionFailureRetries().isPresent()
            ? r.onSubmissionFailureRetries().getAsInt() : null)
        .withOnSubmissionFailureRetryInterval(seconds(r.onSubmissionFailureRetryInterval()));
  }

  private static Long seconds(Optional<Duration> d) {
    return d.isPresent() ? d.get().toSeconds() : null;
  }
}
