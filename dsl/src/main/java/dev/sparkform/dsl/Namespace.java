package dev.sparkform.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A namespace the stack creates, with its quotas and limit ranges. Isolating Spark apps (e.g. two
 * Spark versions) in their own namespaces is the usual reason to declare one.
 */
@Value.Immutable
public abstract class Namespace implements StackResource {
  /** Annotation read by the PodNodeSelector admission plugin. */
  public static final String NODE_SELECTOR_ANNOTATION = "scheduler.alpha.kubernetes.io/node-selector";

  @Override
  public abstract String name();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  public abstract List<ResourceQuota> quotas();

  public abstract List<LimitRange> limitRanges();

  /**
   * Node labels every pod in this namespace is pinned to, through the PodNodeSelector admission
   * plugin (rendered as the {@value #NODE_SELECTOR_ANNOTATION} annotation). Only effective where
   * the cluster enables that plugin; pods' own node selectors work everywhere.
   */
  public abstract Map<String, String> podNodeSelector();

  @Override
  public String kind() {
    return "Namespace";
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  public Namespace label(String key, String value) {
    return ImmutableNamespace.builder().from(this).putLabels(key, value).build();
  }

  public Namespace annotation(String key, String value) {
    return ImmutableNamespace.builder().from(this).putAnnotations(key, value).build();
  }

  public Namespace quota(ResourceQuota quota) {
    return ImmutableNamespace.builder().from(this).addQuotas(quota).build();
  }

  public Namespace limitRange(LimitRange limitRange) {
    return ImmutableNamespace.builder().from(this).addLimitRanges(limitRange).build();
  }

  public Namespace podNodeSelector(String nodeLabel, String value) {
    return ImmutableNamespace.builder().from(this).putPodNodeSelector(nodeLabel, value).build();
  }

  static Namespace named(String name) {
    return ImmutableNamespace.builder().name(name).build();
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.DNS_LABEL);
    List<String> quotaNames = new ArrayList<>();
    for (ResourceQuota q : quotas()) {
      q.validate(p.at("resource quota " + q.name()));
      quotaNames.add(q.name());
    }
    List<String> limitRangeNames = new ArrayList<>();
    for (LimitRange l : limitRanges()) {
      l.validate(p.at("limit range " + l.name()));
      limitRangeNames.add(l.name());
    }
    Names.labels(p.at("podNodeSelector"), podNodeSelector());
    if (!podNodeSelector().isEmpty() && annotations().containsKey(NODE_SELECTOR_ANNOTATION)) {
      p.add("sets both podNodeSelector and the %s annotation", NODE_SELECTOR_ANNOTATION);
    }
    Duplicates.check(p, "resource quota", quotaNames);
    Duplicates.check(p, "limit range", limitRangeNames);
  }
}
