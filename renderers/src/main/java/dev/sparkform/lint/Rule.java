package dev.sparkform.lint;

import static dev.sparkform.lint.Severity.ERROR;
import static dev.sparkform.lint.Severity.INFO;
import static dev.sparkform.lint.Severity.WARNING;

/**
 * Every rule {@code sparkform lint} checks, with a stable id ({@code area/what}), its severity and
 * the one-line fix its findings carry. The {@code pod/*} rules are Pod Security Standards
 * "restricted" (latest) as the upstream evaluator ({@code k8s.io/pod-security-admission}) applies
 * them, on every pod the stack makes or makes Spark or an operator make.
 */
public enum Rule {
  POD_PRIVILEGED("pod/privileged", ERROR, "a privileged container",
      "remove securityContext.privileged (or set it false)"),
  POD_HOST_NAMESPACES("pod/host-namespaces", ERROR, "hostNetwork, hostPID or hostIPC",
      "remove hostNetwork, hostPID and hostIPC from the pod"),
  POD_HOST_PATH("pod/host-path", ERROR, "a hostPath volume",
      "use an emptyDir, a persistentVolumeClaim or on-demand claims instead of the node's disk"),
  POD_VOLUME_TYPE("pod/volume-type", ERROR,
      "a volume type restricted does not allow (only configMap, csi, downwardAPI, emptyDir, ephemeral, image,"
          + " persistentVolumeClaim, projected, secret)",
      "mount the data through a persistentVolumeClaim (or CSI) instead"),
  POD_HOST_PORT("pod/host-port", ERROR, "a container port bound to the node (hostPort)",
      "remove hostPort; reach the pod through a Service"),
  POD_RUN_AS_NON_ROOT("pod/run-as-non-root", ERROR, "the pod may run as root (runAsNonRoot not true, or runAsUser 0)",
      "set runAsNonRoot: true (Spark's images run as uid 185) and no runAsUser 0"),
  POD_PRIVILEGE_ESCALATION("pod/privilege-escalation", ERROR, "a container without allowPrivilegeEscalation: false",
      "set allowPrivilegeEscalation: false in every container's securityContext"),
  POD_CAPABILITIES("pod/capabilities", ERROR,
      "a container that does not drop ALL capabilities, or adds one other than NET_BIND_SERVICE",
      "set capabilities.drop [ALL] in every container; add back at most NET_BIND_SERVICE"),
  POD_SECCOMP("pod/seccomp", ERROR, "no seccomp profile RuntimeDefault or Localhost",
      "set seccompProfile.type: RuntimeDefault in the pod's securityContext"),
  POD_OPTED_OUT("pod/opted-out", WARNING, "a pod explicitly opted out of Pod Security restricted; what it violates",
      "make the pod restricted-compliant and remove the opt-out"),

  RBAC_WILDCARD("rbac/wildcard", ERROR, "\"*\" in a rule's verbs, resources or apiGroups",
      "list the verbs, resources and API groups the subject needs"),
  RBAC_ESCALATION_VERB("rbac/escalation-verb", ERROR, "the escalate, bind or impersonate verb",
      "remove escalate, bind and impersonate: they let the subject gain permissions it does not have"),
  RBAC_SECRETS_READ("rbac/secrets-read", ERROR,
      "get, list or watch on Secrets (a warning when limited to named Secrets)",
      "mount the Secrets the pods need instead of reading them through the API"),
  RBAC_POWERFUL_BINDING("rbac/powerful-binding", ERROR, "a binding to the cluster-admin, admin or edit ClusterRole",
      "bind a Role that grants only what the subjects need"),
  RBAC_CLUSTER_ROLE_SUFFICES("rbac/cluster-role-suffices", WARNING,
      "a ClusterRole and ClusterRoleBinding where a Role and RoleBinding suffice (namespaced rules, subjects in one"
          + " namespace)",
      "make it a Role and a RoleBinding in the subjects' namespace"),

  IMAGE_MUTABLE_TAG("image/mutable-tag", ERROR, "an image with the tag latest, or no tag",
      "name a release tag, e.g. apache/spark:4.0.1, or pin a digest"),
  IMAGE_NO_DIGEST("image/no-digest", INFO, "an image without a digest: its tag may be moved",
      "pin the digest: image:tag@sha256:..."),

  SPARK_OVERHEAD_FACTOR("spark/overhead-factor", WARNING,
      "a Python or R app whose memory overhead factor is below 0.4 (its workers live outside the heap)",
      "remove the memoryOverheadFactor (Spark's default for Python and R is 0.4) or raise it to 0.4"),
  SPARK_DYNAMIC_ALLOCATION_SHUFFLE("spark/dynamic-allocation-shuffle", ERROR,
      "dynamic allocation without shuffle tracking or an external shuffle service: Spark refuses to start",
      "turn shuffle tracking on: dynamicAllocation().shuffleTracking(true)"),
  SPARK_QUOTA_LIMIT("spark/quota-limit", ERROR,
      "pods without a CPU (or memory) limit in a namespace whose ResourceQuota limits it: Kubernetes refuses them",
      "set the pods' limit (driver()/executor().coreLimit(..)) or a LimitRange default"),
  SPARK_RESIZE_ALLOCATOR("spark/resize-allocator", ERROR,
      "the executor resize plugin with a pods allocator other than direct: the plugin does not start",
      "use the direct allocator (Spark's default) or remove ExecutorResizePlugin");

  private final String id;
  private final Severity severity;
  private final String summary;
  private final String fix;

  Rule(String id, Severity severity, String summary, String fix) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.fix = fix;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /** What the rule finds, for the rules table. */
  public String summary() {
    return summary;
  }

  public String fix() {
    return fix;
  }

  /** Whether this is one of the Pod Security "restricted" rules (including the opt-out report). */
  public boolean podSecurity() {
    return id.startsWith("pod/");
  }
}
