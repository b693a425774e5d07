package dev.sparkform.lint;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pod Security Standards "restricted" (latest) for one pod, as the upstream evaluator
 * ({@code k8s.io/pod-security-admission/policy}) checks it: host namespaces, privileged containers,
 * hostPath and other disallowed volume types, host ports, runAsNonRoot and runAsUser 0,
 * allowPrivilegeEscalation, capabilities and seccomp. A container setting counts where the pod's is
 * unset; containers, init containers and ephemeral containers alike. One finding per rule and pod,
 * naming the containers at fault. Not checked (Sparkform never sets them): AppArmor, SELinux
 * options, /proc mount, sysctls and Windows host processes.
 */
final class PodSecurity {
  /** The opt-out: an annotation on the pod (template) saying why the pod may not be restricted. */
  static final String OPT_OUT_ANNOTATION = "sparkform.dev/pod-security-opt-out";

  private PodSecurity() {}

  /** Whether the pod carries the opt-out annotation. */
  static Optional<String> optOut(LintedPod pod) {
    return Optional.ofNullable(pod.meta()).map(m -> m.getAnnotations()).map(a -> a.get(OPT_OUT_ANNOTATION));
  }

  static List<Finding> check(LintedPod pod) {
    PodSpec spec = pod.spec();
    String path = pod.path();
    List<Finding> out = new ArrayList<>();
    List<Box> containers = containers(spec);
    PodSecurityContext podSc = spec.getSecurityContext();

    List<String> hosts = new ArrayList<>();
    if (Boolean.TRUE.equals(spec.getHostNetwork())) {
      hosts.add("hostNetwork");
    }
    if (Boolean.TRUE.equals(spec.getHostPID())) {
      hosts.add("hostPID");
    }
    if (Boolean.TRUE.equals(spec.getHostIPC())) {
      hosts.add("hostIPC");
    }
    if (!hosts.isEmpty()) {
      out.add(Finding.of(Rule.POD_HOST_NAMESPACES, path, "the pod sets " + String.join(", ", hosts)));
    }
    add(out, Rule.POD_PRIVILEGED, path, containers, c -> Boolean.TRUE.equals(sc(c).getPrivileged()), ": privileged");
    for (Volume v : spec.getVolumes() == null ? List.<Volume>of() : spec.getVolumes()) {
      if (v.getHostPath() != null) {
        out.add(Finding.of(Rule.POD_HOST_PATH, path, "volume " + v.getName() + " is the node's directory "
            + v.getHostPath().getPath()));
      } else if (!allowedType(v)) {
        out.add(Finding.of(Rule.POD_VOLUME_TYPE, path, "volume " + v.getName() + " is of a type restricted does not allow"));
      }
    }
    add(out, Rule.POD_HOST_PORT, path, containers, c -> ports(c).anyMatch(p -> p.getHostPort() != null
        && p.getHostPort() != 0), ": bound to a host port");

    boolean podNonRoot = podSc != null && Boolean.TRUE.equals(podSc.getRunAsNonRoot());
    List<String> root = new ArrayList<>();
    if (podSc != null && Long.valueOf(0).equals(podSc.getRunAsUser())) {
      root.add("the pod sets runAsUser 0");
    }
    String notNonRoot = names(containers, c -> Boolean.FALSE.equals(sc(c).getRunAsNonRoot())
        || (!podNonRoot && !Boolean.TRUE.equals(sc(c).getRunAsNonRoot())));
    if (!notNonRoot.isEmpty()) {
      root.add(notNonRoot + (podNonRoot ? ": runAsNonRoot false" : ": runAsNonRoot is not true (pod or container)"));
    }
    String uidZero = names(containers, c -> Long.valueOf(0).equals(sc(c).getRunAsUser()));
    if (!uidZero.isEmpty()) {
      root.add(uidZero + ": runAsUser 0");
    }
    if (!root.isEmpty()) {
      out.add(Finding.of(Rule.POD_RUN_AS_NON_ROOT, path, String.join("; ", root)));
    }
    add(out, Rule.POD_PRIVILEGE_ESCALATION, path, containers,
        c -> !Boolean.FALSE.equals(sc(c).getAllowPrivilegeEscalation()), ": allowPrivilegeEscalation is not false");
    add(out, Rule.POD_CAPABILITIES, path, containers, c -> !capabilitiesRestricted(sc(c).getCapabilities()),
        ": capabilities do not drop ALL, or add one other than NET_BIND_SERVICE");

    boolean podSeccomp = podSc != null && allowedSeccomp(podSc.getSeccompProfile());
    boolean podUnconfined = podSc != null && podSc.getSeccompProfile() != null && !podSeccomp;
    String seccomp = names(containers, c -> {
      SeccompProfile own = sc(c).getSeccompProfile();
      return own != null ? !allowedSeccomp(own) : !podSeccomp;
    });
    if (podUnconfined || !seccomp.isEmpty()) {
      out.add(Finding.of(Rule.POD_SECCOMP, path, podUnconfined
          ? "the pod's seccomp profile is " + podSc.getSeccompProfile().getType()
          : seccomp + ": no seccomp profile RuntimeDefault or Localhost (pod or container)"));
    }
    return out;
  }

  private static void add(List<Finding> out, Rule rule, String path, List<Box> containers,
      Predicate<Box> bad, String what) {
    String names = names(containers, bad);
    if (!names.isEmpty()) {
      out.add(Finding.of(rule, path, names + what));
    }
  }

  /** {@code container a, b} for the containers {@code bad} picks; empty for none. */
  private static String names(List<Box> containers, Predicate<Box> bad) {
    List<String> names = containers.stream().filter(bad).map(Box::name).collect(Collectors.toList());
    if (names.isEmpty()) {
      return "";
    }
    return (names.size() == 1 ? "container " : "containers ") + String.join(", ", names);
  }

  /** What the checks read of a container, init container or ephemeral container. */
  private record Box(String name, SecurityContext securityContext, List<ContainerPort> ports) {}

  private static List<Box> containers(PodSpec spec) {
    List<Box> all = new ArrayList<>();
    Optional.ofNullable(spec.getInitContainers()).ifPresent(l -> l.forEach(c -> all.add(box(c))));
    Optional.ofNullable(spec.getContainers()).ifPresent(l -> l.forEach(c -> all.add(box(c))));
    Optional.ofNullable(spec.getEphemeralContainers()).ifPresent(l -> l.forEach(c ->
        all.add(new Box(c.getName(), c.getSecurityContext(), c.getPorts()))));
    return all;
  }

  private static Box box(Container c) {
    return new Box(c.getName(), c.getSecurityContext(), c.getPorts());
  }

  private static SecurityContext sc(Box c) {
    return c.securityContext() == null ? new SecurityContext() : c.securityContext();
  }

  private static Stream<ContainerPort> ports(Box c) {
    return c.ports() == null ? Stream.empty() : c.ports().stream();
  }

  private static boolean capabilitiesRestricted(Capabilities caps) {
    if (caps == null || caps.getDrop() == null || !caps.getDrop().contains("ALL")) {
      return false;
    }
    return caps.getAdd() == null || caps.getAdd().stream().allMatch("NET_BIND_SERVICE"::equals);
  }

  private static boolean allowedSeccomp(SeccompProfile p) {
    return p != null && ("RuntimeDefault".equals(p.getType()) || "Localhost".equals(p.getType()));
  }

  /** The volume types restricted allows (hostPath is its own rule). */
  private static boolean allowedType(Volume v) {
    return Stream.of(v.getConfigMap(), v.getCsi(), v.getDownwardAPI(), v.getEmptyDir(), v.getEphemeral(),
        v.getImage(), v.getPersistentVolumeClaim(), v.getProjected(), v.getSecret()).anyMatch(x -> x != null);
  }

}
