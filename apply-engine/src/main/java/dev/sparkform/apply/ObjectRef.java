package dev.sparkform.apply;

import java.util.Map;
import java.util.Objects;

/**
 * Which object: API version, kind, namespace (null for cluster-scoped kinds) and name. Two refs
 * are the same object when group, kind, namespace and name agree; the version does not matter.
 */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {
  public ObjectRef {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** The ref of a plain object map ({@code apiVersion}, {@code kind}, {@code metadata.name/namespace}). */
  public static ObjectRef of(Map<String, Object> object) {
    Map<String, Object> meta = Plain.map(object.get("metadata"));
    return new ObjectRef((String) object.get("apiVersion"), (String) object.get("kind"),
        (String) meta.get("namespace"), (String) meta.get("name"));
  }

  /** The API group; empty for the core group ({@code v1}). */
  public String group() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** {@code Kind} for core kinds, {@code Kind.group} otherwise (as ApplySet's contains-group-kinds lists them). */
  public String groupKind() {
    return group().isEmpty() ? kind : kind + "." + group();
  }

  public boolean clusterScoped() {
    return namespace == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectRef r && r.groupKind().equals(groupKind()) && Objects.equals(r.namespace, namespace)
        && r.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupKind(), namespace, name);
  }

  /**
   * {@code Kind namespace/name}, or {@code Kind name} when cluster-scoped: how users see it in
   * messages. Kinds of custom resources are qualified by their group ({@code
   * SparkApplication.spark.apache.org}): two operators define a SparkApplication.
   */
  @Override
  public String toString() {
    return displayKind() + " " + (namespace == null ? name : namespace + "/" + name);
  }

  /** The kind as messages show it: {@code Kind}, or {@code Kind.group} outside Kubernetes' own groups. */
  public String displayKind() {
    return Kinds.builtInGroup(group()) ? kind : groupKind();
  }
}
