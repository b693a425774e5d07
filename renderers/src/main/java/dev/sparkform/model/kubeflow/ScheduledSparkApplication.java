package dev.sparkform.model.kubeflow;

import dev.sparkform.model.OperatorResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A Spark application the kubeflow Spark operator runs on a cron schedule.
 *
 * <p>CRD path: {@code sparkoperator.k8s.io/v1beta2 ScheduledSparkApplication}.
 */
@Group("sparkoperator.k8s.io")
@Version("v1beta2")
@Kind("ScheduledSparkApplication")
@Plural("scheduledsparkapplications")
public class ScheduledSparkApplication extends OperatorResource<ScheduledSparkApplicationSpec, ScheduledSparkApplication> {
  /** {@value} */
  public static final String API_VERSION = "sparkoperator.k8s.io/v1beta2";
  /** {@value} */
  public static final String KIND = "ScheduledSparkApplication";

  public ScheduledSparkApplication() {
    super(API_VERSION, KIND);
  }

  @Override
  protected ScheduledSparkApplication self() {
    return this;
  }
}
