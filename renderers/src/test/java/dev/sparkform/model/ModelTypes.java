package dev.sparkform.model;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model class, CRD file and CRD version of each operator resource type, and the operator
 * resource types of the upstream examples that have no model class yet ({@link #NOT_MODELLED}).
 */
public final class ModelTypes {
  /** A resource type of one operator. */
  public record Type(String apiVersion, String kind, Class<? extends HasMetadata> modelClass, String crdFile, String crdVersion) {}

  /** Every modelled resource type. */
  public static final List<Type> ALL = List.of(
      new Type("sparkoperator.k8s.io/v1beta2", "SparkApplication", dev.sparkform.model.kubeflow.SparkApplication.class,
          "kubeflow-spark-operator/sparkoperator.k8s.io_sparkapplications.yaml", "v1beta2"),
      new Type("sparkoperator.k8s.io/v1beta2", "ScheduledSparkApplication", dev.sparkform.model.kubeflow.ScheduledSparkApplication.class,
          "kubeflow-spark-operator/sparkoperator.k8s.io_scheduledsparkapplications.yaml", "v1beta2"),
      new Type("sparkoperator.k8s.io/v1alpha1", "SparkConnect", dev.sparkform.model.kubeflow.SparkConnect.class,
          "kubeflow-spark-operator/sparkoperator.k8s.io_sparkconnects.yaml", "v1alpha1"),
      new Type("spark.apache.org/v1", "SparkApplication", dev.sparkform.model.apache.SparkApplication.class,
          "apache-spark-kubernetes-operator/sparkapplications.spark.apache.org-v1.yaml", "v1"),
      new Type("spark.apache.org/v1", "SparkCluster", dev.sparkform.model.apache.SparkCluster.class,
          "apache-spark-kubernetes-operator/sparkclusters.spark.apache.org-v1.yaml", "v1"));

  /** An operator resource type found in the upstream examples without a model class, and why. */
  public record NotModelled(String apiVersion, String kind, String crdFile, String crdVersion, String reason) {}

  /**
   * Operator resource types without a model class. The model-level tests validate their documents
   * as written against the CRD and leave out the rest; {@code ExampleRoundTripTest} asserts that
   * these are exactly the unmodelled types the upstream examples hold.
   */
  public static final List<NotModelled> NOT_MODELLED = List.of();

  /** Versions compared as another: the Apache operator's v1beta1 examples are read as v1. */
  private static final Map<String, String> COMPARED_AS = Map.of("spark.apache.org/v1beta1", "spark.apache.org/v1");

  private ModelTypes() {}

  /** The apiVersion an upstream document is compared as. */
  public static String comparedAs(String apiVersion) {
    return COMPARED_AS.getOrDefault(apiVersion, apiVersion);
  }

  /** Whether an apiVersion (after {@link #comparedAs}) and kind have a model class. */
  public static boolean isModelled(String apiVersion, String kind) {
    String v = comparedAs(apiVersion);
    return ALL.stream().anyMatch(t -> t.apiVersion.equals(v) && t.kind.equals(kind));
  }

  /** The documented unmodelled type for an apiVersion and kind, if it is one. */
  public static Optional<NotModelled> notModelled(String apiVersion, String kind) {
    return NOT_MODELLED.stream().filter(t -> t.apiVersion.equals(apiVersion) && t.kind.equals(kind)).findFirst();
  }

  /** The type for an apiVersion (after {@link #comparedAs}) and kind. */
  public static Type of(String apiVersion, String kind) {
    String v = comparedAs(apiVersion);
    return ALL.stream().filter(t -> t.apiVersion.equals(v) && t.kind.equals(kind)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model class for " + apiVersion + " " + kind));
  }
}
