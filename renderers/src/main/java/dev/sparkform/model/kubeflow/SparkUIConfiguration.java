package dev.sparkform.model.kubeflow;

/**
 * The service and ingress for the Spark UI.
 *
 * <p>CRD path: {@code SparkApplication.spec.sparkUIOptions}.
 */
public class SparkUIConfiguration extends ServiceIngressOptions<SparkUIConfiguration> {
  public SparkUIConfiguration() {}

  @Override
  protected SparkUIConfiguration self() {
    return this;
  }

  @Override
  public String toString() {
    return "SparkUIConfiguration{" + baseFieldsToString() + "}";
  }
}
