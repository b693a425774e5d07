package dev.sparkform.dsl;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Requirements that must all hold on a node (ANDed). Required terms are ORed with each other;
 * preferred terms carry a weight 1-100.
 */
@Value.Immutable
public abstract class NodeTerm {
  public abstract List<NodeRequirement> requirements();

  /** Present on preferred terms only. */
  public abstract OptionalInt weight();

  static NodeTerm of(List<NodeRequirement> requirements, Integer weight) {
    ImmutableNodeTerm.Builder b = ImmutableNodeTerm.builder().requirements(requirements);
    if (weight != null) {
      b.weight(weight);
    }
    return b.build();
  }

  void validate(Problems p) {
    if (requirements().isEmpty()) {
      p.add("has no requirements");
    }
    for (int i = 0; i < requirements().size(); i++) {
      requirements().get(i).validate(p.at("match", i));
    }
    if (weight().isPresent() && (weight().getAsInt() < 1 || weight().getAsInt() > 100)) {
      p.add("weight %d is outside 1-100", weight().getAsInt());
    }
  }
}
