package dev.sparkform.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.SeccompProfileBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The restricted checks over random pods: a compliant pod with a random set of changes, each
 * written here with the Pod Security Standards rule it breaks (or none, for changes the standard
 * allows), finds exactly the rules of the changes applied. {@value #CASES} cases from a
 * {@link Random} seeded {@value #BASE_SEED} + i; a failure names its seed and changes.
 */
class PodSecurityPropertyTest {
  static final int CASES = 2000;
  static final long BASE_SEED = 20261130L;

  /** One change to a compliant pod and the rules it breaks. */
  record Change(String name, Set<String> breaks, Consumer<PodSpec> apply) {}

  static SecurityContext restrictedContainer() {
    return new SecurityContextBuilder().withAllowPrivilegeEscalation(false).withNewCapabilities()
        .withDrop("ALL").endCapabilities().build();
  }

  /** Pod-level runAsNonRoot and seccomp; two containers and an init container, each restricted. */
  static PodSpec compliant() {
    return new PodSpecBuilder()
        .withNewSecurityContext().withRunAsNonRoot(true).withRunAsUser(185L)
            .withSeccompProfile(new SeccompProfileBuilder().withType("RuntimeDefault").build()).endSecurityContext()
        .withInitContainers(new ContainerBuilder().withName("init").withSecurityContext(restrictedContainer()).build())
        .withContainers(new ContainerBuilder().withName("spark").withSecurityContext(restrictedContainer())
                .withPorts(new ContainerPortBuilder().withContainerPort(7077).build()).build(),
            new ContainerBuilder().withName("sidecar").withSecurityContext(restrictedContainer()).build())
        .withVolumes(new VolumeBuilder().withName("tmp").withNewEmptyDir().endEmptyDir().build())
        .build();
  }

  static final List<Change> CHANGES = List.of(
      new Change("hostNetwork", Set.of("pod/host-namespaces"), p -> p.setHostNetwork(true)),
      new Change("hostPID", Set.of("pod/host-namespaces"), p -> p.setHostPID(true)),
      new Change("hostIPC", Set.of("pod/host-namespaces"), p -> p.setHostIPC(true)),
      new Change("hostNetwork false", Set.of(), p -> p.setHostNetwork(false)),
      new Change("privileged sidecar", Set.of("pod/privileged"),
          p -> p.getContainers().get(1).getSecurityContext().setPrivileged(true)),
      new Change("hostPath volume", Set.of("pod/host-path"), p -> p.getVolumes().add(new VolumeBuilder()
          .withName("node").withNewHostPath().withPath("/var/lib").endHostPath().build())),
      new Change("nfs volume", Set.of("pod/volume-type"), p -> p.getVolumes().add(new VolumeBuilder()
          .withName("share").withNewNfs().withServer("nfs").withPath("/x").endNfs().build())),
      new Change("pvc volume", Set.of(), p -> p.getVolumes().add(new VolumeBuilder()
          .withName("data").withNewPersistentVolumeClaim().withClaimName("data").endPersistentVolumeClaim().build())),
      new Change("hostPort", Set.of("pod/host-port"),
          p -> p.getContainers().get(0).getPorts().get(0).setHostPort(7077)),
      new Change("container runAsNonRoot false", Set.of("pod/run-as-non-root"),
          p -> p.getContainers().get(1).getSecurityContext().setRunAsNonRoot(false)),
      new Change("pod runAsUser 0", Set.of("pod/run-as-non-root"), p -> p.getSecurityContext().setRunAsUser(0L)),
      new Change("init runAsUser 0", Set.of("pod/run-as-non-root"),
          p -> p.getInitContainers().get(0).getSecurityContext().setRunAsUser(0L)),
      new Change("allowPrivilegeEscalation true", Set.of("pod/privilege-escalation"),
          p -> p.getContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(true)),
      new Change("allowPrivilegeEscalation unset on init", Set.of("pod/privilege-escalation"),
          p -> p.getInitContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(null)),
      new Change("add SYS_ADMIN", Set.of("pod/capabilities"),
          p -> p.getContainers().get(1).getSecurityContext().getCapabilities().setAdd(List.of("SYS_ADMIN"))),
      new Change("add NET_BIND_SERVICE", Set.of(),
          p -> p.getContainers().get(0).getSecurityContext().getCapabilities().setAdd(List.of("NET_BIND_SERVICE"))),
      new Change("drop only NET_RAW", Set.of("pod/capabilities"),
          p -> p.getInitContainers().get(0).getSecurityContext().getCapabilities().setDrop(List.of("NET_RAW"))),
      new Change("pod seccomp Unconfined", Set.of("pod/seccomp"),
          p -> p.getSecurityContext().getSeccompProfile().setType("Unconfined")),
      new Change("container seccomp Localhost", Set.of(), p -> p.getContainers().get(1).getSecurityContext()
          .setSeccompProfile(new SeccompProfileBuilder().withType("Localhost").withLocalhostProfile("p.json").build())),
      new Change("container seccomp Unconfined", Set.of("pod/seccomp"), p -> p.getContainers().get(0)
          .getSecurityContext().setSeccompProfile(new SeccompProfileBuilder().withType("Unconfined").build())),
      new Change("ephemeral container without context",
          Set.of("pod/privilege-escalation", "pod/capabilities"),
          p -> p.setEphemeralContainers(List.of(new io.fabric8.kubernetes.api.model.EphemeralContainerBuilder()
              .withName("debug").build()))),
      new Change("runAsNonRoot and seccomp moved from the pod to every container", Set.of(), p -> {
        // only when no other change touched them: a later change may break one container again
        var sc = p.getSecurityContext();
        sc.setRunAsNonRoot(null);
        var seccomp = sc.getSeccompProfile();
        sc.setSeccompProfile(null);
        forEach(p, c -> {
          c.setRunAsNonRoot(c.getRunAsNonRoot() == null ? Boolean.TRUE : c.getRunAsNonRoot());
          c.setSeccompProfile(c.getSeccompProfile() == null ? seccomp : c.getSeccompProfile());
        });
      }),
      new Change("pod runAsNonRoot unset, a container without it", Set.of("pod/run-as-non-root"), p -> {
        p.getSecurityContext().setRunAsNonRoot(null);
        p.getInitContainers().get(0).getSecurityContext().setRunAsNonRoot(true);
        p.getContainers().get(0).getSecurityContext().setRunAsNonRoot(true);
      }));

  static void forEach(PodSpec p, Consumer<SecurityContext> f) {
    p.getInitContainers().forEach(c -> f.accept(c.getSecurityContext()));
    p.getContainers().forEach(c -> f.accept(c.getSecurityContext()));
  }

  @Test
  void findsExactlyTheRulesTheChangesBreak() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      PodSpec pod = compliant();
      List<Change> applied = new ArrayList<>();
      Set<String> expected = new TreeSet<>();
      for (Change c : CHANGES) {
        if (random.nextInt(4) == 0) {
          applied.add(c);
        }
      }
      // the move to containers first, so the changes after it act on what it produced
      applied.sort((a, b) -> Boolean.compare(!a.name().startsWith("runAsNonRoot and seccomp moved"),
          !b.name().startsWith("runAsNonRoot and seccomp moved")));
      boolean moved = !applied.isEmpty() && applied.get(0).name().startsWith("runAsNonRoot and seccomp moved");
      for (Change c : applied) {
        if (moved && c.name().equals("pod runAsNonRoot unset, a container without it")) {
          continue; // after the move every container has it: this change would break nothing
        }
        if (moved && c.name().equals("pod seccomp Unconfined")) {
          continue; // after the move the pod has no seccomp profile to change
        }
        c.apply().accept(pod);
        expected.addAll(c.breaks());
        if (moved && c.name().startsWith("ephemeral")) {
          // the pod no longer sets them for every container: the new one lacks them too
          expected.addAll(Set.of("pod/run-as-non-root", "pod/seccomp"));
        }
      }
      Set<String> found = PodSecurity.check(new LintedPod("p", null, pod)).stream().map(f -> f.rule().id())
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(expected, found, "seed " + seed + ", changes "
          + applied.stream().map(Change::name).collect(Collectors.joining("; ")));
    }
  }
}
