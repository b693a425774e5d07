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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Scheduling} as the pod-spec fields it stands for; shared by every pod a stack renders. */
public final class SchedulingCompiler {
  private SchedulingCompiler() {}

  public static List<Toleration> tolerations(Scheduling s) {
    List<Toleration> out = new ArrayList<>();
    for (dev.sparkform.dsl.Toleration t : s.tolerations()) {
      TolerationBuilder b = new TolerationBuilder().withOperator(t.operator().value());
      if (t.key().isPresent()) {
        b.withKey(t.key().get());
      }
      if (t.value().isPresent()) {
        b.withValue(t.value().get());
      }
      if (t.effect().isPresent()) {
        b.withEffect(t.effect().get().value());
      }
      if (t.seconds().isPresent()) {
        b.withTolerationSeconds(t.seconds().getAsLong());
      }
      out.add(b.build());
    }
    return out;
  }

  /** Node affinity, or empty when the value sets no affinity terms. */
  public static Optional<Affinity> affinity(Scheduling s) {
    if (s.required().isEmpty() && s.preferred().isEmpty()) {
      return Optional.empty();
    }
    NodeAffinityBuilder na = new NodeAffinityBuilder();
    if (!s.required().isEmpty()) {
      na.withNewRequiredDuringSchedulingIgnoredDuringExecution()
          .withNodeSelectorTerms(terms(s.required()))
          .endRequiredDuringSchedulingIgnoredDuringExecution();
    }
    for (NodeTerm t : s.preferred()) {
      na.addToPreferredDuringSchedulingIgnoredDuringExecution(new PreferredSchedulingTermBuilder()
          .withWeight(t.weight().orElse(1)).withPreference(term(t)).build());
    }
    return Optional.of(new AffinityBuilder().withNodeAffinity(na.build()).build());
  }

  private static List<NodeSelectorTerm> terms(List<NodeTerm> terms) {
    List<NodeSelectorTerm> out = new ArrayList<>();
    for (NodeTerm t : terms) {
      out.add(term(t));
    }
    return out;
  }

  private static NodeSelectorTerm term(NodeTerm t) {
    List<NodeSelectorRequirement> requirements = new ArrayList<>();
    for (NodeRequirement r : t.requirements()) {
      requirements.add(requirement(r));
    }
    return new NodeSelectorTermBuilder().withMatchExpressions(requirements).build();
  }

  private static NodeSelectorRequirement requirement(NodeRequirement r) {
    return new NodeSelectorRequirementBuilder().withKey(r.key()).withOperator(r.operator().value())
        .withValues(r.values()).build();
  }
}
