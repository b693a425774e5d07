package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * One RBAC rule: {@code rule().apiGroups("").resources("pods").verbs(GET, LIST, WATCH)}.
 * Verbs are kept as written so that a misspelt one ({@code "gett"}) is reported with its place.
 */
@Value.Immutable
public abstract class PolicyRule {
  /** API groups; {@code ""} is the core group (pods, services, configmaps). */
  public abstract List<String> apiGroups();

  public abstract List<String> resources();

  public abstract List<String> resourceNames();

  public abstract List<String> verbs();

  /** Non-resource URLs such as {@code /healthz}; ClusterRoles only. */
  public abstract List<String> nonResourceUrls();

  public PolicyRule apiGroups(String... groups) {
    return ImmutablePolicyRule.builder().from(this).apiGroups(Arrays.asList(groups)).build();
  }

  public PolicyRule resources(String... resources) {
    return ImmutablePolicyRule.builder().from(this).resources(Arrays.asList(resources)).build();
  }

  public PolicyRule resourceNames(String... names) {
    return ImmutablePolicyRule.builder().from(this).resourceNames(Arrays.asList(names)).build();
  }

  public PolicyRule verbs(Verb... verbs) {
    String[] values = new String[verbs.length];
    for (int i = 0; i < verbs.length; i++) {
      values[i] = verbs[i].value();
    }
    return verbs(values);
  }

  public PolicyRule verbs(String... verbs) {
    return ImmutablePolicyRule.builder().from(this).verbs(Arrays.asList(verbs)).build();
  }

  public PolicyRule nonResourceUrls(String... urls) {
    return ImmutablePolicyRule.builder().from(this).nonResourceUrls(Arrays.asList(urls)).build();
  }

  static PolicyRule empty() {
    return ImmutablePolicyRule.builder().build();
  }

  void validate(Problems p, boolean clusterRole) {
    if (verbs().isEmpty()) {
      p.add("has no verbs");
    }
    for (String v : verbs()) {
      if (Verb.of(v).isEmpty()) {
        p.add("\"%s\" is not a Kubernetes verb (one of %s)", v, Verb.list());
      }
    }
    Duplicates.check(p, "verb", verbs());
    boolean urls = !nonResourceUrls().isEmpty();
    if (resources().isEmpty() && !urls) {
      p.add("names no resources");
    }
    if (!resources().isEmpty() && apiGroups().isEmpty()) {
      p.add("names no API groups (use \"\" for the core group of pods, services and configmaps)");
    }
    if (urls && !clusterRole) {
      p.add("nonResourceURLs are only allowed in a ClusterRole");
    }
    if (urls && (!resources().isEmpty() || !apiGroups().isEmpty() || !resourceNames().isEmpty())) {
      p.add("mixes nonResourceURLs with resources or API groups; use two rules");
    }
    for (String r : resources()) {
      if (r.isEmpty() || r.contains(" ")) {
        p.add("resource \"%s\" is not a resource name", r);
      }
    }
    for (String u : nonResourceUrls()) {
      if (!u.startsWith("/") && !u.equals("*")) {
        p.add("nonResourceURL \"%s\" must start with '/'", u);
      }
    }
  }
}
