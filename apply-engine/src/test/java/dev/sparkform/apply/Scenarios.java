package dev.sparkform.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random scenarios, each from a {@link Random} (seeded by the caller, so a case can be replayed).
 * Names come from tiny alphabets (two object names, three namespaces) so that foreign objects
 * often have exactly the kind, namespace and name of an object the stack declares: those are the
 * cases where a careless engine would touch them.
 */
final class Scenarios {
  static final List<String> NAMESPACES = List.of("n1", "n2", "n3");
  static final List<String> NAMES = List.of("a", "b");
  static final List<String> VALUES = List.of("x", "y");
  static final List<ObjectKind> MEMBER_KINDS = List.of(ObjectKind.CONFIG_MAP, ObjectKind.SECRET,
      ObjectKind.SERVICE_ACCOUNT, ObjectKind.ROLE, ObjectKind.ROLE_BINDING);
  static final List<Ownership> FOREIGN_OWNERS = List.of(Ownership.UNLABELLED, Ownership.MANAGED_BY_ONLY,
      Ownership.OTHER_STACK, Ownership.SAME_NAME_OTHER_NAMESPACE);
  static final List<Ownership> PARENT_OWNERS = List.of(Ownership.UNLABELLED, Ownership.OTHER_STACK,
      Ownership.OTHER_TOOL_PARENT);

  private Scenarios() {}

  /**
   * One scenario: 1–3 versions, up to 6 foreign objects, kubectl's set (or a Secret where the
   * parent goes) in 15% of cases, 1–4 steps.
   */
  static Scenario scenario(Random r) {
    String ns = pick(r, NAMESPACES);
    List<StackSpec> versions = list(r, 1, 3, () -> version(r, ns));
    List<ForeignSpec> foreign = list(r, 0, 6, () -> foreign(r, ns));
    List<ForeignSpec> kubectl = kubectlSet(r, ns);
    List<Step> steps = list(r, 1, 4, () -> step(r));
    return new Scenario(ns, versions, concat(foreign, kubectl), steps);
  }

  /**
   * A version in 1–3 namespaces (the parent's and up to two more). Each is declared in 85% of
   * cases; an undeclared one must exist already (a foreign Namespace) or the plan has an error.
   */
  static StackSpec version(Random r, String stackNamespace) {
    List<String> used = new ArrayList<>(List.of(stackNamespace));
    // Any subset of the other two, each as likely.
    NAMESPACES.stream().filter(n -> !n.equals(stackNamespace)).filter(n -> r.nextBoolean()).forEach(used::add);
    List<StackSpec.Member> all = new ArrayList<>();
    for (String n : used) {
      if (r.nextDouble() >= 0.15) {
        all.add(new StackSpec.Member(ObjectKind.NAMESPACE, null, n, pick(r, VALUES)));
      }
    }
    all.addAll(list(r, 0, 4, () -> member(r, used)));
    return new StackSpec(all);
  }

  static StackSpec.Member member(Random r, List<String> namespaces) {
    return new StackSpec.Member(pick(r, MEMBER_KINDS), pick(r, namespaces), pick(r, NAMES), pick(r, VALUES));
  }

  /** Mostly in the parent's namespace, where the stack mostly is: 2 to 1 against any of the three. */
  static ForeignSpec foreign(Random r, String stackNamespace) {
    ObjectKind kind = pick(r, List.of(ObjectKind.values()));
    String ns = r.nextInt(3) < 2 ? stackNamespace : pick(r, NAMESPACES);
    String name = pick(r, NAMES);
    Ownership owner = pick(r, FOREIGN_OWNERS);
    String value = pick(r, VALUES);
    // A foreign Namespace is named as the stack's namespaces are.
    return kind == ObjectKind.NAMESPACE
        ? new ForeignSpec(kind, null, ns, owner, value) : new ForeignSpec(kind, ns, name, owner, value);
  }

  /**
   * In 15% of cases a Secret where the stack's ApplySet parent goes: someone's plain Secret,
   * another stack's member, or kubectl's ApplySet parent (same id, another tool) with up to two
   * members of its own that carry our id. Otherwise nothing.
   */
  static List<ForeignSpec> kubectlSet(Random r, String stackNamespace) {
    if (r.nextDouble() >= 0.15) {
      return List.of();
    }
    String parentName = "sparkform-" + Scenario.STACK;
    Ownership owner = pick(r, PARENT_OWNERS);
    ForeignSpec parent = new ForeignSpec(ObjectKind.SECRET, stackNamespace, parentName, owner, "x");
    if (owner != Ownership.OTHER_TOOL_PARENT) {
      return List.of(parent);
    }
    List<ForeignSpec> members = list(r, 0, 2, () -> new ForeignSpec(
        pick(r, List.of(ObjectKind.CONFIG_MAP, ObjectKind.SECRET)), stackNamespace, pick(r, NAMES),
        Ownership.OTHER_TOOL_MEMBER, pick(r, VALUES)));
    return concat(List.of(parent), members);
  }

  /** Apply 4 to 1 against destroy; an apply names version 0–2, with --adopt in 35%, --allow-replace in 20%. */
  static Step step(Random r) {
    if (r.nextInt(5) == 4) {
      return new Step.Destroy();
    }
    int version = r.nextInt(3);
    boolean adopt = r.nextInt(100) < 35;
    boolean replace = r.nextInt(100) < 20;
    return new Step.Apply(version, adopt, replace);
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** {@code min} to {@code max} elements, each size as likely. */
  private static <T> List<T> list(Random r, int min, int max, Supplier<T> element) {
    int size = min + r.nextInt(max - min + 1);
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(element.get());
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
