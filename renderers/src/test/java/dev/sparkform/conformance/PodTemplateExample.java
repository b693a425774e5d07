package dev.sparkform.conformance;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import java.util.Map;

/**
 * The typed (fabric8) pod templates of upstream {@code spark-pi-pod-template.yaml}: environment from
 * values, keys and whole ConfigMaps and Secrets, a port, pod affinity and tolerations. Written with
 * fabric8's builders, as a user would where the DSL has no field of its own.
 */
final class PodTemplateExample {
  private static final Map<String, String> VERSION = Map.of("spark.apache.org/version", "4.0.0");

  private PodTemplateExample() {}

  static PodTemplateSpec driver() {
    Container c = container("spark-kubernetes-driver")
        .addNewPort().withName("custom-port").withContainerPort(12345).withProtocol("TCP").endPort()
        // Spark overwrites these; upstream keeps them to show it (sparkform warns)
        .withNewResources()
        .addToRequests("cpu", new Quantity("500m")).addToRequests("memory", new Quantity("512Mi"))
        .addToLimits("cpu", new Quantity("1")).addToLimits("memory", new Quantity("1Gi"))
        .endResources()
        .build();
    return template(new PodSpecBuilder(pod().build()).withContainers(c)
        .withServiceAccountName("spark-operator-spark").build());
  }

  static PodTemplateSpec executor() {
    Container c = container("spark-kubernetes-executor")
        .addNewVolumeMount().withName("spark-local-dir-1").withMountPath("/mnt/disk1").endVolumeMount()
        .withNewResources()
        .addToRequests("cpu", new Quantity("1")).addToRequests("memory", new Quantity("1Gi"))
        .addToLimits("cpu", new Quantity("1500m")).addToLimits("memory", new Quantity("1512Mi"))
        .endResources()
        .build();
    return template(new PodSpecBuilder(pod().build()).withContainers(c)
        .addNewVolume().withName("spark-local-dir-1").withNewEmptyDir().withSizeLimit(new Quantity("100Mi"))
        .endEmptyDir().endVolume().build());
  }

  private static PodTemplateSpec template(io.fabric8.kubernetes.api.model.PodSpec spec) {
    return new PodTemplateSpecBuilder().withNewMetadata().withLabels(VERSION).withAnnotations(VERSION).endMetadata()
        .withSpec(spec).build();
  }

  /** What driver and executor pods share: security context, node selector, affinity, tolerations. */
  private static PodSpecBuilder pod() {
    return new PodSpecBuilder()
        // upstream puts container settings (capabilities, allowPrivilegeEscalation) at pod level; the
        // untyped CRD field keeps them, Kubernetes would drop them
        .withNewSecurityContext().withRunAsGroup(185L).withRunAsUser(185L).withRunAsNonRoot(true)
        .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
        .withNodeSelector(Map.of("kubernetes.io/os", "linux"))
        .withNewAffinity().withNewPodAffinity().addNewPreferredDuringSchedulingIgnoredDuringExecution()
        .withWeight(1).withNewPodAffinityTerm().withNewLabelSelector()
        .withMatchLabels(Map.of("spark-app-name", "spark-pi-pod-template")).endLabelSelector()
        .withTopologyKey("kubernetes.io/hostname").endPodAffinityTerm()
        .endPreferredDuringSchedulingIgnoredDuringExecution().endPodAffinity().endAffinity()
        .addNewToleration().withOperator("Exists").withEffect("NoSchedule").endToleration();
  }

  private static ContainerBuilder container(String name) {
    return new ContainerBuilder().withName(name)
        .addNewEnv().withName("KEY0").withValue("VALUE0").endEnv()
        .addNewEnv().withName("KEY1").withNewValueFrom().withNewConfigMapKeyRef("KEY1", "test-configmap", null)
        .endValueFrom().endEnv()
        .addNewEnv().withName("KEY2").withNewValueFrom().withNewSecretKeyRef("KEY2", "test-secret", null)
        .endValueFrom().endEnv()
        .addNewEnvFrom().withNewConfigMapRef("test-configmap-2", null).endEnvFrom()
        .addNewEnvFrom().withNewSecretRef("test-secret-2", null).endEnvFrom();
  }
}
