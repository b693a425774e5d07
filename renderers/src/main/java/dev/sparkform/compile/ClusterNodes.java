package dev.sparkform.compile;

import dev.sparkform.dsl.ClusterNode;
import dev.sparkform.dsl.SecurityProfile;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The StatefulSet spec a cluster's master or workers start from: the user's own spec (if any) with
 * the typed pod settings laid over it. The Apache operator receives it in the SparkCluster; the
 * spark-submit target builds the StatefulSet on it, as the operator does.
 */
final class ClusterNodes {
  private ClusterNodes() {}

  /**
   * Null when the node sets nothing for the pod template and opted out of the {@link RestrictedDefaults},
   * which (by default) every container gets, the operator's {@code container} included.
   */
  static StatefulSetSpec statefulSetSpec(ClusterNode node, String container) {
    StatefulSetSpec typed = node.isEmpty() && node.podSecurityContext().isEmpty() ? null : typed(node, container);
    StatefulSetSpec merged = UserTemplates.statefulSet(node.statefulSetSpec().orElse(null), typed, container);
    if (node.securityProfile() != SecurityProfile.RESTRICTED) {
      return merged;
    }
    StatefulSetSpec out = merged == null ? new StatefulSetSpec() : new StatefulSetSpecBuilder(merged).build();
    PodTemplateSpec template = out.getTemplate() == null ? new PodTemplateSpec() : out.getTemplate();
    template.setSpec(RestrictedDefaults.pod(template.getSpec(), container));
    out.setTemplate(template);
    return out;
  }

  private static StatefulSetSpec typed(ClusterNode node, String container) {
    PodSpecBuilder pod = new PodSpecBuilder()
        .withNodeSelector(new LinkedHashMap<>(node.scheduling().nodeSelector()))
        .withTolerations(SchedulingCompiler.tolerations(node.scheduling()))
        .withAffinity(SchedulingCompiler.affinity(node.scheduling()).orElse(null))
        .withPriorityClassName(node.priorityClassName().orElse(null))
        .withSecurityContext(PodParts.podSecurity(node.podSecurityContext()));
    if (node.cpu().isPresent() || node.memory().isPresent() || node.securityContext().isPresent()) {
      ContainerBuilder c = new ContainerBuilder().withName(container)
          .withSecurityContext(PodParts.containerSecurity(node.securityContext()));
      if (node.cpu().isPresent() || node.memory().isPresent()) {
        Map<String, Quantity> amounts = new LinkedHashMap<>();
        if (node.cpu().isPresent()) {
          amounts.put("cpu", new Quantity(node.cpu().get().toKubernetes()));
        }
        if (node.memory().isPresent()) {
          amounts.put("memory", new Quantity(node.memory().get().toKubernetes()));
        }
        c.withResources(new ResourceRequirementsBuilder().withRequests(amounts)
            .withLimits(new LinkedHashMap<>(amounts)).build());
      }
      pod.withContainers(c.build());
    }
    ObjectMeta podMeta = node.labels().isEmpty() && node.annotations().isEmpty() ? null
        : new ObjectMetaBuilder().withLabels(new LinkedHashMap<>(node.labels()))
            .withAnnotations(new LinkedHashMap<>(node.annotations())).build();
    return new StatefulSetSpecBuilder().withNewTemplate().withMetadata(podMeta).withSpec(pod.build()).endTemplate()
        .build();
  }
}
