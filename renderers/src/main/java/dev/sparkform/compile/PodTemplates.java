package dev.sparkform.compile;

import dev.sparkform.dsl.ConfigRef;
import dev.sparkform.dsl.EnvVar;
import dev.sparkform.dsl.SparkPod;
import dev.sparkform.dsl.Volume;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of a Spark pod that Spark has no {@code spark.kubernetes.*} key for, as a pod template:
 * tolerations, node affinity, priority class, security contexts, config-map volumes and environment
 * from config maps.
 * Spark merges the template with what it builds (it keeps these fields, and overwrites name,
 * image and resources).
 */
public final class PodTemplates {
  private PodTemplates() {}

  /** Spark's container name in driver and executor pods; a template's container must carry it. */
  public static String containerName(SparkPod pod) {
    return containerName(pod.role());
  }

  public static String containerName(SparkPod.Role role) {
    return role == SparkPod.Role.DRIVER ? "spark-kubernetes-driver" : "spark-kubernetes-executor";
  }

  /** The template, or empty when Spark's own keys express the whole pod. */
  public static Optional<PodTemplateSpec> of(SparkPod pod) {
    PodSpecBuilder spec = new PodSpecBuilder();
    boolean any = false;
    if (!pod.scheduling().tolerations().isEmpty()) {
      spec.withTolerations(SchedulingCompiler.tolerations(pod.scheduling()));
      any = true;
    }
    if (SchedulingCompiler.affinity(pod.scheduling()).isPresent()) {
      spec.withAffinity(SchedulingCompiler.affinity(pod.scheduling()).get());
      any = true;
    }
    if (pod.priorityClassName().isPresent()) {
      spec.withPriorityClassName(pod.priorityClassName().get());
      any = true;
    }
    if (pod.podSecurityContext().isPresent()) {
      spec.withSecurityContext(PodParts.podSecurity(pod.podSecurityContext().get()));
      any = true;
    }
    ContainerBuilder container = new ContainerBuilder().withName(containerName(pod));
    boolean containerNeeded = false;
    if (pod.securityContext().isPresent()) {
      container.withSecurityContext(PodParts.containerSecurity(pod.securityContext().get()));
      containerNeeded = true;
    }
    for (Volume v : pod.volumes()) {
      if (v.type() == Volume.Type.CONFIG_MAP) {
        spec.addToVolumes(PodParts.volume(v));
        container.addToVolumeMounts(PodParts.mount(v));
        containerNeeded = true;
      }
    }
    List<io.fabric8.kubernetes.api.model.EnvVar> env = new ArrayList<>();
    for (EnvVar e : pod.env()) {
      if (e.valueFrom().isPresent() && e.valueFrom().get().kind() == ConfigRef.Kind.CONFIG_MAP) {
        env.add(PodParts.envVar(e));
      }
    }
    if (!env.isEmpty()) {
      container.withEnv(env);
      containerNeeded = true;
    }
    if (containerNeeded) {
      spec.withContainers(container.build());
      any = true;
    }
    return any ? Optional.of(new PodTemplateSpecBuilder().withSpec(spec.build()).build()) : Optional.empty();
  }
}
