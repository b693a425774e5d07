package dev.sparkform.model.kubeflow;

import dev.sparkform.model.OperatorResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A Spark application run once by the kubeflow Spark operator.
 *
 * <p>CRD path: {@code sparkoperator.k8s.io/v1beta2 SparkApplication}.
 */
@Group("sparkoperator.k8s.io")
@Version("v1beta2")
@Kind("SparkApplication")
@Plural("sparkapplications")
public class SparkApplication extends OperatorResource<SparkApplicationSpec, SparkApplication> {
  /** {@value} */
  public static final String API_VERSION = "sparkoperator.k8s.io/v1beta2";
  /** {@value} */
  public static final String KIND = "SparkApplication";

  public SparkApplication() {
    super(API_VERSION, KIND);
  }

  @Override
  protected SparkApplication self() {
    return this;
  }
}
