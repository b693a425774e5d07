/**
 * Typed model of the Apache Spark Kubernetes operator's {@code spark.apache.org/v1} resources:
 * {@link dev.sparkform.model.apache.SparkApplication} and
 * {@link dev.sparkform.model.apache.SparkCluster}, written by hand after the operator's CRDs
 * (apache/spark-kubernetes-operator, {@code build-tools/helm/spark-kubernetes-operator/crds/}).
 *
 * <p>Same conventions as {@link dev.sparkform.model.kubeflow}. Kubernetes objects the CRDs embed
 * are fabric8 classes: PodTemplateSpec (driver and executor), ObjectMeta, ServiceSpec,
 * networking v1 IngressSpec, Gateway API v1 HTTPRouteSpec and GRPCRouteSpec, apps StatefulSetSpec
 * and autoscaling v2 HorizontalPodAutoscalerSpec. No field is an untyped map: the v1 CRDs type
 * every property of {@code spec}. Durations are {@code Long} milliseconds, as the CRD names them.
 */
package dev.sparkform.model.apache;
