package dev.sparkform.compile;

import dev.sparkform.dsl.Submission;
import java.util.Locale;

/** Which operator (or tool) a stack's Spark resources are rendered for. */
public enum Target {
  /** kubeflow spark-operator, {@code sparkoperator.k8s.io/v1beta2}: SparkApplication, ScheduledSparkApplication. */
  KUBEFLOW,
  /** Apache spark-kubernetes-operator, {@code spark.apache.org/v1}: SparkApplication, SparkCluster. */
  APACHE,
  /**
   * No operator: {@code spark-submit --master k8s://...} with a script, an argument list, a
   * properties file and pod template files per app ({@link SparkSubmitCompiler}); the stack's other
   * objects are rendered as usual.
   */
  SPARK_SUBMIT;

  /** Who submits the apps: the operator, or spark-submit (derived Roles differ, see {@link Submission}). */
  public Submission submission() {
    return this == SPARK_SUBMIT ? Submission.SPARK_SUBMIT : Submission.OPERATOR;
  }

  /** The name used on the command line: {@code kubeflow}, {@code apache}, {@code spark-submit}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
