package dev.sparkform.dsl;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The master's or the workers' pods of a {@link SparkCluster}: resources, labels, annotations and
 * scheduling. The operator runs each as a StatefulSet whose pod template carries these.
 */
@Value.Immutable
public abstract class ClusterNode {
  public abstract Optional<Cpu> cpu();

  public abstract Optional<Memory> memory();

  public abstract Map<String, String> labels();

  public abstract Map<String, String> annotations();

  @Value.Default
  public Scheduling scheduling() {
    return Scheduling.empty();
  }

  public abstract Optional<String> priorityClassName();

  /** The master's or worker's container security context. */
  public abstract Optional<SecurityContext> securityContext();

  /** {@link SecurityProfile#RESTRICTED} unless opted out: what the security contexts leave unset is filled in. */
  @Value.Default
  public SecurityProfile securityProfile() {
    return SecurityProfile.RESTRICTED;
  }

  /** Requests equal to limits: the pod is sized exactly (Guaranteed QoS when both are set). */
  public ClusterNode resources(Cpu cpu, Memory memory) {
    return ImmutableClusterNode.builder().from(this).cpu(cpu).memory(memory).build();
  }

  public ClusterNode label(String key, String value) {
    return ImmutableClusterNode.builder().from(this).putLabels(key, value).build();
  }

  public ClusterNode annotation(String key, String value) {
    return ImmutableClusterNode.builder().from(this).putAnnotations(key, value).build();
  }

  public ClusterNode scheduling(Scheduling scheduling) {
    return ImmutableClusterNode.builder().from(this).scheduling(scheduling().and(scheduling)).build();
  }

  public ClusterNode priorityClassName(String name) {
    return ImmutableClusterNode.builder().from(this).priorityClassName(name).build();
  }

  public ClusterNode securityContext(SecurityContext context) {
    return ImmutableClusterNode.builder().from(this).securityContext(context).build();
  }

  /** {@code securityProfile(UNRESTRICTED)}: no Pod Security defaults for these pods (an explicit opt-out). */
  public ClusterNode securityProfile(SecurityProfile profile) {
    return ImmutableClusterNode.builder().from(this).securityProfile(profile).build();
  }

  public boolean isEmpty() {
    return cpu().isEmpty() && memory().isEmpty() && labels().isEmpty() && annotations().isEmpty()
        && scheduling().isEmpty() && priorityClassName().isEmpty() && securityContext().isEmpty();
  }

  static ClusterNode empty() {
    return ImmutableClusterNode.builder().build();
  }

  void validate(Problems p) {
    Amount.check(p, "cpu", cpu());
    if (cpu().isPresent() && cpu().get().isValid() && cpu().get().toMillicores() == 0) {
      p.add("cpu must be more than 0");
    }
    Amount.check(p, "memory", memory());
    Names.labels(p, labels());
    Names.annotations(p, annotations());
    scheduling().validate(p);
    Names.dnsSubdomain(p, "priority class", priorityClassName());
    if (securityContext().isPresent()) {
      securityContext().get().validate(p.at("securityContext"), false);
    }
    validateOperatorParts(p);
  }

  // ---- apache operator features

  /** Annotations of the StatefulSet the operator creates (not of its pods). */
  public abstract Map<String, String> statefulSetAnnotations();

  /** Annotations of the Service in front of the master or the workers. */
  public abstract Map<String, String> serviceAnnotations();

  public abstract Optional<SecurityContext> podSecurityContext();

  /**
   * A StatefulSet spec merged under the typed settings (explicit interop: the SparkCluster CRD embeds
   * one): for sidecars and other pod parts the DSL has no field for.
   */
  public abstract Optional<io.fabric8.kubernetes.api.model.apps.StatefulSetSpec> statefulSetSpec();

  public ClusterNode statefulSetAnnotation(String key, String value) {
    return ImmutableClusterNode.builder().from(this).putStatefulSetAnnotations(key, value).build();
  }

  public ClusterNode serviceAnnotation(String key, String value) {
    return ImmutableClusterNode.builder().from(this).putServiceAnnotations(key, value).build();
  }

  public ClusterNode podSecurityContext(SecurityContext context) {
    return ImmutableClusterNode.builder().from(this).podSecurityContext(context).build();
  }

  public ClusterNode statefulSetSpec(io.fabric8.kubernetes.api.model.apps.StatefulSetSpec spec) {
    return ImmutableClusterNode.builder().from(this).statefulSetSpec(spec).build();
  }

  private void validateOperatorParts(Problems p) {
    Names.annotations(p.at("statefulSetAnnotations"), statefulSetAnnotations());
    Names.annotations(p.at("serviceAnnotations"), serviceAnnotations());
    if (podSecurityContext().isPresent()) {
      podSecurityContext().get().validate(p.at("podSecurityContext"), true);
    }
    if (statefulSetSpec().isPresent()) {
      StatefulSetRules.check(p.at("statefulSetSpec"), this, statefulSetSpec().get());
    }
  }
}
