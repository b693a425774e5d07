package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkCluster;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles Spark apps and clusters for the chosen target's operator; for spark-submit (no operator),
 * a cluster becomes the plain objects the Apache operator would create ({@link StandaloneClusterCompiler}).
 */
final class SparkResources {
  private SparkResources() {}

  static void compile(Target target, Stack stack, StackResource r, ObjectMeta meta, Problems p, List<HasMetadata> out) {
    if (r instanceof SparkCluster) {
      switch (target) {
        case APACHE -> out.add(ApacheCompiler.cluster((SparkCluster) r, meta));
        case SPARK_SUBMIT -> out.addAll(StandaloneClusterCompiler.compile((SparkCluster) r, meta, p));
        default -> p.add("a SparkCluster cannot be rendered for target %s: only the Apache operator runs Spark"
            + " clusters (use --target apache, or --target spark-submit for its plain objects)", target.cliName());
      }
      return;
    }
    SparkApp app = (SparkApp) r;
    KubeflowOnlyFields.check(app, target, p);
    ApacheOnlyFields.check(app, target, p);
    if (target == Target.SPARK_SUBMIT) {
      SparkSubmitCompiler.job(stack, app, p); // checked here; the files are written by SparkSubmitCompiler.jobs
      out.addAll(Submitter.objects(stack, app, meta, p));
      return;
    }
    // The checks every target shares: sizes Spark can read, sparkConf never contradicting a typed field.
    EffectiveConf.of(app, stack.namespaceOf(app), p);
    if (target == Target.KUBEFLOW) {
      for (Map.Entry<String, String> e : app.sparkConf().entrySet()) {
        String k = e.getKey();
        Optional<String> why = KubeflowRefusedKeys.refusal(k, e.getValue(), stack.namespaceOf(app));
        // a namespace contradiction is EffectiveConf's to report
        if (why.isPresent() && !k.equals(KubeflowRefusedKeys.NAMESPACE)) {
          p.add("sparkConf %s is refused by the kubeflow operator's webhook (v2.5.2 and later): %s", k, why.get());
        }
      }
    }
    out.add(target == Target.APACHE ? ApacheCompiler.app(app, meta, p) : KubeflowCompiler.compile(app, meta, p));
  }
}
