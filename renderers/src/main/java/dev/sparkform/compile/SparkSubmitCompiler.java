package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.RestartPolicy;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.dsl.SparkType;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SparkApp} as a {@code spark-submit} invocation ({@link Target#SPARK_SUBMIT}): every typed
 * field becomes a {@code spark.*} key ({@link SparkConfMapper} with no native aspects), the app's
 * namespace becomes {@code spark.kubernetes.namespace}, and what Spark has no key for goes to pod
 * template files named by {@code spark.kubernetes.{driver,executor}.podTemplateFile} (relative to
 * the script). Restarts, schedules and time to live as {@link SubmitLifecycle} describes.
 */
public final class SparkSubmitCompiler {
  private SparkSubmitCompiler() {}

  /** One app's submission. */
  public static final class Job {
    private final SparkApp app;
    private final EffectiveConf effective;
    private final SparkProperties conf;
    private final Optional<PodTemplateSpec> driverTemplate;
    private final Optional<PodTemplateSpec> executorTemplate;
    private final String namespace;
    private final boolean inCluster;

    Job(SparkApp app, EffectiveConf effective, SparkProperties conf, Optional<PodTemplateSpec> driverTemplate,
        Optional<PodTemplateSpec> executorTemplate, String namespace, boolean inCluster) {
      this.app = app;
      this.effective = effective;
      this.conf = conf;
      this.driverTemplate = driverTemplate;
      this.executorTemplate = executorTemplate;
      this.namespace = namespace;
      this.inCluster = inCluster;
    }

    public String name() {
      return app.name();
    }

    public SparkApp app() {
      return app;
    }

    /** Every setting, with its origin (pod template files by their relative file names). */
    public SparkProperties conf() {
      return conf;
    }

    public Optional<PodTemplateSpec> driverTemplate() {
      return driverTemplate;
    }

    public Optional<PodTemplateSpec> executorTemplate() {
      return executorTemplate;
    }

    /** The namespace the driver pod is created in. */
    public String namespace() {
      return namespace;
    }

    /**
     * Whether this is the submission a Job in the cluster runs ({@link Submitter}): its driver
     * template names the Job's pod as owner through {@link #OWNER_NAME} and {@link #OWNER_UID}.
     */
    public boolean inCluster() {
      return inCluster;
    }

    /**
     * Whether the script runs the app in a loop, checking how each run ended (restart policy, or a
     * Job that must fail with the app); each run then gets its driver pod name from the script.
     */
    public boolean loops() {
      return SubmitLifecycle.loops(app);
    }

    /** Whether every run ends in another one ({@code restartPolicy Always}). */
    public boolean restartsAlways() {
      Optional<RestartPolicy> restarts = SubmitLifecycle.restarts(app);
      return restarts.isPresent() && restarts.get().type() == RestartPolicy.Type.ALWAYS;
    }

    /** Failed runs (or, with {@code submission}, failed submissions) retried before giving up. */
    public int retries(boolean submission) {
      return SubmitLifecycle.retries(SubmitLifecycle.restarts(app), submission);
    }

    /** Seconds before the first retry; the n-th waits n times as long. */
    public long retryIntervalSeconds(boolean submission) {
      return SubmitLifecycle.intervalSeconds(SubmitLifecycle.restarts(app), submission);
    }

    /** The arguments after {@code spark-submit --master URL}: options, the application file, its arguments. */
    public List<String> arguments() {
      List<String> a = new ArrayList<>();
      a.add("--deploy-mode");
      a.add(app.mode().value());
      a.add("--name");
      a.add(app.name());
      if (app.mainClass().isPresent()) {
        a.add("--class");
        a.add(app.mainClass().get());
      }
      for (Map.Entry<String, String> e : conf.asMap().entrySet()) {
        a.add("--conf");
        a.add(e.getKey() + "=" + e.getValue());
      }
      a.add(app.mainApplicationFile().orElseThrow());
      a.addAll(app.arguments());
      return a;
    }

    /**
     * What Spark should build from these keys, as {@link EffectiveConf} computes it: pod memory
     * (request = limit), CPU request and limit, GPUs, for the driver and one executor; and the app type.
     */
    public Map<String, String> expectations() {
      Map<String, String> m = new LinkedHashMap<>();
      expect(m, "driver", effective.driver());
      expect(m, "executor", effective.executor());
      m.put("type", app.effectiveType() == SparkType.PYTHON ? "python" : app.effectiveType() == SparkType.R ? "r"
          : "java");
      return m;
    }

    private static void expect(Map<String, String> m, String role, PodSize pod) {
      m.put(role + ".pod.memory", pod.memory().toMebibytes() + "Mi");
      m.put(role + ".pod.cpu.request", pod.cpuRequest().toKubernetes());
      if (pod.cpuLimit().isPresent()) {
        m.put(role + ".pod.cpu.limit", pod.cpuLimit().get().toKubernetes());
      }
      if (pod.gpuResource().isPresent()) {
        m.put(role + ".pod.gpu." + pod.gpuResource().get(), Long.toString(pod.gpus()));
      }
    }
  }

  /** The key the script sets per run when it {@linkplain Job#loops() loops}. */
  public static final String DRIVER_POD_NAME = "spark.kubernetes.driver.pod.name";
  /** Placeholder for the owning pod's name in an in-cluster driver template; the Job substitutes it. */
  public static final String OWNER_NAME = "@SPARKFORM_OWNER_NAME@";
  /** Placeholder for the owning pod's UID in an in-cluster driver template. */
  public static final String OWNER_UID = "@SPARKFORM_OWNER_UID@";

  /** File name of a pod's template, next to the script: {@code APP-driver-pod-template.yaml}. */
  public static String templateFile(String app, SparkPod.Role role) {
    return app + "-" + (role == SparkPod.Role.DRIVER ? "driver" : "executor") + "-pod-template.yaml";
  }

  /**
   * Every Spark app of a stack that compiles for this target (compile it first with
   * {@code StackCompiler.create().target(Target.SPARK_SUBMIT)}): throws the validation problems otherwise.
   */
  public static List<Job> jobs(Stack stack) {
    stack.validate();
    Problems problems = Problems.root().at("stack " + stack.name());
    List<Job> jobs = new ArrayList<>();
    for (StackResource r : stack.allResources()) {
      if (r instanceof SparkApp) {
        SparkApp app = (SparkApp) r;
        Problems p = problems.at(r.describe());
        KubeflowOnlyFields.check(app, Target.SPARK_SUBMIT, p);
        ApacheOnlyFields.check(app, Target.SPARK_SUBMIT, p);
        jobs.add(job(stack, app, p));
      }
    }
    problems.throwIfAny();
    return jobs;
  }

  static Job job(Stack stack, SparkApp app, Problems p) {
    return job(stack, app, false, p);
  }

  /**
   * The submission a Job in the cluster runs: as {@link #job}, with a driver template whose pod is
   * owned by the Job's pod ({@link #OWNER_NAME}, {@link #OWNER_UID}; Spark keeps a template's metadata).
   */
  static Job inClusterJob(Stack stack, SparkApp app, Problems p) {
    return job(stack, app, true, p);
  }

  private static Job job(Stack stack, SparkApp app, boolean inCluster, Problems p) {
    SubmitLifecycle.check(app, p);
    String namespace = stack.namespaceOf(app);
    EffectiveConf effective = EffectiveConf.of(app, namespace, p);
    SparkProperties conf = effective.given();
    Optional<PodTemplateSpec> driver = UserTemplates.pod(app.driverPod());
    if (inCluster) {
      PodTemplateSpec owned = new PodTemplateSpecBuilder(driver.isPresent() ? driver.get() : new PodTemplateSpec())
          .editOrNewMetadata().addNewOwnerReference().withApiVersion("v1").withKind("Pod")
          .withName(OWNER_NAME).withUid(OWNER_UID).endOwnerReference().endMetadata().build();
      driver = Optional.of(owned);
    }
    Optional<PodTemplateSpec> executor = UserTemplates.pod(app.executorPod());
    template(conf, app, app.driverPod(), driver, p);
    template(conf, app, app.executorPod(), executor, p);
    Job job = new Job(app, effective, conf, driver, executor, namespace, inCluster);
    UnwritableText.check(job.arguments(), p);
    return job;
  }

  private static void template(SparkProperties conf, SparkApp app, SparkPod pod, Optional<PodTemplateSpec> t,
      Problems p) {
    if (t.isEmpty()) {
      return;
    }
    String role = pod.role() == SparkPod.Role.DRIVER ? "driver" : "executor";
    String field = role + " pod template";
    conf.required("spark.kubernetes." + role + ".podTemplateFile", templateFile(app.name(), pod.role()),
        field, p);
    var containers = t.get().getSpec() == null ? null : t.get().getSpec().getContainers();
    if (containers != null && !containers.isEmpty()) {
      conf.required("spark.kubernetes." + role + ".podTemplateContainerName", PodTemplates.containerName(pod),
          field, p);
    }
  }
}
