package dev.sparkform.apply;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random scenarios. Names come from tiny alphabets (two object names, three namespaces) so that
 * foreign objects often have exactly the kind, namespace and name of an object the stack declares:
 * those are the cases where a careless engine would touch them.
 */
final class Scenarios {
  static final List<String> NAMESPACES = List.of("n1", "n2", "n3");
  static final List<String> NAMES = List.of("a", "b");
  static final List<String> VALUES = List.of("x", "y");

  private Scenarios() {}

  static Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(NAMESPACES).flatMap(ns -> Combinators.combine(
        version(ns).list().ofMinSize(1).ofMaxSize(3),
        foreign(ns).list().ofMaxSize(6),
        kubectlSet(ns),
        step().list().ofMinSize(1).ofMaxSize(4))
        .as((versions, foreign, kubectl, steps) -> new Scenario(ns, versions, concat(foreign, kubectl), steps)));
  }

  /**
   * A version in 1–3 namespaces (the parent's and up to two more). Each is usually declared; an
   * undeclared one must exist already (a foreign Namespace) or the plan has an error.
   */
  static Arbitrary<StackSpec> version(String stackNamespace) {
    List<String> others = NAMESPACES.stream().filter(n -> !n.equals(stackNamespace)).toList();
    return Arbitraries.subsetOf(others).map(extra -> {
      List<String> used = new ArrayList<>(List.of(stackNamespace));
      others.stream().filter(extra::contains).forEach(used::add);
      return used;
    }).flatMap(used -> Combinators.combine(
        Arbitraries.of(VALUES).injectNull(0.15).list().ofSize(used.size()),
        member(used).list().ofMaxSize(4))
        .as((nsValues, members) -> {
          List<StackSpec.Member> all = new ArrayList<>();
          for (int i = 0; i < used.size(); i++) {
            if (nsValues.get(i) != null) {
              all.add(new StackSpec.Member(ObjectKind.NAMESPACE, null, used.get(i), nsValues.get(i)));
            }
          }
          all.addAll(members);
          return new StackSpec(all);
        }));
  }

  static Arbitrary<StackSpec.Member> member(List<String> namespaces) {
    return Combinators.combine(
        Arbitraries.of(ObjectKind.CONFIG_MAP, ObjectKind.SECRET, ObjectKind.SERVICE_ACCOUNT, ObjectKind.ROLE,
            ObjectKind.ROLE_BINDING),
        Arbitraries.of(namespaces), Arbitraries.of(NAMES), Arbitraries.of(VALUES))
        .as(StackSpec.Member::new);
  }

  /** Mostly in the parent's namespace, where the stack mostly is. */
  static Arbitrary<ForeignSpec> foreign(String stackNamespace) {
    Arbitrary<String> namespaces = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(stackNamespace)), Tuple.of(1, Arbitraries.of(NAMESPACES)));
    return Combinators.combine(Arbitraries.of(ObjectKind.values()), namespaces, Arbitraries.of(NAMES),
        Arbitraries.of(Ownership.UNLABELLED, Ownership.MANAGED_BY_ONLY, Ownership.OTHER_STACK,
            Ownership.SAME_NAME_OTHER_NAMESPACE), Arbitraries.of(VALUES))
        // A foreign Namespace is named as the stack's namespaces are.
        .as((kind, ns, name, owner, value) -> kind == ObjectKind.NAMESPACE
            ? new ForeignSpec(kind, null, ns, owner, value) : new ForeignSpec(kind, ns, name, owner, value));
  }

  /**
   * Sometimes a Secret where the stack's ApplySet parent goes: someone's plain Secret, another
   * stack's member, or kubectl's ApplySet parent (same id, another tool) with members of its own
   * that carry our id.
   */
  static Arbitrary<List<ForeignSpec>> kubectlSet(String stackNamespace) {
    String parentName = "sparkform-" + Scenario.STACK;
    Arbitrary<List<ForeignSpec>> set = Arbitraries.of(Ownership.UNLABELLED, Ownership.OTHER_STACK,
        Ownership.OTHER_TOOL_PARENT).flatMap(owner -> {
          ForeignSpec parent = new ForeignSpec(ObjectKind.SECRET, stackNamespace, parentName, owner, "x");
          if (owner != Ownership.OTHER_TOOL_PARENT) {
            return Arbitraries.just(List.of(parent));
          }
          return Combinators.combine(Arbitraries.of(ObjectKind.CONFIG_MAP, ObjectKind.SECRET), Arbitraries.of(NAMES),
              Arbitraries.of(VALUES))
              .as((kind, name, value) -> new ForeignSpec(kind, stackNamespace, name, Ownership.OTHER_TOOL_MEMBER, value))
              .list().ofMaxSize(2).map(members -> concat(List.of(parent), members));
        });
    return set.injectNull(0.85).map(s -> s == null ? List.of() : s);
  }

  static Arbitrary<Step> step() {
    Arbitrary<Boolean> adopt = Arbitraries.frequency(Tuple.of(65, false), Tuple.of(35, true));
    Arbitrary<Boolean> replace = Arbitraries.frequency(Tuple.of(80, false), Tuple.of(20, true));
    Arbitrary<Step> apply = Combinators.combine(Arbitraries.integers().between(0, 2), adopt, replace)
        .as(Step.Apply::new);
    return Arbitraries.frequencyOf(Tuple.of(4, apply), Tuple.of(1, Arbitraries.just(new Step.Destroy())));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
