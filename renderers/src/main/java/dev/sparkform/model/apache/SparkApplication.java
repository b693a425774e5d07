package dev.sparkform.model.apache;

import dev.sparkform.model.OperatorResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A Spark application run by the Apache Spark Kubernetes operator.
 *
 * <p>CRD path: {@code spark.apache.org/v1 SparkApplication}.
 */
@Group("spark.apache.org")
@Version("v1")
@Kind("SparkApplication")
@Plural("sparkapplications")
public class SparkApplication extends OperatorResource<SparkApplicationSpec, SparkApplication> {
  /** {@value} */
  public static final String API_VERSION = "spark.apache.org/v1";
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
