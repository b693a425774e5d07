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
    List<String> key = List.of(group, resource);
    EnumSet<Verb> set = verbs.get(key);
    if (set == null) {
      set = EnumSet.noneOf(Verb.class);
      verbs.put(key, set);
    }
    set.addAll(List.of(granted));
    return this;
  }

  ApiAccess addAll(ApiAccess other) {
    for (Map.Entry<List<String>, EnumSet<Verb>> e : other.verbs.entrySet()) {
      grant(e.getKey().get(0), e.getKey().get(1), e.getValue().toArray(new Verb[0]));
    }
    return this;
  }

  /**
   * What {@code rules} do not grant of this access, as {@code "pods: create, delete"} per resource;
   * empty when they grant it all. A rule limited to resource names grants nothing here (the driver
   * creates and lists objects it cannot name in advance).
   */
  List<String> missingFrom(List<PolicyRule> rules) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<List<String>, EnumSet<Verb>> e : verbs.entrySet()) {
      String group = e.getKey().get(0);
      String resource = e.getKey().get(1);
      List<String> lacking = new ArrayList<>();
      for (Verb verb : e.getValue()) {
        if (!granted(rules, group, resource, verb)) {
          lacking.add(verb.value());
        }
      }
      if (!lacking.isEmpty()) {
        missing.add((group.isEmpty() ? "" : group + "/") + resource + ": " + String.join(", ", lacking));
      }
    }
    return missing;
  }

  private static boolean granted(List<PolicyRule> rules, String group, String resource, Verb verb) {
    for (PolicyRule r : rules) {
      if (r.resourceNames().isEmpty() && matches(r.apiGroups(), group) && matches(r.resources(), resource)
          && matches(r.verbs(), verb.value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<String> granted, String wanted) {
    return granted.contains(wanted) || granted.contains("*");
  }

  /** One rule per resource, in the order resources were first granted; verbs in Kubernetes' order. */
  List<PolicyRule> rules() {
    List<PolicyRule> rules = new ArrayList<>();
    for (Map.Entry<List<String>, EnumSet<Verb>> e : verbs.entrySet()) {
      rules.add(PolicyRule.empty().apiGroups(e.getKey().get(0)).resources(e.getKey().get(1))
          .verbs(e.getValue().toArray(new Verb[0])));
    }
    return rules;
  }
}
