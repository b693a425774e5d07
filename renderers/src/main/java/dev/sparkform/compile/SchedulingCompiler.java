package dev.sparkform.compile;

import dev.sparkform.dsl.NodeRequirement;
import dev.sparkform.dsl.NodeTerm;
import dev.sparkform.dsl.Scheduling;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.NodeAffinityBuilder;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.NodeSelectorTermBuilder;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTermBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link Scheduling} as the pod-spec fields it stands for; shared by every pod a stack renders. */
public final class SchedulingCompiler {
  private SchedulingCompiler() {}

  public static List<Toleration> tolerations(Scheduling s) {
    return s.tolerations().stream().map(t -> {
      TolerationBuilder b = new TolerationBuilder().withOperator(t.operator().value());
      t.key().ifPresent(b::withKey);
      t.value().ifPresent(b::withValue);
      t.effect().ifPresent(e -> b.withEffect(e.value()));
      if (t.seconds().isPresent()) {
        b.withTolerationSeconds(t.seconds().getAsLong());
      }
      return b.build();
    }).collect(Collectors.toList());
  }

  /** Node affinity, or empty when the value sets no affinity terms. */
  public static Optional<Affinity> affinity(Scheduling s) {
    if (s.required().isEmpty() && s.preferred().isEmpty()) {
      return Optional.empty();
    }
    NodeAffinityBuilder na = new NodeAffinityBuilder();
    if (!s.required().isEmpty()) {
      na.withNewRequiredDuringSchedulingIgnoredDuringExecution()
          .withNodeSelectorTerms(s.required().stream().map(SchedulingCompiler::term).collect(Collectors.toList()))
          .endRequiredDuringSchedulingIgnoredDuringExecution();
    }
    for (NodeTerm t : s.preferred()) {
      na.addToPreferredDuringSchedulingIgnoredDuringExecution(new PreferredSchedulingTermBuilder()
          .withWeight(t.weight().orElse(1)).withPreference(term(t)).build());
    }
    return Optional.of(new AffinityBuilder().withNodeAffinity(na.build()).build());
  }

  private static NodeSelectorTerm term(NodeTerm t) {
    return new NodeSelectorTermBuilder()
        .withMatchExpressions(t.requirements().stream().map(SchedulingCompiler::requirement).collect(Collectors.toList()))
        .build();
  }

  private static NodeSelectorRequirement requirement(NodeRequirement r) {
    return new NodeSelectorRequirementBuilder().withKey(r.key()).withOperator(r.operator().value())
        .withValues(r.values()).build();
  }
}
