package dev.sparkform.compile;

import dev.sparkform.dsl.RestartPolicy;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Problems;

/**
 * Settings an operator acts on that {@code spark-submit} has no faithful equivalent for: it submits
 * once, now, and keeps nothing afterwards. Each is an error naming the field and the target.
 */
final class SparkSubmitOnlyFields {
  private SparkSubmitOnlyFields() {}

  static void check(SparkApp app, Problems p) {
    String t = Target.SPARK_SUBMIT.cliName();
    if (app.schedule().isPresent()) {
      p.add("schedule cannot be expressed for target %s: spark-submit runs the app once, now"
          + " (use --target kubeflow, or run the script from a CronJob)", t);
    }
    app.restartPolicy().ifPresent(r -> {
      boolean never = r.type() == RestartPolicy.Type.NEVER && r.onSubmissionFailureRetries().isEmpty();
      if (!never) {
        p.add("restartPolicy %s cannot be expressed for target %s: spark-submit never restarts an app"
            + " (use an operator target, or remove it)", r.type().value(), t);
      }
    });
    if (app.timeToLive().isPresent()) {
      p.add("timeToLive cannot be expressed for target %s: only an operator deletes finished apps", t);
    }
  }
}
