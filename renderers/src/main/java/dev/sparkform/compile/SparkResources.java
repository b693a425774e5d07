package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/** Compiles Spark apps and clusters for the chosen target's operator. */
final class SparkResources {
  private SparkResources() {}

  static void compile(Target target, Stack stack, StackResource r, ObjectMeta meta, Problems p, List<HasMetadata> out) {
    p.add("%s cannot be rendered for target %s by this version of sparkform", r.kind(), target.cliName());
  }
}
