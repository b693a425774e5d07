package dev.sparkform.dsl;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;

/**
 * A user's pod template (or a cluster node's StatefulSet template) beside the typed settings: the
 * typed values are laid over the template, so a field set in both silently loses the template's
 * value (a problem); fields Spark sets itself are ignored in the template (a warning).
 */
final class TemplateOverlap {
  private TemplateOverlap() {}

  /** A pod field set both in a user's template and by its typed setter: a problem per field. */
  static void setOnce(Problems p, PodSpec spec, boolean typedPriorityClass, boolean typedSecurityContext) {
    if (spec.getPriorityClassName() != null && typedPriorityClass) {
      p.add("priorityClassName is set both in the template and by priorityClassName(..); set it in one place");
    }
    if (spec.getSecurityContext() != null && typedSecurityContext) {
      p.add("securityContext is set both in the template and by podSecurityContext(..); set it in one place");
    }
  }

  static void pod(Problems p, SparkPod pod, PodTemplateSpec template) {
    PodSpec spec = template.getSpec();
    if (spec == null) {
      return;
    }
    setOnce(p, spec, pod.priorityClassName().isPresent(), pod.podSecurityContext().isPresent());
    if (spec.getRestartPolicy() != null) {
      p.warn("Spark sets the pod's restartPolicy (Never); the template's %s is ignored", spec.getRestartPolicy());
    }
    String spark = pod.role() == SparkPod.Role.DRIVER ? "spark-kubernetes-driver" : "spark-kubernetes-executor";
    for (Container c : spec.getContainers()) {
      if (spark.equals(c.getName()) && c.getImage() != null) {
        p.warn("Spark sets container %s's image; use image(..)", spark);
      }
    }
  }
}
