package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Where pods may run: node selector, tolerations and node affinity, as one reusable value, e.g. a
 * dedicated Spark node pool shared by drivers and executors of many apps.
 *
 * <pre>{@code
 * Scheduling sparkPool = scheduling()
 *     .nodeSelector("node-pool", "spark")
 *     .tolerations(tolerate("dedicated", "spark", NO_SCHEDULE))
 *     .require(node("kubernetes.io/arch").in("amd64"))
 *     .prefer(50, node("node.kubernetes.io/instance-type").in("r6i.8xlarge"));
 * }</pre>
 */
@Value.Immutable
public abstract class Scheduling {
  public abstract Map<String, String> nodeSelector();

  public abstract List<Toleration> tolerations();

  /** Node affinity terms that must match (any one of them). */
  public abstract List<NodeTerm> required();

  /** Node affinity terms the scheduler favours by weight. */
  public abstract List<NodeTerm> preferred();

  public Scheduling nodeSelector(String nodeLabel, String value) {
    return ImmutableScheduling.builder().from(this).putNodeSelector(nodeLabel, value).build();
  }

  public Scheduling tolerations(Toleration... tolerations) {
    return ImmutableScheduling.builder().from(this).addTolerations(tolerations).build();
  }

  /** Adds a required term: all of {@code requirements} must hold on the node. */
  public Scheduling require(NodeRequirement... requirements) {
    return ImmutableScheduling.builder().from(this)
        .addRequired(NodeTerm.of(Arrays.asList(requirements), null)).build();
  }

  /** Adds a preferred term with a weight of 1-100. */
  public Scheduling prefer(int weight, NodeRequirement... requirements) {
    return ImmutableScheduling.builder().from(this)
        .addPreferred(NodeTerm.of(Arrays.asList(requirements), weight)).build();
  }

  /** This scheduling plus another's: selectors merged (the other wins), lists appended. */
  public Scheduling and(Scheduling other) {
    return ImmutableScheduling.builder().from(this).putAllNodeSelector(other.nodeSelector())
        .addAllTolerations(other.tolerations()).addAllRequired(other.required())
        .addAllPreferred(other.preferred()).build();
  }

  public boolean isEmpty() {
    return nodeSelector().isEmpty() && tolerations().isEmpty() && required().isEmpty() && preferred().isEmpty();
  }

  static Scheduling empty() {
    return ImmutableScheduling.builder().build();
  }

  /** Checks this value; pods that use it call this under their own path. */
  public void validate(Problems p) {
    for (Map.Entry<String, String> e : nodeSelector().entrySet()) {
      Names.qualifiedKey(p.at("nodeSelector"), "node label key", e.getKey());
      Names.labelValue(p.at("nodeSelector"), "node label \"" + e.getKey() + "\"", e.getValue());
    }
    for (int i = 0; i < tolerations().size(); i++) {
      tolerations().get(i).validate(p.at("toleration", i));
    }
    for (int i = 0; i < required().size(); i++) {
      required().get(i).validate(p.at("required", i));
    }
    for (int i = 0; i < preferred().size(); i++) {
      preferred().get(i).validate(p.at("preferred", i));
    }
  }
}
