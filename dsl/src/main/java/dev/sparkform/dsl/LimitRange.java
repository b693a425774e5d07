package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Per-container defaults and bounds in a namespace. Spark sets requests and limits on its own pods,
 * so for Spark the bounds ({@link #min}, {@link #max}) matter most: a pod outside them is refused.
 */
@Value.Immutable
public abstract class LimitRange {
  public abstract String name();

  /** Limits given to containers that set none. */
  public abstract Optional<Resources> defaultLimit();

  /** Requests given to containers that set none. */
  public abstract Optional<Resources> defaultRequest();

  public abstract Optional<Resources> min();

  public abstract Optional<Resources> max();

  public LimitRange defaultLimit(Cpu cpu, Memory memory) {
    return ImmutableLimitRange.builder().from(this).defaultLimit(Resources.of(cpu, memory)).build();
  }

  public LimitRange defaultRequest(Cpu cpu, Memory memory) {
    return ImmutableLimitRange.builder().from(this).defaultRequest(Resources.of(cpu, memory)).build();
  }

  public LimitRange min(Cpu cpu, Memory memory) {
    return ImmutableLimitRange.builder().from(this).min(Resources.of(cpu, memory)).build();
  }

  public LimitRange max(Cpu cpu, Memory memory) {
    return ImmutableLimitRange.builder().from(this).max(Resources.of(cpu, memory)).build();
  }

  static LimitRange named(String name) {
    return ImmutableLimitRange.builder().name(name).build();
  }

  void validate(Problems p) {
    Names.dnsSubdomain(p, "name", name());
    Resources.validate(p.at("defaultLimit"), defaultLimit());
    Resources.validate(p.at("defaultRequest"), defaultRequest());
    Resources.validate(p.at("min"), min());
    Resources.validate(p.at("max"), max());
    if (defaultLimit().isEmpty() && defaultRequest().isEmpty() && min().isEmpty() && max().isEmpty()) {
      p.add("sets no default or bound");
    }
    if (min().isPresent() && max().isPresent()) {
      Resources lo = min().get();
      Resources hi = max().get();
      if (lo.cpu().isPresent() && hi.cpu().isPresent() && lo.cpu().get().isValid() && hi.cpu().get().isValid()
          && lo.cpu().get().compareTo(hi.cpu().get()) > 0) {
        p.add("min cpu %s exceeds max cpu %s", lo.cpu().get(), hi.cpu().get());
      }
      if (lo.memory().isPresent() && hi.memory().isPresent() && lo.memory().get().isValid()
          && hi.memory().get().isValid() && lo.memory().get().compareTo(hi.memory().get()) > 0) {
        p.add("min memory %s exceeds max memory %s", lo.memory().get(), hi.memory().get());
      }
    }
  }
}
