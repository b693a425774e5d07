package dev.sparkform.dsl;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Spark does with a {@link SparkPod#template()}: it takes the container named
 * {@code spark-kubernetes-driver} / {@code spark-kubernetes-executor} (else the first) as its own,
 * and overwrites the pod's name and namespace and its container's image and cpu/memory resources.
 */
final class PodTemplateRules {
  private PodTemplateRules() {}

  /** The service account a driver template names, if any. */
  static Optional<String> serviceAccountName(SparkPod pod) {
    if (pod.template().isEmpty() || pod.template().get().getSpec() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(pod.template().get().getSpec().getServiceAccountName());
  }

  static void validate(SparkPod pod, Problems p) {
    if (pod.template().isEmpty()) {
      return;
    }
    Problems t = p.at("template");
    PodTemplateSpec template = pod.template().get();
    ObjectMeta meta = template.getMetadata();
    if (meta != null && (meta.getName() != null || meta.getNamespace() != null)) {
      t.warn("Spark names the pod and sets its namespace; the template's metadata name and namespace are ignored");
    }
    List<Container> containers = template.getSpec() == null ? List.of() : template.getSpec().getContainers();
    for (int i = 0; i < containers.size(); i++) {
      if (containers.get(i).getName() == null || containers.get(i).getName().isBlank()) {
        t.at("container", i).add("has no name (Spark's own is \"%s\")", sparkContainer(pod));
      }
    }
    Container spark = containers.isEmpty() ? null : containers.get(0);
    for (Container c : containers) {
      if (sparkContainer(pod).equals(c.getName())) {
        spark = c;
        break;
      }
    }
    if (spark != null && spark.getResources() != null && hasCpuOrMemory(spark)) {
      t.warn("Spark overwrites container %s's cpu and memory; use cores, coreLimit, memory and memoryOverhead",
          spark.getName());
    }
    Names.dnsSubdomain(t, "service account", serviceAccountName(pod));
  }

  /** A driver whose own service account and template's disagree: which one runs is up to the operator. */
  static void serviceAccount(SparkApp app, Problems p) {
    Optional<String> own = app.driver().serviceAccount();
    Optional<String> templated = serviceAccountName(app.driver());
    if (own.isPresent() && templated.isPresent() && !own.get().equals(templated.get())) {
      p.at("driver").add("service account \"%s\" contradicts the template's serviceAccountName \"%s\"", own.get(),
          templated.get());
    }
  }

  static String sparkContainer(SparkPod pod) {
    return pod.role() == SparkPod.Role.DRIVER ? "spark-kubernetes-driver" : "spark-kubernetes-executor";
  }

  private static boolean hasCpuOrMemory(Container c) {
    return cpuOrMemory(c.getResources().getRequests()) || cpuOrMemory(c.getResources().getLimits());
  }

  private static boolean cpuOrMemory(Map<String, ?> m) {
    return m != null && (m.containsKey("cpu") || m.containsKey("memory"));
  }
}
