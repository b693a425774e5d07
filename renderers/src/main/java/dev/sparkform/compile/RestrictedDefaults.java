package dev.sparkform.compile;

import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SeccompProfileBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Pod Security Standards "restricted" by default ({@code SecurityProfile.RESTRICTED}): what the level
 * requires, filled into every container's security context where neither the container nor (for the
 * fields Kubernetes also takes from the pod) the pod's security context sets it. Values the user set
 * win, also those that break the level (lint reports them). Container contexts only, so the same
 * defaults fit the kubeflow operator's typed {@code securityContext}, which it copies to Spark's container.
 */
final class RestrictedDefaults {
  /** The {@code spark} user and group of Apache Spark images. */
  static final long SPARK_USER = 185;

  private RestrictedDefaults() {}

  /** {@code own} (may be null) with the defaults where it and {@code pod} (may be null) leave a field unset. */
  static SecurityContext container(SecurityContext own, PodSecurityContext pod) {
    SecurityContext c = own == null ? new SecurityContext() : new SecurityContextBuilder(own).build();
    PodSecurityContext p = pod == null ? new PodSecurityContext() : pod;
    Long user = c.getRunAsUser() != null ? c.getRunAsUser() : p.getRunAsUser();
    if (user == null) {
      c.setRunAsUser(SPARK_USER);
    }
    if (c.getRunAsGroup() == null && p.getRunAsGroup() == null) {
      c.setRunAsGroup(SPARK_USER);
    }
    // not for a user who chose root: the kubelet would refuse to start the container
    if (c.getRunAsNonRoot() == null && p.getRunAsNonRoot() == null && (user == null || user != 0)) {
      c.setRunAsNonRoot(true);
    }
    // the API server refuses false beside privileged or CAP_SYS_ADMIN, which the user chose
    if (c.getAllowPrivilegeEscalation() == null && !Boolean.TRUE.equals(c.getPrivileged()) && !addsSysAdmin(c)) {
      c.setAllowPrivilegeEscalation(false);
    }
    if (c.getCapabilities() == null || c.getCapabilities().getDrop() == null || c.getCapabilities().getDrop().isEmpty()) {
      List<String> add = c.getCapabilities() == null ? null : c.getCapabilities().getAdd();
      c.setCapabilities(new CapabilitiesBuilder().withAdd(add == null ? List.of() : add).withDrop("ALL").build());
    }
    if (c.getSeccompProfile() == null && p.getSeccompProfile() == null) {
      c.setSeccompProfile(new SeccompProfileBuilder().withType("RuntimeDefault").build());
    }
    return c;
  }

  /**
   * A copy of {@code spec} (may be null) whose every container and init container has the defaults;
   * the container named {@code main} (unless null) is added first when absent (the container Spark or
   * the operator fills in, which would otherwise have no security context).
   */
  static PodSpec pod(PodSpec spec, String main) {
    PodSpec out = spec == null ? new PodSpec() : new PodSpecBuilder(spec).build();
    List<Container> containers = new ArrayList<>(out.getContainers() == null ? List.of() : out.getContainers());
    if (main != null && Containers.named(containers, main) == null) {
      containers.add(0, new ContainerBuilder().withName(main).build());
    }
    out.setContainers(fill(containers, out.getSecurityContext()));
    out.setInitContainers(fill(out.getInitContainers(), out.getSecurityContext()));
    return out;
  }

  private static List<Container> fill(List<Container> containers, PodSecurityContext pod) {
    List<Container> out = new ArrayList<>();
    for (Container c : containers == null ? List.<Container>of() : containers) {
      Container copy = new ContainerBuilder(c).build();
      copy.setSecurityContext(container(c.getSecurityContext(), pod));
      out.add(copy);
    }
    return out;
  }

  private static boolean addsSysAdmin(SecurityContext c) {
    List<String> add = c.getCapabilities() == null ? null : c.getCapabilities().getAdd();
    return add != null && (add.contains("SYS_ADMIN") || add.contains("CAP_SYS_ADMIN"));
  }
}
