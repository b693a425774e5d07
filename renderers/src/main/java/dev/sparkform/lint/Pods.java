package dev.sparkform.lint;

import dev.sparkform.compile.PodTemplates;
import dev.sparkform.compile.SparkSubmitCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.dsl.Stack;
import dev.sparkform.model.apache.ApplicationPodSpec;
import dev.sparkform.model.apache.StatefulSetRoleSpec;
import dev.sparkform.model.kubeflow.SparkApplicationSpec;
import dev.sparkform.model.kubeflow.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every pod a stack's objects make run, as it will run: workloads' pod templates as rendered, and the
 * Spark pods an operator or spark-submit builds — from the pod template (Spark keeps its pod-level
 * fields and the container it names, or the first; without one it adds a container of its own, with
 * no security context), the operator's typed fields (kubeflow copies its typed security contexts,
 * sidecars and host network onto the pods) and the volumes and annotations of the Spark properties.
 */
final class Pods {
  /** {@code spark.kubernetes.driver.volumes.hostPath.data.options.path}: role, type, name, rest. */
  private static final Pattern VOLUME_KEY =
      Pattern.compile("spark\\.kubernetes\\.(driver|executor)\\.volumes\\.([A-Za-z]+)\\.([^.]+)\\.(.+)");
  private static final String ANNOTATION_KEY = "spark.kubernetes.%s.annotation.";

  private Pods() {}

  static List<LintedPod> of(Stack stack, Target target, List<HasMetadata> objects) {
    String base = "stack " + stack.name();
    List<LintedPod> out = new ArrayList<>();
    for (HasMetadata o : objects) {
      workload(o).ifPresent(t -> out.add(new LintedPod(Lint.describe(o), t.getMetadata(), spec(t))));
      String app = base + " > spark application " + o.getMetadata().getName();
      if (o instanceof dev.sparkform.model.kubeflow.SparkApplication a) {
        kubeflow(app, a.getSpec(), out);
      } else if (o instanceof dev.sparkform.model.kubeflow.ScheduledSparkApplication s) {
        kubeflow(app, s.getSpec().getTemplate(), out);
      } else if (o instanceof dev.sparkform.model.apache.SparkApplication a) {
        Map<String, String> conf = orEmpty(a.getSpec().getSparkConf());
        apache(app, SparkPod.Role.DRIVER, a.getSpec().getDriverSpec(), conf, out);
        apache(app, SparkPod.Role.EXECUTOR, a.getSpec().getExecutorSpec(), conf, out);
      } else if (o instanceof dev.sparkform.model.apache.SparkCluster c) {
        String cluster = base + " > spark cluster " + o.getMetadata().getName();
        String image = orEmpty(c.getSpec().getSparkConf()).get("spark.kubernetes.container.image");
        cluster(cluster + " > master", "master", c.getSpec().getMasterSpec(), image, out);
        cluster(cluster + " > workers", "worker", c.getSpec().getWorkerSpec(), image, out);
      }
    }
    if (target == Target.SPARK_SUBMIT) {
      for (SparkSubmitCompiler.Job job : SparkSubmitCompiler.jobs(stack)) {
        String app = base + " > spark application " + job.name();
        Map<String, String> conf = job.conf().asMap();
        out.add(spark(app, SparkPod.Role.DRIVER, job.driverTemplate(), conf));
        out.add(spark(app, SparkPod.Role.EXECUTOR, job.executorTemplate(), conf));
      }
    }
    return out;
  }

  /** The pod template of a workload kind, if {@code o} is one. */
  private static Optional<PodTemplateSpec> workload(HasMetadata o) {
    if (o instanceof Job j) {
      return Optional.ofNullable(j.getSpec().getTemplate());
    } else if (o instanceof CronJob c) {
      return Optional.ofNullable(c.getSpec().getJobTemplate().getSpec().getTemplate());
    } else if (o instanceof StatefulSet s) {
      return Optional.ofNullable(s.getSpec().getTemplate());
    } else if (o instanceof Deployment d) {
      return Optional.ofNullable(d.getSpec().getTemplate());
    } else if (o instanceof DaemonSet d) {
      return Optional.ofNullable(d.getSpec().getTemplate());
    } else if (o instanceof ReplicaSet r) {
      return Optional.ofNullable(r.getSpec().getTemplate());
    } else if (o instanceof io.fabric8.kubernetes.api.model.PodTemplate t) {
      return Optional.ofNullable(t.getTemplate());
    } else if (o instanceof io.fabric8.kubernetes.api.model.Pod p) {
      return Optional.of(new PodTemplateSpec(p.getMetadata(), p.getSpec()));
    }
    return Optional.empty();
  }

  private static PodSpec spec(PodTemplateSpec t) {
    return t.getSpec() == null ? new PodSpec() : t.getSpec();
  }

  /** kubeflow: the template (if any), then the typed fields the operator puts on the pod. */
  private static void kubeflow(String app, SparkApplicationSpec spec, List<LintedPod> out) {
    Map<String, String> conf = orEmpty(spec.getSparkConf());
    for (SparkPod.Role role : SparkPod.Role.values()) {
      SparkPodSpec<?> typed = role == SparkPod.Role.DRIVER ? spec.getDriver() : spec.getExecutor();
      Optional<PodTemplateSpec> template = Optional.ofNullable(typed).map(SparkPodSpec::getTemplate);
      LintedPod pod = spark(app, role, template, conf);
      if (typed == null) {
        out.add(pod);
        continue;
      }
      PodSpec ps = pod.spec();
      Container main = ps.getContainers().get(0);
      if (typed.getSecurityContext() != null) {
        main.setSecurityContext(typed.getSecurityContext());
      }
      Optional.ofNullable(typed.getImage()).or(() -> Optional.ofNullable(spec.getImage())).ifPresent(main::setImage);
      if (typed.getPodSecurityContext() != null) {
        ps.setSecurityContext(typed.getPodSecurityContext());
      }
      if (typed.getHostNetwork() != null) {
        ps.setHostNetwork(typed.getHostNetwork());
      }
      Optional.ofNullable(typed.getSidecars()).ifPresent(s -> ps.getContainers().addAll(s));
      Optional.ofNullable(typed.getInitContainers()).ifPresent(s -> ps.getInitContainers().addAll(s));
      Set<String> mounted = Optional.ofNullable(typed.getVolumeMounts()).orElse(List.of()).stream()
          .map(m -> m.getName()).collect(Collectors.toSet());
      Optional.ofNullable(spec.getVolumes()).orElse(List.of()).stream().filter(v -> mounted.contains(v.getName()))
          .forEach(ps.getVolumes()::add);
      Optional.ofNullable(typed.getAnnotations()).ifPresent(a -> pod.meta().getAnnotations().putAll(a));
      out.add(pod);
    }
  }

  private static void apache(String app, SparkPod.Role role, ApplicationPodSpec spec, Map<String, String> conf,
      List<LintedPod> out) {
    out.add(spark(app, role, Optional.ofNullable(spec).map(ApplicationPodSpec::getPodTemplateSpec), conf));
  }

  /** A SparkCluster's master or workers: the operator builds a StatefulSet on the template, its container named so. */
  private static void cluster(String path, String container, StatefulSetRoleSpec<?> role, String image,
      List<LintedPod> out) {
    PodTemplateSpec t = Optional.ofNullable(role).map(StatefulSetRoleSpec::getStatefulSetSpec)
        .map(StatefulSetSpec::getTemplate).orElseGet(PodTemplateSpec::new);
    PodSpec spec = copy(spec(t));
    Container main = spec.getContainers().stream().filter(c -> container.equals(c.getName())).findFirst()
        .orElseGet(() -> {
          Container c = new ContainerBuilder().withName(container).build();
          spec.getContainers().add(0, c);
          return c;
        });
    if (main.getImage() == null) {
      main.setImage(image);
    }
    out.add(new LintedPod(path, t.getMetadata(), spec));
  }

  /**
   * A driver or executor pod as Spark builds it: the template's pod, its Spark container (the one
   * named by podTemplateContainerName, else the first; Spark's own bare container when it has none)
   * first, with the image, volumes and annotations of the Spark properties.
   */
  private static LintedPod spark(String app, SparkPod.Role role, Optional<PodTemplateSpec> template,
      Map<String, String> conf) {
    String r = role == SparkPod.Role.DRIVER ? "driver" : "executor";
    PodTemplateSpec t = template.orElseGet(PodTemplateSpec::new);
    PodSpec spec = copy(spec(t));
    String name = conf.getOrDefault("spark.kubernetes." + r + ".podTemplateContainerName",
        PodTemplates.containerName(role));
    List<Container> containers = new ArrayList<>(spec.getContainers());
    Container main = containers.stream().filter(c -> name.equals(c.getName())).findFirst()
        .orElse(containers.isEmpty() ? new ContainerBuilder().withName(name).build() : containers.get(0));
    containers.remove(main);
    containers.add(0, main);
    main.setImage(Optional.ofNullable(conf.get("spark.kubernetes." + r + ".container.image"))
        .orElse(conf.get("spark.kubernetes.container.image")));
    spec.setContainers(containers);
    spec.getVolumes().addAll(confVolumes(conf, r));
    ObjectMeta meta = t.getMetadata() == null ? new ObjectMeta() : t.getMetadata();
    Map<String, String> annotations = new LinkedHashMap<>(orEmpty(meta.getAnnotations()));
    String prefix = String.format(ANNOTATION_KEY, r);
    conf.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        annotations.put(k.substring(prefix.length()), v);
      }
    });
    ObjectMeta copy = new io.fabric8.kubernetes.api.model.ObjectMetaBuilder(meta).withAnnotations(annotations).build();
    return new LintedPod(app + " > " + r, copy, spec);
  }

  /** The volumes Spark adds from {@code spark.kubernetes.ROLE.volumes.TYPE.NAME.*}. */
  private static List<Volume> confVolumes(Map<String, String> conf, String role) {
    Map<String, String> types = new LinkedHashMap<>();
    Set<String> names = new TreeSet<>();
    conf.keySet().forEach(k -> {
      Matcher m = VOLUME_KEY.matcher(k);
      if (m.matches() && m.group(1).equals(role) && names.add(m.group(3))) {
        types.put(m.group(3), m.group(2));
      }
    });
    List<Volume> out = new ArrayList<>();
    types.forEach((name, type) -> {
      String options = "spark.kubernetes." + role + ".volumes." + type + "." + name + ".options.";
      VolumeBuilder v = new VolumeBuilder().withName(name);
      switch (type) {
        case "hostPath" -> v.withNewHostPath().withPath(conf.get(options + "path")).endHostPath();
        case "emptyDir" -> v.withNewEmptyDir().endEmptyDir();
        case "persistentVolumeClaim" -> v.withNewPersistentVolumeClaim().withClaimName(conf.get(options + "claimName"))
            .endPersistentVolumeClaim();
        case "nfs" -> v.withNewNfs().withServer(conf.get(options + "server")).withPath(conf.get(options + "path"))
            .endNfs();
        default -> { }
      }
      out.add(v.build());
    });
    return out;
  }

  /** A deep copy with every list this class adds to present. */
  private static PodSpec copy(PodSpec spec) {
    PodSpec c = new PodSpecBuilder(spec).build();
    c.setContainers(new ArrayList<>(Optional.ofNullable(c.getContainers()).orElse(List.of())));
    c.setInitContainers(new ArrayList<>(Optional.ofNullable(c.getInitContainers()).orElse(List.of())));
    c.setVolumes(new ArrayList<>(Optional.ofNullable(c.getVolumes()).orElse(List.of())));
    return c;
  }

  private static Map<String, String> orEmpty(Map<String, String> m) {
    return m == null ? Map.of() : m;
  }
}
