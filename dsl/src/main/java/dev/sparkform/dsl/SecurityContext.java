package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Who a Spark container (or pod) runs as and what it may do. {@link Dsl#restricted(long, long)}
 * gives the Pod Security Standards "restricted" profile that Spark images (user 185) run under.
 * Capabilities, privilege escalation and a read-only root file system are container settings;
 * {@code fsGroup} is a pod setting.
 */
@Value.Immutable
public abstract class SecurityContext {
  public abstract OptionalLong runAsUser();

  public abstract OptionalLong runAsGroup();

  public abstract Optional<Boolean> runAsNonRoot();

  public abstract OptionalLong fsGroup();

  public abstract Optional<Boolean> allowPrivilegeEscalation();

  public abstract Optional<Boolean> readOnlyRootFilesystem();

  public abstract List<String> dropCapabilities();

  public abstract List<String> addCapabilities();

  /** {@code RuntimeDefault}, {@code Unconfined} or {@code Localhost}. */
  public abstract Optional<String> seccompProfile();

  public SecurityContext runAsUser(long uid) {
    return ImmutableSecurityContext.builder().from(this).runAsUser(uid).build();
  }

  public SecurityContext runAsGroup(long gid) {
    return ImmutableSecurityContext.builder().from(this).runAsGroup(gid).build();
  }

  public SecurityContext runAsNonRoot(boolean nonRoot) {
    return ImmutableSecurityContext.builder().from(this).runAsNonRoot(nonRoot).build();
  }

  public SecurityContext fsGroup(long gid) {
    return ImmutableSecurityContext.builder().from(this).fsGroup(gid).build();
  }

  public SecurityContext allowPrivilegeEscalation(boolean allow) {
    return ImmutableSecurityContext.builder().from(this).allowPrivilegeEscalation(allow).build();
  }

  public SecurityContext readOnlyRootFilesystem(boolean readOnly) {
    return ImmutableSecurityContext.builder().from(this).readOnlyRootFilesystem(readOnly).build();
  }

  public SecurityContext dropCapabilities(String... capabilities) {
    return ImmutableSecurityContext.builder().from(this).addDropCapabilities(capabilities).build();
  }

  public SecurityContext addCapabilities(String... capabilities) {
    return ImmutableSecurityContext.builder().from(this).addAddCapabilities(capabilities).build();
  }

  public SecurityContext seccompProfile(String type) {
    return ImmutableSecurityContext.builder().from(this).seccompProfile(type).build();
  }

  static SecurityContext empty() {
    return ImmutableSecurityContext.builder().build();
  }

  void validate(Problems p, boolean podLevel) {
    Ranges.nonNegative(p, "runAsUser", runAsUser());
    Ranges.nonNegative(p, "runAsGroup", runAsGroup());
    Ranges.nonNegative(p, "fsGroup", fsGroup());
    if (runAsNonRoot().orElse(false) && runAsUser().isPresent() && runAsUser().getAsLong() == 0) {
      p.add("runAsNonRoot contradicts runAsUser 0");
    }
    if (seccompProfile().isPresent()
        && !Arrays.asList("RuntimeDefault", "Unconfined", "Localhost").contains(seccompProfile().get())) {
      p.add("seccomp profile \"%s\" is not RuntimeDefault, Unconfined or Localhost", seccompProfile().get());
    }
    if (podLevel && (allowPrivilegeEscalation().isPresent() || readOnlyRootFilesystem().isPresent()
        || !dropCapabilities().isEmpty() || !addCapabilities().isEmpty())) {
      p.add("capabilities, allowPrivilegeEscalation and readOnlyRootFilesystem are container settings, not pod ones");
    }
    if (!podLevel && fsGroup().isPresent()) {
      p.add("fsGroup is a pod setting (podSecurityContext), not a container one");
    }
    for (String c : dropCapabilities()) {
      capability(p, c);
    }
    for (String c : addCapabilities()) {
      capability(p, c);
    }
  }

  private static void capability(Problems p, String c) {
    if (!c.matches("[A-Z][A-Z_]*")) {
      p.add("capability \"%s\" is not like NET_ADMIN or ALL", c);
    }
  }
}
