package dev.sparkform.model.apache;

import dev.sparkform.model.OperatorResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A long-running standalone Spark cluster (master and workers) run by the Apache operator.
 *
 * <p>CRD path: {@code spark.apache.org/v1 SparkCluster}.
 */
@Group("spark.apache.org")
@Version("v1")
@Kind("SparkCluster")
@Plural("sparkclusters")
public class SparkCluster extends OperatorResource<SparkClusterSpec, SparkCluster> {
  /** {@value} */
  public static final String API_VERSION = "spark.apache.org/v1";
  /** {@value} */
  public static final String KIND = "SparkCluster";

  public SparkCluster() {
    super(API_VERSION, KIND);
  }

  @Override
  protected SparkCluster self() {
    return this;
  }
}
