package dev.sparkform.compile;

import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;

/**
 * The container security context of Pod Security's "restricted" level for the pods Sparkform itself
 * defines (a Spark Connect server's StatefulSet, a history server's Deployment): non-root as the
 * Spark images' user and group 185, no privilege escalation, no capabilities, the runtime's
 * default seccomp profile. A security context of the user's own replaces it.
 */
public final class Restricted {
  /** The {@code spark} user and group of the apache/spark images. */
  public static final long SPARK_UID = 185;

  private Restricted() {}

  public static SecurityContext container() {
    return new SecurityContextBuilder()
        .withRunAsNonRoot(true).withRunAsUser(SPARK_UID).withRunAsGroup(SPARK_UID)
        .withAllowPrivilegeEscalation(false)
        .withNewCapabilities().withDrop("ALL").endCapabilities()
        .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
        .build();
  }
}
