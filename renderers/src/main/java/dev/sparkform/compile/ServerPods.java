package dev.sparkform.compile;

import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.Memory;
import dev.sparkform.dsl.SparkPod;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link SparkPod} as a pod that Spark does not build (a Spark Connect server's, a history
 * server's): every typed setting in the pod itself, sized as Spark sizes a driver (memory request =
 * limit = heap + overhead, CPU request = core request or cores, limit only when set), with the
 * {@link Restricted} container security context unless the pod has its own. The user's own
 * template goes under the typed settings, as for Spark's pods ({@link UserTemplates}).
 */
final class ServerPods {
  private ServerPods() {}

  /** The pod as explain counts it: one pod, sized as {@link #template} sizes it. */
  static PodLine line(String owner, String role, SparkPod pod) {
    PodSize size = SparkSizing.server(pod);
    return new PodLine(owner, role, 1, OptionalInt.of(1), size.cpuRequest(), size.cpuLimit(), Optional.empty(),
        "server().coreLimit(..)", size.memory(), Optional.of(size.memory()));
  }

  /** The pod's template with one main container named {@code container}; command and args are the caller's. */
  static PodTemplateSpec template(SparkPod pod, String container, String image, String pullPolicy,
      List<String> pullSecrets, String serviceAccount, Map<String, String> labels) {
    PodSize size = SparkSizing.server(pod);
    Memory memory = size.memory();
    Cpu request = size.cpuRequest();
    ResourceRequirementsBuilder resources = new ResourceRequirementsBuilder()
        .addToRequests("cpu", new Quantity(request.toKubernetes()))
        .addToRequests("memory", new Quantity(memory.toKubernetes()))
        .addToLimits("memory", new Quantity(memory.toKubernetes()));
    if (size.cpuLimit().isPresent()) {
      resources.addToLimits("cpu", new Quantity(size.cpuLimit().get().toKubernetes()));
    }
    Container main = new ContainerBuilder().withName(container).withImage(pod.image().orElse(image))
        .withImagePullPolicy(pullPolicy)
        .withResources(resources.build())
        .withEnv(PodParts.envVars(pod.env()))
        .withVolumeMounts(PodParts.mounts(pod.volumes()))
        .withSecurityContext(pod.securityContext().isPresent() ? PodParts.containerSecurity(pod.securityContext().get())
            : Restricted.container())
        .build();
    PodSpec spec = new PodSpecBuilder()
        .withServiceAccountName(serviceAccount)
        .withImagePullSecrets(PodParts.references(pullSecrets))
        // empty maps rather than null: what reading the rendered YAML back gives
        .withNodeSelector(new LinkedHashMap<>(pod.scheduling().nodeSelector()))
        .withTolerations(SchedulingCompiler.tolerations(pod.scheduling()))
        .withAffinity(SchedulingCompiler.affinity(pod.scheduling()).orElse(null))
        .withPriorityClassName(pod.priorityClassName().orElse(null))
        .withSchedulerName(pod.schedulerName().orElse(null))
        .withSecurityContext(PodParts.podSecurity(pod.podSecurityContext()))
        .withVolumes(PodParts.volumes(pod.volumes()))
        .withContainers(main)
        .build();
    Map<String, String> allLabels = new LinkedHashMap<>(pod.labels());
    allLabels.putAll(labels);
    PodTemplateSpec typed = new PodTemplateSpecBuilder()
        .withMetadata(new ObjectMetaBuilder().withLabels(allLabels)
            .withAnnotations(new LinkedHashMap<>(pod.annotations())).build())
        .withSpec(spec).build();
    return UserTemplates.under(pod.template(), typed);
  }
}
