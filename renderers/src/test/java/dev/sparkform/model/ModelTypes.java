package dev.sparkform.model;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/** The model class, CRD file and CRD version of each operator resource type. */
public final class ModelTypes {
  /** A resource type of one operator. */
  public record Type(String apiVersion, String kind, Class<? extends HasMetadata> modelClass, String crdFile, String crdVersion) {}

  /** Every modelled resource type. */
  public static final List<Type> ALL = List.of(
      new Type("sparkoperator.k8s.io/v1beta2", "SparkApplication", dev.sparkform.model.kubeflow.SparkApplication.class,
          "kubeflow-spark-operator/sparkoperator.k8s.io_sparkapplications.yaml", "v1beta2"),
      new Type("sparkoperator.k8s.io/v1beta2", "ScheduledSparkApplication", dev.sparkform.model.kubeflow.ScheduledSparkApplication.class,
          "kubeflow-spark-operator/sparkoperator.k8s.io_scheduledsparkapplications.yaml", "v1beta2"),
      new Type("spark.apache.org/v1", "SparkApplication", dev.sparkform.model.apache.SparkApplication.class,
          "apache-spark-kubernetes-operator/sparkapplications.spark.apache.org-v1.yaml", "v1"),
      new Type("spark.apache.org/v1", "SparkCluster", dev.sparkform.model.apache.SparkCluster.class,
          "apache-spark-kubernetes-operator/sparkclusters.spark.apache.org-v1.yaml", "v1"));

  /** Versions compared as another: the Apache operator's v1beta1 examples are read as v1. */
  private static final Map<String, String> COMPARED_AS = Map.of("spark.apache.org/v1beta1", "spark.apache.org/v1");

  private ModelTypes() {}

  /** The apiVersion an upstream document is compared as. */
  public static String comparedAs(String apiVersion) {
    return COMPARED_AS.getOrDefault(apiVersion, apiVersion);
  }

  /** The type for an apiVersion (after {@link #comparedAs}) and kind. */
  public static Type of(String apiVersion, String kind) {
    String v = comparedAs(apiVersion);
    return ALL.stream().filter(t -> t.apiVersion.equals(v) && t.kind.equals(kind)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model class for " + apiVersion + " " + kind));
  }
}
