package dev.sparkform.dsl;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;

/**
 * What a user's pod template may hold. Spark builds the driver and executor pods itself and
 * overwrites some template fields; setting those, or setting a field both typed and in the template,
 * silently loses one of the two values, so each is a problem.
 */
final class PodTemplateRules {
  private PodTemplateRules() {}

  /** A pod field set both in a user's template and by its typed setter loses one value: a problem. */
  static void setOnce(Problems p, PodSpec spec, boolean typedPriorityClass, boolean typedSecurityContext) {
    if (spec.getPriorityClassName() != null && typedPriorityClass) {
      p.add("priorityClassName is set both in the template and by priorityClassName(..); set it in one place");
    }
    if (spec.getSecurityContext() != null && typedSecurityContext) {
      p.add("securityContext is set both in the template and by podSecurityContext(..); set it in one place");
    }
  }

  static void check(Problems p, SparkPod pod, PodTemplateSpec template) {
    ObjectMeta meta = template.getMetadata();
    if (meta != null && (meta.getName() != null || meta.getNamespace() != null)) {
      p.add("metadata name and namespace are set by Spark; leave them out of the template");
    }
    PodSpec spec = template.getSpec();
    if (spec == null) {
      return;
    }
    if (spec.getRestartPolicy() != null) {
      p.add("restartPolicy is set by Spark (Never); leave it out of the template");
    }
    setOnce(p, spec, pod.priorityClassName().isPresent(), pod.podSecurityContext().isPresent());
    if (spec.getServiceAccountName() != null) {
      p.add("serviceAccountName is set by Spark from serviceAccount(..); leave it out of the template");
    }
    String spark = pod.role() == SparkPod.Role.DRIVER ? "spark-kubernetes-driver" : "spark-kubernetes-executor";
    for (Container c : spec.getContainers()) {
      if (spark.equals(c.getName()) && (c.getImage() != null || c.getResources() != null)) {
        p.add("container %s: image and resources are set by Spark (image(..), cores(..), memory(..)); leave them out",
            spark);
      }
    }
  }
}
