package dev.sparkform.dsl;

/**
 * Whether Sparkform makes a pod meet Pod Security Standards "restricted" ({@link #RESTRICTED}, the
 * default) or leaves its security to what you set ({@link #UNRESTRICTED}, an explicit opt-out per pod
 * that {@code sparkform lint} reports): {@code executor().securityProfile(UNRESTRICTED)}.
 */
public enum SecurityProfile {
  /**
   * Every container of the pod gets what "restricted" requires and you left unset (in its own
   * security context or, where Kubernetes allows it, the pod's): {@code runAsNonRoot: true}, user and
   * group 185 (Spark images' {@code spark} user), {@code allowPrivilegeEscalation: false},
   * capabilities {@code drop: [ALL]}, seccomp {@code RuntimeDefault}. Values you set win.
   */
  RESTRICTED,
  /** No defaults: the pod runs with exactly the security settings you give it (none: the image's). */
  UNRESTRICTED
}
