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

  /** One rule per resource, in the order resources were first granted; verbs in Kubernetes' order. */
  List<PolicyRule> rules() {
    List<PolicyRule> rules = new ArrayList<>();
    verbs.forEach((k, v) -> rules.add(PolicyRule.empty().apiGroups(k.get(0)).resources(k.get(1))
        .verbs(v.toArray(new Verb[0]))));
    return rules;
  }
}
