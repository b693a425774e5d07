package dev.sparkform.apply;

/**
 * The kinds the ownership properties generate, for the stack and for foreign objects alike: the
 * ones a stack declares most (a namespace and what lives in it), with their API paths.
 */
enum ObjectKind {
  NAMESPACE("v1", "Namespace", "namespaces"),
  CONFIG_MAP("v1", "ConfigMap", "configmaps"),
  SECRET("v1", "Secret", "secrets"),
  SERVICE_ACCOUNT("v1", "ServiceAccount", "serviceaccounts"),
  ROLE("rbac.authorization.k8s.io/v1", "Role", "roles"),
  ROLE_BINDING("rbac.authorization.k8s.io/v1", "RoleBinding", "rolebindings");

  final String apiVersion;
  final String kind;
  final String plural;

  ObjectKind(String apiVersion, String kind, String plural) {
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.plural = plural;
  }

  /** {@code namespace} is ignored for a Namespace (cluster-scoped). */
  ObjectRef ref(String namespace, String name) {
    return new ObjectRef(apiVersion, kind, this == NAMESPACE ? null : namespace, name);
  }

  /** The object's URL path on the API server, to read it exactly as stored. */
  String path(String namespace, String name) {
    String base = apiVersion.equals("v1") ? "/api/v1" : "/apis/" + apiVersion;
    return this == NAMESPACE ? base + "/namespaces/" + name
        : base + "/namespaces/" + namespace + "/" + plural + "/" + name;
  }
}
