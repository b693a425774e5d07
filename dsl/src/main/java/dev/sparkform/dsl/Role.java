package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Role (in a namespace) or ClusterRole (cluster-wide): what its subjects may do. A Spark driver
 * needs a namespaced Role on pods, services and configmaps; a ClusterRole is rarely warranted.
 */
@Value.Immutable
public abstract class Role implements StackResource {
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  /** True for a ClusterRole. */
  public abstract boolean clusterWide();

  public abstract List<PolicyRule> rules();

  @Override
  public String kind() {
    return clusterWide() ? "ClusterRole" : "Role";
  }

  @Override
  public boolean namespaced() {
    return !clusterWide();
  }

  public Role namespace(String namespace) {
    return ImmutableRole.builder().from(this).namespace(namespace).build();
  }

  public Role label(String key, String value) {
    return ImmutableRole.builder().from(this).putLabels(key, value).build();
  }

  public Role annotation(String key, String value) {
    return ImmutableRole.builder().from(this).putAnnotations(key, value).build();
  }

  /** Adds rules after those already there. */
  public Role rules(PolicyRule... rules) {
    return ImmutableRole.builder().from(this).addAllRules(Arrays.asList(rules)).build();
  }

  static Role named(String name, boolean clusterWide) {
    return ImmutableRole.builder().name(name).clusterWide(clusterWide).build();
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.PATH_SEGMENT);
    if (rules().isEmpty()) {
      p.add("has no rules");
    }
    for (int i = 0; i < rules().size(); i++) {
      rules().get(i).validate(p.at("rule", i), clusterWide());
    }
  }
}
