package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One version of a random stack, as data: what it declares, built into a {@link Stack} with the
 * DSL only when run. Data, not a Stack, so a failing case prints in one readable line.
 */
record StackSpec(List<StackSpec.Member> members) {
  /**
   * One declared object. {@code value} varies its content between versions: the data of a
   * ConfigMap or Secret, a Namespace's label, a ServiceAccount's token automount, a Role's verb,
   * the role a RoleBinding binds (immutable: a change is a replace).
   */
  record Member(ObjectKind kind, String namespace, String name, String value) {
    ObjectRef ref() {
      return kind.ref(namespace, name);
    }

    @Override
    public String toString() {
      return kind.kind + " " + (kind == ObjectKind.NAMESPACE ? name : namespace + "/" + name) + "=" + value;
    }
  }

  /** Keeps the first of members with the same ref: the DSL refuses duplicates. */
  StackSpec {
    Map<ObjectRef, Member> unique = new LinkedHashMap<>();
    members.forEach(m -> unique.putIfAbsent(m.ref(), m));
    members = List.copyOf(unique.values());
  }

  List<ObjectRef> refs() {
    return members.stream().map(Member::ref).toList();
  }

  Stack toStack(String name, String namespace) {
    List<StackResource> resources = new ArrayList<>();
    for (Member m : members) {
      resources.add(resource(m));
    }
    return stack(name).namespace(namespace).add(resources.toArray(StackResource[]::new));
  }

  private StackResource resource(Member m) {
    String ns = m.namespace();
    String v = m.value();
    return switch (m.kind()) {
      case NAMESPACE -> namespace(m.name()).label("tier", v);
      case CONFIG_MAP -> configMap(m.name()).namespace(ns).data("k", v);
      case SECRET -> secret(m.name()).namespace(ns).data("k", literal(v));
      case SERVICE_ACCOUNT -> serviceAccount(m.name()).namespace(ns).automountToken(v.equals("x"));
      case ROLE -> role(m.name()).namespace(ns).rules(rule().apiGroups("").resources("pods").verbs(v.equals("x") ? GET : LIST));
      // The DSL wants a declared role named as such, an undeclared one as existing (both render the same roleRef).
      case ROLE_BINDING -> (declares(ObjectKind.ROLE, ns, v) ? roleBinding(m.name()).namespace(ns).role(v)
          : roleBinding(m.name()).namespace(ns).existingRole(v)).serviceAccount("default");
    };
  }

  private boolean declares(ObjectKind kind, String namespace, String name) {
    return refs().contains(kind.ref(namespace, name));
  }

  @Override
  public String toString() {
    return members.stream().map(Member::toString).collect(Collectors.joining(", ", "[", "]"));
  }
}
