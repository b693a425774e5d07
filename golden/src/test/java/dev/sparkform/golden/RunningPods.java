package dev.sparkform.golden;

import dev.sparkform.compile.SparkSubmitCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.kubetier.PodSecurityEvaluator.Pod;
import dev.sparkform.model.kubeflow.ScheduledSparkApplication;
import dev.sparkform.model.kubeflow.SparkApplicationSpec;
import dev.sparkform.model.kubeflow.SparkPodSpec;
import dev.sparkform.render.SparkSubmitFiles;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every pod that will run when a stack rendered for a target is applied, as the pod's creator will
 * build it, so that its security can be judged (the security-relevant parts: containers with their
 * security contexts, pod security context, volumes):
 * <ul>
 *   <li>Jobs, CronJobs, StatefulSets, Deployments: their pod templates as written;
 *   <li>Spark's driver and executor pods from a pod template (spark-submit's template files, the
 *       Apache SparkApplication's {@code podTemplateSpec}s), completed as Spark 4.2 completes them:
 *       Spark's container is the one named by {@code podTemplateContainerName}, else the first, else a
 *       new one without a security context; Spark adds the volumes of its
 *       {@code spark.kubernetes.*.volumes.*} keys (its own conf, local-dir and secret volumes are of
 *       allowed types and change no verdict, so they are left out);
 *   <li>kubeflow SparkApplications: the pod that operator builds — the template completed as above,
 *       then the typed {@code securityContext} replacing Spark's container's, {@code podSecurityContext}
 *       the pod's, sidecars and init containers added, and the app's volumes that the pod mounts;
 *   <li>Apache SparkClusters: the master's and workers' StatefulSet templates, with the operator's
 *       {@code master}/{@code worker} container added when absent (it sets no security context).
 * </ul>
 */
final class RunningPods {
  private static final Pattern VOLUME_KEY =
      Pattern.compile("spark\\.kubernetes\\.(driver|executor)\\.volumes\\.([A-Za-z]+)\\.([^.]+)\\.mount\\.path");

  private RunningPods() {}

  /** The pods of one example's objects (and, for spark-submit, its submissions), named {@code PREFIX KIND NAME [role]}. */
  static List<Pod> of(String prefix, Stack stack, Target target, List<HasMetadata> objects) {
    List<Pod> pods = new ArrayList<>();
    for (HasMetadata o : objects) {
      String id = prefix + " " + o.getKind() + " " + o.getMetadata().getName();
      if (o instanceof Job j) {
        pods.add(pod(id, j.getSpec().getTemplate()));
      } else if (o instanceof CronJob c) {
        pods.add(pod(id, c.getSpec().getJobTemplate().getSpec().getTemplate()));
      } else if (o instanceof StatefulSet s) {
        pods.add(pod(id, s.getSpec().getTemplate()));
      } else if (o instanceof Deployment d) {
        pods.add(pod(id, d.getSpec().getTemplate()));
      } else if (o instanceof io.fabric8.kubernetes.api.model.Pod p) {
        pods.add(new Pod(id, p.getMetadata(), p.getSpec()));
      } else if (o instanceof dev.sparkform.model.apache.SparkApplication a) {
        var spec = a.getSpec();
        Map<String, String> conf = spec.getSparkConf() == null ? Map.of() : spec.getSparkConf();
        pods.add(spark(id + " driver", spec.getDriverSpec() == null ? null : spec.getDriverSpec().getPodTemplateSpec(),
            "driver", conf));
        pods.add(spark(id + " executor", spec.getExecutorSpec() == null ? null
            : spec.getExecutorSpec().getPodTemplateSpec(), "executor", conf));
      } else if (o instanceof dev.sparkform.model.apache.SparkCluster c) {
        var spec = c.getSpec();
        pods.add(clusterNode(id + " master", spec.getMasterSpec() == null ? null
            : spec.getMasterSpec().getStatefulSetSpec(), "master"));
        pods.add(clusterNode(id + " worker", spec.getWorkerSpec() == null ? null
            : spec.getWorkerSpec().getStatefulSetSpec(), "worker"));
      } else if (o instanceof dev.sparkform.model.kubeflow.SparkApplication a) {
        kubeflow(pods, id, a.getSpec());
      } else if (o instanceof ScheduledSparkApplication s) {
        kubeflow(pods, id, s.getSpec().getTemplate());
      }
    }
    if (target == Target.SPARK_SUBMIT) {
      for (SparkSubmitCompiler.Job job : SparkSubmitCompiler.jobs(stack)) {
        Map<String, String> files = SparkSubmitFiles.files(job, Optional.empty(), stack.name());
        for (String role : List.of("driver", "executor")) {
          String file = job.name() + "-" + role + "-pod-template.yaml";
          PodTemplateSpec t = null;
          if (files.containsKey(file)) {
            io.fabric8.kubernetes.api.model.Pod p = new KubernetesSerialization()
                .unmarshal(files.get(file), io.fabric8.kubernetes.api.model.Pod.class);
            t = new PodTemplateSpec(p.getMetadata(), p.getSpec());
          }
          pods.add(spark(prefix + " spark-submit " + job.name() + " " + role, t, role, job.conf().asMap()));
        }
      }
    }
    return pods;
  }

  private static Pod pod(String id, PodTemplateSpec t) {
    return new Pod(id, t.getMetadata(), t.getSpec());
  }

  /** Spark's pod from a template (or none), as Spark 4.2's feature steps complete it. */
  private static Pod spark(String id, PodTemplateSpec template, String role, Map<String, String> conf) {
    PodSpec spec = template == null || template.getSpec() == null ? new PodSpec()
        : new PodSpecBuilder(template.getSpec()).build();
    Container spark = sparkContainer(spec, conf.getOrDefault("spark.kubernetes." + role + ".podTemplateContainerName",
        "spark-kubernetes-" + role));
    List<Volume> volumes = new ArrayList<>(spec.getVolumes());
    List<VolumeMount> mounts = new ArrayList<>(spark.getVolumeMounts());
    Map<String, String> sorted = new TreeMap<>(conf);
    sorted.forEach((k, path) -> {
      Matcher m = VOLUME_KEY.matcher(k);
      if (m.matches() && m.group(1).equals(role)) {
        String prefix = "spark.kubernetes." + role + ".volumes." + m.group(2) + "." + m.group(3) + ".options.";
        volumes.add(volume(m.group(2), m.group(3), prefix, conf));
        mounts.add(new VolumeMountBuilder().withName(m.group(3)).withMountPath(path).build());
      }
    });
    spec.setVolumes(volumes);
    spark.setVolumeMounts(mounts);
    return new Pod(id, template == null ? null : template.getMetadata(), spec);
  }

  /** Spark's container: the named one, else the first, else a new one (Spark's {@code selectSparkContainer}). */
  private static Container sparkContainer(PodSpec spec, String name) {
    List<Container> containers = new ArrayList<>(spec.getContainers());
    Container c = containers.stream().filter(x -> name.equals(x.getName())).findFirst()
        .orElseGet(() -> containers.isEmpty() ? null : containers.get(0));
    if (c == null) {
      c = new ContainerBuilder().withName(name).withImage("spark").build();
      containers.add(c);
    }
    if (c.getImage() == null) {
      c.setImage("spark");
    }
    spec.setContainers(containers);
    return c;
  }

  private static Volume volume(String type, String name, String options, Map<String, String> conf) {
    VolumeBuilder b = new VolumeBuilder().withName(name);
    switch (type) {
      case "hostPath":
        return b.withNewHostPath().withPath(conf.get(options + "path")).endHostPath().build();
      case "nfs":
        return b.withNewNfs().withServer(conf.get(options + "server")).withPath(conf.get(options + "path")).endNfs()
            .build();
      case "persistentVolumeClaim":
        return b.withNewPersistentVolumeClaim().withClaimName(conf.get(options + "claimName"))
            .endPersistentVolumeClaim().build();
      case "emptyDir":
        return b.withNewEmptyDir().endEmptyDir().build();
      default:
        throw new AssertionError("a Spark volume type this check does not know: " + type + " (" + name + ")");
    }
  }

  private static Pod clusterNode(String id, StatefulSetSpec spec, String container) {
    PodTemplateSpec t = spec == null || spec.getTemplate() == null ? new PodTemplateSpec() : spec.getTemplate();
    PodSpec pod = t.getSpec() == null ? new PodSpec() : new PodSpecBuilder(t.getSpec()).build();
    List<Container> containers = new ArrayList<>(pod.getContainers());
    if (containers.stream().noneMatch(c -> container.equals(c.getName()))) {
      containers.add(new ContainerBuilder().withName(container).build());
    }
    containers.forEach(c -> c.setImage(c.getImage() == null ? "spark" : c.getImage()));
    pod.setContainers(containers);
    return new Pod(id, t.getMetadata(), pod);
  }

  private static void kubeflow(List<Pod> pods, String id, SparkApplicationSpec app) {
    Map<String, String> conf = app.getSparkConf() == null ? Map.of() : app.getSparkConf();
    pods.add(kubeflowPod(id + " driver", app, app.getDriver(), "driver", conf));
    pods.add(kubeflowPod(id + " executor", app, app.getExecutor(), "executor", conf));
  }

  /** The pod the kubeflow operator has Spark build, with its typed fields applied as that operator does. */
  private static Pod kubeflowPod(String id, SparkApplicationSpec app, SparkPodSpec<?> typed, String role,
      Map<String, String> conf) {
    Pod base = spark(id, typed == null ? null : typed.getTemplate(), role, conf);
    PodSpec spec = base.spec();
    if (typed == null) {
      return base;
    }
    Container spark = sparkContainer(spec, "spark-kubernetes-" + role);
    if (typed.getSecurityContext() != null) {
      spark.setSecurityContext(typed.getSecurityContext());
    }
    if (typed.getPodSecurityContext() != null) {
      spec.setSecurityContext(typed.getPodSecurityContext());
    }
    if (typed.getHostNetwork() != null) {
      spec.setHostNetwork(typed.getHostNetwork());
    }
    List<Container> containers = new ArrayList<>(spec.getContainers());
    containers.addAll(typed.getSidecars() == null ? List.of() : typed.getSidecars());
    spec.setContainers(containers);
    List<Container> init = new ArrayList<>(spec.getInitContainers());
    init.addAll(typed.getInitContainers() == null ? List.of() : typed.getInitContainers());
    spec.setInitContainers(init);
    List<VolumeMount> mounts = typed.getVolumeMounts() == null ? List.of() : typed.getVolumeMounts();
    List<Volume> volumes = new ArrayList<>(spec.getVolumes());
    for (Volume v : app.getVolumes() == null ? List.<Volume>of() : app.getVolumes()) {
      if (mounts.stream().anyMatch(m -> m.getName().equals(v.getName()))) {
        volumes.add(v);
      }
    }
    spec.setVolumes(volumes);
    List<VolumeMount> all = new ArrayList<>(spark.getVolumeMounts());
    all.addAll(mounts);
    spark.setVolumeMounts(all);
    return base;
  }
}
