package dev.sparkform.dsl;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;

/**
 * What a user's StatefulSet spec for a cluster's master or workers may hold: the operator sets
 * replicas (from the worker bounds), selector and service name itself, and a field set both typed
 * and in the spec would lose one of its values.
 */
final class StatefulSetRules {
  private StatefulSetRules() {}

  static void check(Problems p, ClusterNode node, StatefulSetSpec spec) {
    if (spec.getReplicas() != null || spec.getSelector() != null || spec.getServiceName() != null) {
      p.add("replicas, selector and serviceName are set by the operator; leave them out");
    }
    PodSpec pod = spec.getTemplate() == null ? null : spec.getTemplate().getSpec();
    if (pod != null) {
      TemplateOverlap.setOnce(p, pod, node.priorityClassName().isPresent(), node.podSecurityContext().isPresent());
    }
  }
}
