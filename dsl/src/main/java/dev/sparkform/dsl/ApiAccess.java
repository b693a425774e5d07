package dev.sparkform.dsl;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verbs per API resource, merged by union: what one or more Spark processes do through the API,
 * written as one RBAC rule per resource so that each resource gets only its own verbs.
 */
final class ApiAccess {
  private final Map<List<String>, EnumSet<Verb>> verbs = new LinkedHashMap<>();

  /** {@code group} is {@code ""} for the core group (pods, services, configmaps). */
  ApiAccess grant(String group, String resource, Verb... granted) {
    EnumSet<Verb> set = verbs.computeIfAbsent(List.of(group, resource), k -> EnumSet.noneOf(Verb.class));
    set.addAll(List.of(granted));
    return this;
  }

  ApiAccess addAll(ApiAccess other) {
    other.verbs.forEach((k, v) -> grant(k.get(0), k.get(1), v.toArray(new Verb[0])));
    return this;
  }

  /**
   * What {@code rules} do not grant of this access, as {@code "pods: create, delete"} per resource;
   * empty when they grant it all. A rule limited to resource names grants nothing here (the driver
   * creates and lists objects it cannot name in advance).
   */
  List<String> missingFrom(List<PolicyRule> rules) {
    List<String> missing = new ArrayList<>();
    verbs.forEach((k, v) -> {
      List<String> lacking = v.stream().filter(verb -> rules.stream().noneMatch(r -> r.resourceNames().isEmpty()
          && matches(r.apiGroups(), k.get(0)) && matches(r.resources(), k.get(1)) && matches(r.verbs(), verb.value())))
          .map(Verb::value).toList();
      if (!lacking.isEmpty()) {
        missing.add((k.get(0).isEmpty() ? "" : k.get(0) + "/") + k.get(1) + ": " + String.join(", ", lacking));
      }
    });
    return missing;
  }

  private static boolean matches(List<String> granted, String wanted) {
    return granted.contains(wanted) || granted.contains("*");
  }

  /** One rule per resource, in the order resources were first granted; verbs in Kubernetes' order. */
  List<PolicyRule> rules() {
    List<PolicyRule> rules = new ArrayList<>();
    verbs.forEach((k, v) -> rules.add(PolicyRule.empty().apiGroups(k.get(0)).resources(k.get(1))
        .verbs(v.toArray(new Verb[0]))));
    return rules;
  }
}
