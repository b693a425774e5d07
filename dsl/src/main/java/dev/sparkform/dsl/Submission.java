package dev.sparkform.dsl;

/**
 * Who runs {@code spark-submit} for a stack's Spark apps, which decides what their derived RBAC
 * must grant: an operator, with its own service account; or spark-submit itself, which for an app
 * with a schedule or a time to live runs in the cluster (a CronJob or Job) with the driver's
 * service account, whose Role then needs what the submission does too.
 */
public enum Submission {
  /** The kubeflow or Apache operator submits: the driver's Role needs only what the driver does. */
  OPERATOR,
  /** spark-submit submits, in the cluster for apps with a schedule or time to live. */
  SPARK_SUBMIT
}
