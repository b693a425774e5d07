package dev.sparkform.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A stack's inventory as a KEP-3659 ApplySet: a parent Secret (in the stack's namespace, named
 * {@code sparkform-<stack>}) whose id every member carries in its {@code part-of} label. The id is
 * what the KEP specifies, so {@code kubectl apply --prune --applyset} and other compliant tools
 * recognise the set (and, as the KEP asks, refuse to take it over).
 */
public final class ApplySet {
  public static final String PART_OF_LABEL = "applyset.kubernetes.io/part-of";
  public static final String ID_LABEL = "applyset.kubernetes.io/id";
  public static final String TOOLING = "applyset.kubernetes.io/tooling";
  public static final String GROUP_KINDS = "applyset.kubernetes.io/contains-group-kinds";
  public static final String ADDITIONAL_NAMESPACES = "applyset.kubernetes.io/additional-namespaces";
  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
  public static final String TOOL = "sparkform";
  /** Where the stack's namespace-less parent goes. */
  public static final String DEFAULT_NAMESPACE = "default";

  private final String stack;
  private final ObjectRef parent;
  private final String id;

  private ApplySet(String stack, ObjectRef parent) {
    this.stack = stack;
    this.parent = parent;
    this.id = id(parent.name(), parent.namespace(), parent.kind(), parent.group());
  }

  /** The set of stack {@code stackName}; its parent lives in {@code namespace} (or "default" when null). */
  public static ApplySet forStack(String stackName, String namespace) {
    return new ApplySet(stackName, new ObjectRef("v1", "Secret",
        namespace == null ? DEFAULT_NAMESPACE : namespace, "sparkform-" + stackName));
  }

  /**
   * KEP-3659: {@code "applyset-" + base64url_nopad(sha256(name.namespace.kind.group)) + "-v1"},
   * with an empty group for core kinds (so the hashed text ends with a dot).
   */
  public static String id(String name, String namespace, String kind, String group) {
    String text = name + "." + Objects.requireNonNullElse(namespace, "") + "." + kind + "." + group;
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "applyset-" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha) + "-v1";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public String stack() {
    return stack;
  }

  public ObjectRef parent() {
    return parent;
  }

  public String id() {
    return id;
  }

  /** {@code sparkform/<version>}: the KEP's tooling annotation value. */
  public static String tooling() {
    return TOOL + "/" + Versions.sparkform();
  }

  /** Whether a parent's tooling annotation names this tool (any version). */
  public static boolean ownTooling(String tooling) {
    return tooling != null && tooling.startsWith(TOOL + "/");
  }

  /** Sorted, comma-separated {@code Kind.group} list (core kinds without group). */
  public static String groupKinds(Collection<ObjectRef> members) {
    return members.stream().map(ObjectRef::groupKind).collect(Collectors.toCollection(TreeSet::new))
        .stream().collect(Collectors.joining(","));
  }

  /** Sorted, comma-separated namespaces of members other than the parent's own. */
  public String additionalNamespaces(Collection<ObjectRef> members) {
    return members.stream().map(ObjectRef::namespace)
        .filter(ns -> ns != null && !ns.equals(parent.namespace()))
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
  }

  /** The parent object, as plain data, listing {@code members}' group-kinds and namespaces. */
  public Map<String, Object> parentObject(Collection<ObjectRef> members) {
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put(MANAGED_BY_LABEL, TOOL);
    labels.put(ID_LABEL, id);
    Map<String, Object> annotations = new LinkedHashMap<>();
    annotations.put(TOOLING, tooling());
    annotations.put(GROUP_KINDS, groupKinds(members));
    annotations.put(ADDITIONAL_NAMESPACES, additionalNamespaces(members));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", parent.name());
    meta.put("namespace", parent.namespace());
    meta.put("labels", labels);
    meta.put("annotations", annotations);
    Map<String, Object> secret = new LinkedHashMap<>();
    secret.put("apiVersion", "v1");
    secret.put("kind", "Secret");
    secret.put("metadata", meta);
    secret.put("type", "Opaque");
    return Plain.object(secret);
  }
}
