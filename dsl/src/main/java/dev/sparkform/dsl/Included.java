package dev.sparkform.dsl;

import io.fabric8.kubernetes.api.builder.Builder;
import io.fabric8.kubernetes.api.builder.Editable;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Any Kubernetes object the DSL has no value for (an Ingress, a NetworkPolicy, a PriorityClass, a
 * PodDisruptionBudget, a custom resource), given as a fabric8 model object: the escape hatch to
 * the whole Kubernetes API. It is validated (name, namespace, labels, duplicates with the stack's
 * other objects), ordered, labelled with the stack's labels, rendered, applied, pruned and
 * destroyed like the DSL's own objects. A typed model class says whether its kind is namespaced
 * (fabric8's {@link Namespaced}); a {@link GenericKubernetesResource} is namespaced when it names
 * a namespace. The object is copied when included and when read, so the stack stays a value.
 *
 * <pre>{@code
 * stack("web").namespace("spark-jobs").add(include(new IngressBuilder()
 *     .withNewMetadata().withName("spark-ui").endMetadata() ... .build()));
 * }</pre>
 */
public final class Included implements StackResource {
  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

  private final HasMetadata object;

  Included(HasMetadata object) {
    if (object == null) {
      throw new NullPointerException("include(null): give a Kubernetes object");
    }
    this.object = copy(object);
  }

  /** A copy of the object as included: without the stack's labels and namespace (compiling adds them). */
  public HasMetadata object() {
    return copy(object);
  }

  @Override
  public String kind() {
    return object.getKind() == null ? "" : object.getKind();
  }

  /** The API group: {@code networking.k8s.io} of {@code networking.k8s.io/v1}; empty for the core group. */
  public String group() {
    String v = object.getApiVersion() == null ? "" : object.getApiVersion();
    int slash = v.indexOf('/');
    return slash < 0 ? "" : v.substring(0, slash);
  }

  @Override
  public String name() {
    ObjectMeta m = object.getMetadata();
    return m == null || m.getName() == null ? "" : m.getName();
  }

  @Override
  public Optional<String> namespace() {
    ObjectMeta m = object.getMetadata();
    return m == null || m.getNamespace() == null || m.getNamespace().isEmpty() ? Optional.empty()
        : Optional.of(m.getNamespace());
  }

  @Override
  public boolean namespaced() {
    return object instanceof Namespaced || (object instanceof GenericKubernetesResource && namespace().isPresent());
  }

  @Override
  public Map<String, String> labels() {
    ObjectMeta m = object.getMetadata();
    return m == null || m.getLabels() == null ? Map.of() : Map.copyOf(m.getLabels());
  }

  @Override
  public Map<String, String> annotations() {
    ObjectMeta m = object.getMetadata();
    return m == null || m.getAnnotations() == null ? Map.of() : Map.copyOf(m.getAnnotations());
  }

  /** As the DSL's own ({@code network policy deny-all}); an object without kind or name still gets a readable path. */
  @Override
  public String describe() {
    return (kind().isEmpty() ? "object" : Kinds.display(kind())) + " " + (name().isEmpty() ? "(no name)" : name());
  }

  @Override
  public void validate(Problems p) {
    ObjectMeta m = object.getMetadata();
    if (kind().isEmpty()) {
      p.add("kind is missing");
    }
    if (object.getApiVersion() == null || object.getApiVersion().isEmpty()) {
      p.add("apiVersion is missing");
    }
    if (name().isEmpty()) {
      p.add(m != null && m.getGenerateName() != null
          ? "metadata.generateName is not supported: give metadata.name (names are deterministic)"
          : "metadata.name is missing");
    } else if (kind().equals("Namespace")) {
      Names.dnsLabel(p, "name", name());
    } else if (group().equals(RBAC_GROUP)) {
      Names.pathSegment(p, "name", name());
    } else {
      Names.dnsSubdomain(p, "name", name());
    }
    if (namespace().isPresent()) {
      if (namespaced()) {
        Names.dnsLabel(p, "namespace", namespace().get());
      } else {
        p.add("%s is cluster-scoped: metadata.namespace \"%s\" must not be set", kind(), namespace().get());
      }
    }
    if (m != null && (m.getResourceVersion() != null || m.getUid() != null)) {
      p.add("metadata.resourceVersion and metadata.uid are the server's: include the object as you want it,"
          + " not as read from a cluster");
    }
    Names.labels(p, labels());
    Names.annotations(p, annotations());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Included && ((Included) o).object.equals(object);
  }

  @Override
  public int hashCode() {
    return object.hashCode();
  }

  /** Kind and name only: the object may be a Secret. */
  @Override
  public String toString() {
    return "Included{" + kind() + " " + name() + "}";
  }

  /** A deep copy through the model's own builder (free-form maps and lists copied too). */
  private static HasMetadata copy(HasMetadata o) {
    Object builder = o instanceof Editable ? ((Editable<?>) o).edit() : null;
    if (!(builder instanceof Builder)) {
      throw new IllegalArgumentException("include(..) needs a fabric8 model object (one with edit()), not "
          + o.getClass().getName());
    }
    HasMetadata copy = (HasMetadata) ((Builder<?>) builder).build();
    if (copy instanceof GenericKubernetesResource) {
      GenericKubernetesResource g = (GenericKubernetesResource) copy;
      g.setAdditionalProperties(deep(g.getAdditionalProperties()));
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static <T> T deep(T value) {
    if (value instanceof Map) {
      Map<Object, Object> m = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        m.put(e.getKey(), deep(e.getValue()));
      }
      return (T) m;
    }
    if (value instanceof List) {
      List<Object> l = new ArrayList<>();
      for (Object v : (List<?>) value) {
        l.add(deep(v));
      }
      return (T) l;
    }
    return value;
  }
}
