package dev.sparkform.dsl;

/** The step between a node label key and its operator: {@code node("pool").in("spark")}. */
public final class NodeMatch {
  private final String key;

  NodeMatch(String key) {
    this.key = key;
  }

  public NodeRequirement in(String... values) {
    return NodeRequirement.of(key, NodeRequirement.Operator.IN, values);
  }

  public NodeRequirement notIn(String... values) {
    return NodeRequirement.of(key, NodeRequirement.Operator.NOT_IN, values);
  }

  public NodeRequirement exists() {
    return NodeRequirement.of(key, NodeRequirement.Operator.EXISTS);
  }

  public NodeRequirement doesNotExist() {
    return NodeRequirement.of(key, NodeRequirement.Operator.DOES_NOT_EXIST);
  }

  public NodeRequirement greaterThan(long value) {
    return NodeRequirement.of(key, NodeRequirement.Operator.GT, Long.toString(value));
  }

  public NodeRequirement lessThan(long value) {
    return NodeRequirement.of(key, NodeRequirement.Operator.LT, Long.toString(value));
  }
}
