package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/** One node-label expression of an affinity term: {@code node("pool").in("spark", "spark-highmem")}. */
@Value.Immutable
public abstract class NodeRequirement {
  public enum Operator { IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist"),
    GT("Gt"), LT("Lt");
    private final String value;

    Operator(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  public abstract String key();

  public abstract Operator operator();

  public abstract List<String> values();

  static NodeRequirement of(String key, Operator op, String... values) {
    return ImmutableNodeRequirement.builder().key(key).operator(op).values(Arrays.asList(values)).build();
  }

  void validate(Problems p) {
    Names.qualifiedKey(p, "node label key", key());
    switch (operator()) {
      case IN: case NOT_IN:
        if (values().isEmpty()) {
          p.add("operator %s needs at least one value", operator().value());
        }
        break;
      case EXISTS: case DOES_NOT_EXIST:
        if (!values().isEmpty()) {
          p.add("operator %s takes no values", operator().value());
        }
        break;
      default:
        if (values().size() != 1 || !values().get(0).matches("-?[0-9]+")) {
          p.add("operator %s needs exactly one integer value", operator().value());
        }
    }
  }
}
