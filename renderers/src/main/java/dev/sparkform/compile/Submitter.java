package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.Schedule;
import dev.sparkform.dsl.SecurityProfile;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.dsl.Stack;
import dev.sparkform.render.SparkSubmitFiles;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpecBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-cluster submitter of an app with a schedule or a time to live ({@link SubmitLifecycle}),
 * for target {@code spark-submit}: a ConfigMap {@code APP-submit} holding the app's script and pod
 * templates, and a Job {@code APP} (or, with a schedule, a CronJob {@code APP} making such Jobs)
 * whose one pod runs the script with the app's image ({@code spark-submit} is in every Spark image)
 * and service account (whose Role lets it create the driver pod, its service and config map) against
 * {@code https://kubernetes.default.svc}.
 * <ul>
 *   <li>the script is copied to a scratch directory and the driver template's owner placeholders
 *       are replaced by the pod's name and UID (downward API): every driver pod is owned by the Job's
 *       pod, its executors by the driver, so deleting a Job deletes its run of the app;
 *   <li>time to live → {@code ttlSecondsAfterFinished}: the Job finishes when the app does
 *       (the script waits for it), and is deleted with the app's pods that long after;
 *   <li>schedule → {@code schedule}, {@code timeZone}, {@code concurrencyPolicy} (the same three
 *       policies: {@code Replace} deletes the running Job, so its app), history limits and
 *       {@code suspend};
 *   <li>restarts are the script's loop; the Job itself never retries ({@code backoffLimit: 0}), so a
 *       failed Job is a failed run of the app.
 * </ul>
 * The submitter pod requests {@link #CPU_REQUEST} CPU and {@link #MEMORY} memory and is limited to
 * {@link #CPU_LIMIT} CPU and {@link #MEMORY}: enough for the {@code spark-submit} JVM, which only
 * talks to the API server, and explicit so that namespaces whose quotas require limits admit it.
 */
final class Submitter {
  static final String CONTAINER = "spark-submit";
  static final String CPU_REQUEST = "250m";
  static final String CPU_LIMIT = "1";
  static final String MEMORY = "1Gi";
  /** The API server as seen from a pod. */
  static final String IN_CLUSTER_API = "https://kubernetes.default.svc";
  static final String FILES = "/opt/sparkform/submit";
  static final String SCRATCH = "/opt/sparkform/run";
  /** The scratch directory holds the script and pod templates: a few KiB. */
  static final String SCRATCH_SIZE = "16Mi";
  static final String OWNER_UID_ENV = "SPARKFORM_OWNER_UID";

  private Submitter() {}

  /** The submitter's objects, or none when the app needs none or has problems (added to {@code p}). */
  static List<HasMetadata> objects(Stack stack, SparkApp app, ObjectMeta meta, Problems p) {
    if (!SubmitLifecycle.inCluster(app)) {
      return List.of();
    }
    Problems mine = Problems.root();
    SparkSubmitCompiler.Job job = SparkSubmitCompiler.inClusterJob(stack, app, mine);
    if (!mine.isEmpty()) {
      return List.of(); // the same problems are reported for the app's own submission
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : SparkSubmitFiles.files(job, Optional.empty(), stack.name()).entrySet()) {
      if (e.getKey().endsWith(".sh") || e.getKey().endsWith("-pod-template.yaml")) {
        files.put(e.getKey(), e.getValue());
      }
    }
    String configMap = app.name() + "-submit";
    List<HasMetadata> out = new ArrayList<>();
    out.add(new ConfigMapBuilder().withMetadata(new ObjectMetaBuilder(meta).withName(configMap).build()).withData(files).build());
    JobSpec spec = jobSpec(job, meta, configMap);
    if (app.schedule().isPresent()) {
      Schedule s = app.schedule().get();
      out.add(new CronJobBuilder().withMetadata(meta).withNewSpec()
          .withSchedule(s.cron())
          .withTimeZone(s.timeZone().orElse(null))
          .withConcurrencyPolicy(s.concurrency().isPresent() ? s.concurrency().get().value() : null)
          .withSuccessfulJobsHistoryLimit(Absent.ifEmpty(s.successfulRunHistoryLimit()))
          .withFailedJobsHistoryLimit(Absent.ifEmpty(s.failedRunHistoryLimit()))
          .withSuspend(Absent.ifFalse(s.suspended()))
          .withNewJobTemplate().withNewMetadata().withLabels(meta.getLabels()).endMetadata().withSpec(spec)
          .endJobTemplate()
          .endSpec().build());
    } else {
      out.add(new JobBuilder().withMetadata(meta).withSpec(spec).build());
    }
    return out;
  }

  /** The driver's container context: the submitter runs the driver's image under the driver's profile. */
  private static io.fabric8.kubernetes.api.model.SecurityContext securityContext(SparkPod driver) {
    io.fabric8.kubernetes.api.model.SecurityContext own = PodParts.containerSecurity(driver.securityContext());
    return driver.securityProfile() != SecurityProfile.RESTRICTED ? own
        : RestrictedDefaults.container(own, PodParts.podSecurity(driver.podSecurityContext()));
  }

  private static JobSpec jobSpec(SparkSubmitCompiler.Job job, ObjectMeta meta, String configMap) {
    SparkApp app = job.app();
    Map<String, String> conf = job.conf().asMap();
    String image = conf.getOrDefault("spark.kubernetes.driver.container.image",
        conf.get("spark.kubernetes.container.image"));
    String script = app.name() + ".sh";
    String template = SparkSubmitCompiler.templateFile(app.name(), SparkPod.Role.DRIVER);
    String bootstrap = "set -eu\n"
        + "cd " + SCRATCH + "\n"
        + "cp " + FILES + "/* .\n"
        + "sed -e \"s/" + SparkSubmitCompiler.OWNER_NAME + "/$" + SparkSubmitFiles.RUN_ENV + "/\" -e \"s/"
        + SparkSubmitCompiler.OWNER_UID + "/$" + OWNER_UID_ENV + "/\" " + FILES + "/" + template + " > " + template + "\n"
        + "exec /bin/sh ./" + script + "\n";
    List<EnvVar> env = List.of(
        new EnvVarBuilder().withName(SparkSubmitFiles.MASTER_ENV).withValue(IN_CLUSTER_API).build(),
        new EnvVarBuilder().withName(SparkSubmitFiles.RUN_ENV).withNewValueFrom().withNewFieldRef()
            .withFieldPath("metadata.name").endFieldRef().endValueFrom().build(),
        new EnvVarBuilder().withName(OWNER_UID_ENV).withNewValueFrom().withNewFieldRef()
            .withFieldPath("metadata.uid").endFieldRef().endValueFrom().build());
    Map<String, String> labels = new LinkedHashMap<>(meta.getLabels());
    labels.put("app.kubernetes.io/component", CONTAINER);
    List<String> names = new ArrayList<>();
    if (conf.containsKey("spark.kubernetes.container.image.pullSecrets")) {
      for (String name : conf.get("spark.kubernetes.container.image.pullSecrets").split(",")) {
        if (!name.trim().isEmpty()) {
          names.add(name.trim());
        }
      }
    }
    List<LocalObjectReference> pullSecrets = PodParts.references(names);
    PodTemplateSpec pod = new PodTemplateSpecBuilder()
        .withNewMetadata().withLabels(labels).endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        .withServiceAccountName(conf.get("spark.kubernetes.authenticate.driver.serviceAccountName"))
        .withAutomountServiceAccountToken(true)
        .withImagePullSecrets(pullSecrets)
        .withSecurityContext(PodParts.podSecurity(app.driverPod().podSecurityContext()))
        .addNewContainer()
        .withName(CONTAINER)
        .withImage(image)
        .withImagePullPolicy(conf.get("spark.kubernetes.container.image.pullPolicy"))
        .withCommand("/bin/sh", "-c", bootstrap)
        .withEnv(env)
        .withNewResources()
        .withRequests(Map.of("cpu", new Quantity(CPU_REQUEST), "memory", new Quantity(MEMORY)))
        .withLimits(Map.of("cpu", new Quantity(CPU_LIMIT), "memory", new Quantity(MEMORY)))
        .endResources()
        .withSecurityContext(securityContext(app.driverPod()))
        .addNewVolumeMount().withName("submit").withMountPath(FILES).withReadOnly(true).endVolumeMount()
        .addNewVolumeMount().withName("scratch").withMountPath(SCRATCH).endVolumeMount()
        .endContainer()
        .addNewVolume().withName("submit").withNewConfigMap().withName(configMap).endConfigMap().endVolume()
        .addNewVolume().withName("scratch").withNewEmptyDir().withSizeLimit(new Quantity(SCRATCH_SIZE)).endEmptyDir().endVolume()
        .endSpec().build();
    return new JobSpecBuilder()
        .withBackoffLimit(0)
        .withTtlSecondsAfterFinished(app.timeToLive().isPresent() ? (int) app.timeToLive().get().getSeconds() : null)
        .withTemplate(pod)
        .build();
  }
}
