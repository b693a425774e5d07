package dev.sparkform.compile;

import dev.sparkform.compile.SparkConfMapper.Aspect;
import dev.sparkform.dsl.ClusterNode;
import dev.sparkform.dsl.DeployMode;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkCluster;
import dev.sparkform.dsl.SparkType;
import dev.sparkform.model.apache.ApplicationPodSpec;
import dev.sparkform.model.apache.ClusterTolerations;
import dev.sparkform.model.apache.MasterSpec;
import dev.sparkform.model.apache.RuntimeVersions;
import dev.sparkform.model.apache.SparkApplication;
import dev.sparkform.model.apache.SparkApplicationSpec;
import dev.sparkform.model.apache.SparkClusterSpec;
import dev.sparkform.model.apache.StatefulSetRoleSpec;
import dev.sparkform.model.apache.WorkerInstanceConfig;
import dev.sparkform.model.apache.WorkerSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Spark apps and clusters for the Apache operator ({@code spark.apache.org/v1}). Its SparkApplication
 * carries most settings as Spark properties in {@code sparkConf}, the rest in pod templates; the
 * operator has no scheduled applications, so a schedule is an error naming the target.
 */
final class ApacheCompiler {
  /** Only the main files and their companions have fields of their own. */
  static final EnumSet<Aspect> NATIVE = EnumSet.of(Aspect.DEPS_FILES);

  private ApacheCompiler() {}

  static HasMetadata app(SparkApp app, ObjectMeta meta, Problems p) {
    if (app.schedule().isPresent()) {
      p.add("schedule cannot be expressed for target apache: the Apache operator has no scheduled applications"
          + " (use --target kubeflow, or start the app from a CronJob)");
    }
    SparkType type = app.effectiveType();
    // A server whose main class is in the image (Spark Connect) has no main file: jars are only its deps.
    String main = app.mainApplicationFile().orElse(null);
    SparkApplicationSpec spec = new SparkApplicationSpec()
        .withMainClass(app.mainClass().orElse(null))
        .withDriverArgs(Absent.ifEmpty(app.arguments()))
        // ClusterMode is the operator's default: written only when it differs.
        .withDeploymentMode(app.mode() == DeployMode.CLUSTER ? null : "ClientMode")
        .withRuntimeVersions(new RuntimeVersions().withSparkVersion(app.sparkVersion().orElseThrow()))
        .withSparkConf(Absent.ifEmpty(SparkConfMapper.map(app, NATIVE).asMap()))
        .withFiles(join(app.deps().files()));
    switch (type) {
      case PYTHON:
        spec.withPyFiles(join(prepend(main, app.deps().pyFiles()))).withJars(join(app.deps().jars()));
        break;
      case R:
        spec.withSparkRFiles(main).withJars(join(app.deps().jars()));
        break;
      default:
        spec.withJars(join(prepend(main, app.deps().jars())));
    }
    Optional<PodTemplateSpec> driver = UserTemplates.pod(app.driverPod());
    if (driver.isPresent()) {
      spec.withDriverSpec(new ApplicationPodSpec().withPodTemplateSpec(driver.get()));
    }
    Optional<PodTemplateSpec> executor = UserTemplates.pod(app.executorPod());
    if (executor.isPresent()) {
      spec.withExecutorSpec(new ApplicationPodSpec().withPodTemplateSpec(executor.get()));
    }
    spec.withApplicationTolerations(ApacheTolerations.of(app, p).orElse(null));
    return new SparkApplication().withMetadata(meta).withSpec(spec);
  }

  static HasMetadata cluster(SparkCluster cluster, ObjectMeta meta) {
    Map<String, String> conf = new TreeMap<>();
    if (cluster.image().isPresent()) {
      conf.put("spark.kubernetes.container.image", cluster.image().get());
    }
    conf.putAll(cluster.sparkConf());
    SparkClusterSpec spec = new SparkClusterSpec()
        .withRuntimeVersions(new RuntimeVersions().withSparkVersion(cluster.sparkVersion().orElseThrow())
            .withScalaVersion(cluster.scalaVersion().orElse(null)).withJdkVersion(cluster.jdkVersion().orElse(null)))
        .withSparkConf(Absent.ifEmpty(conf));
    if (cluster.initWorkers().isPresent() || cluster.minWorkers().isPresent() || cluster.maxWorkers().isPresent()) {
      spec.withClusterTolerations(new ClusterTolerations().withInstanceConfig(new WorkerInstanceConfig()
          .withInitWorkers(cluster.initWorkers().isPresent() ? cluster.initWorkers().getAsInt() : null)
          .withMinWorkers(cluster.minWorkers().isPresent() ? cluster.minWorkers().getAsInt() : null)
          .withMaxWorkers(cluster.maxWorkers().isPresent() ? cluster.maxWorkers().getAsInt() : null)));
    }
    MasterSpec master = role(new MasterSpec(), cluster.master(), "master");
    if (!master.equals(new MasterSpec())) {
      spec.withMasterSpec(master);
    }
    WorkerSpec workers = role(new WorkerSpec(), cluster.workers(), "worker")
        .withHorizontalPodAutoscalerSpec(cluster.workerAutoscaling().orElse(null));
    if (!workers.equals(new WorkerSpec())) {
      spec.withWorkerSpec(workers);
    }
    return new dev.sparkform.model.apache.SparkCluster().withMetadata(meta).withSpec(spec);
  }

  /** The master's or workers' StatefulSet template, and the metadata of the StatefulSet and its Service. */
  private static <T extends StatefulSetRoleSpec<T>> T role(T spec, ClusterNode node, String container) {
    // The operator merges this template into the StatefulSet it builds for the master or the workers.
    spec.withStatefulSetSpec(ClusterNodes.statefulSetSpec(node, container));
    if (!node.statefulSetAnnotations().isEmpty()) {
      spec.withStatefulSetMetadata(new ObjectMetaBuilder().withAnnotations(new LinkedHashMap<>(node.statefulSetAnnotations()))
          .build());
    }
    if (!node.serviceAnnotations().isEmpty()) {
      spec.withServiceMetadata(new ObjectMetaBuilder().withAnnotations(new LinkedHashMap<>(node.serviceAnnotations()))
          .build());
    }
    return spec;
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    if (first != null) {
      all.add(first);
    }
    all.addAll(rest);
    return all;
  }

  private static String join(List<String> uris) {
    return uris.isEmpty() ? null : String.join(",", uris);
  }
}
