package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The batch scheduler the kubeflow operator hands an app's pods to, for gang scheduling and queues:
 * {@code volcano().queue("analytics")}, {@code yunikorn().queue("root.default")}, {@code kubeScheduler()}.
 * The operator sets the pods' scheduler name itself, so pods must not set their own.
 */
@Value.Immutable
public abstract class BatchScheduler {
  /** The schedulers the kubeflow operator integrates with. */
  public enum Kind {
    VOLCANO("volcano"), YUNIKORN("yunikorn"), KUBE_SCHEDULER("kube-scheduler");

    private final String value;

    Kind(String value) {
      this.value = value;
    }

    /** The operator's name for it ({@code spec.batchScheduler}). */
    public String value() {
      return value;
    }
  }

  public abstract Kind kind();

  /** The queue the app is placed in (volcano, yunikorn). */
  public abstract Optional<String> queue();

  /** The PriorityClass of the app's pod group (volcano). */
  public abstract Optional<String> priorityClassName();

  /** The resources the scheduler reserves for the whole app (volcano's lower bound). */
  public abstract Optional<Resources> resources();

  public BatchScheduler queue(String queue) {
    return ImmutableBatchScheduler.builder().from(this).queue(queue).build();
  }

  public BatchScheduler priorityClassName(String name) {
    return ImmutableBatchScheduler.builder().from(this).priorityClassName(name).build();
  }

  /** Either may be null: {@code resources(cores(10), null)}. */
  public BatchScheduler resources(Cpu cpu, Memory memory) {
    return ImmutableBatchScheduler.builder().from(this).resources(Resources.of(cpu, memory)).build();
  }

  /** Whether any option beyond the scheduler's name is set. */
  public boolean hasOptions() {
    return queue().isPresent() || priorityClassName().isPresent() || resources().isPresent();
  }

  static BatchScheduler of(Kind kind) {
    return ImmutableBatchScheduler.builder().kind(kind).build();
  }

  void validate(Problems p) {
    if (kind() == Kind.KUBE_SCHEDULER && hasOptions()) {
      // the default scheduler has no queues or pod groups: the options would be ignored
      p.add("kube-scheduler takes no queue, priority class or resources (those are for volcano and yunikorn)");
    }
    if (queue().isPresent() && queue().get().isBlank()) {
      p.add("queue is blank");
    }
    Names.dnsSubdomain(p, "priority class", priorityClassName());
    Resources.validate(p.at("resources"), resources());
  }
}
