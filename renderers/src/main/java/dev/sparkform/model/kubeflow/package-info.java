/**
 * Typed model of the kubeflow Spark operator's {@code sparkoperator.k8s.io/v1beta2} resources:
 * {@link dev.sparkform.model.kubeflow.SparkApplication} and
 * {@link dev.sparkform.model.kubeflow.ScheduledSparkApplication}, and of its {@code v1alpha1}
 * {@link dev.sparkform.model.kubeflow.SparkConnect}, written by hand after the
 * operator's CRDs (kubeflow/spark-operator, {@code charts/spark-operator-chart/crds/}).
 *
 * <p>Plain mutable POJOs: {@code @JsonProperty} fields named exactly as in the CRD (read by
 * {@link dev.sparkform.render.PlainData} and by fabric8's Jackson), getters, setters and fluent
 * {@code withX(..)}. Where the CRD embeds a Kubernetes type the field is the fabric8 class
 * (Toleration, Affinity, EnvVar, Volume, Container, PodTemplateSpec, Quantity, ...). Enumerated
 * strings ({@code type}, {@code mode}, {@code restartPolicy.type}) stay strings; the DSL owns the
 * closed sets. Tests hold the classes to the CRDs (every spec property has a field of the matching
 * type) and to every upstream example (unmarshal and render back unchanged).
 */
package dev.sparkform.model.kubeflow;
