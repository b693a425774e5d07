package dev.sparkform.model.kubeflow;

import dev.sparkform.model.OperatorResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A long-running Spark Connect server run by the kubeflow Spark operator (since v2.3.0): it creates
 * the server pod {@code NAME-server} from the template and the server's Service.
 *
 * <p>CRD path: {@code sparkoperator.k8s.io/v1alpha1 SparkConnect}.
 */
@Group("sparkoperator.k8s.io")
@Version("v1alpha1")
@Kind("SparkConnect")
@Plural("sparkconnects")
public class SparkConnect extends OperatorResource<SparkConnectSpec, SparkConnect> {
  /** {@value} */
  public static final String API_VERSION = "sparkoperator.k8s.io/v1alpha1";
  /** {@value} */
  public static final String KIND = "SparkConnect";

  public SparkConnect() {
    super(API_VERSION, KIND);
  }

  @Override
  protected SparkConnect self() {
    return this;
  }
}
