package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named unit of deployment: the resources it declares and owns, a default namespace for the
 * namespaced ones, and labels common to all of them.
 *
 * <pre>{@code
 * Stack s = stack("analytics").namespace("spark-jobs")
 *     .add(namespace("spark-jobs"), serviceAccount("spark"));
 * }</pre>
 */
@Value.Immutable
public abstract class Stack {
  public static final String NAME_LABEL = "app.kubernetes.io/name";
  public static final String PART_OF_LABEL = "app.kubernetes.io/part-of";
  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY = "sparkform";

  public abstract String name();

  /** Namespace of namespaced resources that name none; Kubernetes' {@code default} unless set. */
  @Value.Default
  public String namespace() {
    return "default";
  }

  /** Labels added to every resource, after the common {@code app.kubernetes.io/*} ones. */
  public abstract Map<String, String> labels();

  /** In declaration order; compilation orders them for installation. */
  public abstract List<StackResource> resources();

  public Stack namespace(String namespace) {
    return ImmutableStack.builder().from(this).namespace(namespace).build();
  }

  public Stack label(String key, String value) {
    return ImmutableStack.builder().from(this).putLabels(key, value).build();
  }

  /** Adds resources after those already declared. */
  public Stack add(StackResource... resources) {
    return ImmutableStack.builder().from(this).addAllResources(Arrays.asList(resources)).build();
  }

  static Stack named(String name) {
    return ImmutableStack.builder().name(name).build();
  }

  /**
   * The declared resources followed by those derived from them (the RBAC of Spark apps that bring
   * no service account of their own), for apps an operator submits; this is what validation checks.
   */
  public List<StackResource> allResources() {
    return allResources(Submission.OPERATOR);
  }

  /**
   * As {@link #allResources()}, with the derived Roles granting what {@code submission} needs of
   * the driver's service account; this is what compilation renders for a target.
   */
  public List<StackResource> allResources(Submission submission) {
    return submission == Submission.OPERATOR ? resourcesForOperator() : resourcesForSparkSubmit();
  }

  // Derived once per stack and submission: validation, compilation and explain all ask for them.
  @Value.Lazy
  List<StackResource> resourcesForOperator() {
    return withDerived(Submission.OPERATOR);
  }

  @Value.Lazy
  List<StackResource> resourcesForSparkSubmit() {
    return withDerived(Submission.SPARK_SUBMIT);
  }

  private List<StackResource> withDerived(Submission submission) {
    List<StackResource> derived = SparkRbac.derive(this, submission);
    if (derived.isEmpty()) {
      return resources();
    }
    List<StackResource> all = new java.util.ArrayList<>(resources());
    all.addAll(derived);
    return List.copyOf(all);
  }

  /** Warnings: legal but likely wrong (e.g. a {@code file://} dependency). */
  public List<Problem> warnings() {
    return validation().warnings();
  }

  /** Validated once: a stack is immutable, and render, plan, explain and lint each ask again. */
  @Value.Lazy
  Problems validation() {
    Problems p = Problems.root();
    StackValidator.validate(this, p);
    return p;
  }

  /** The namespace a resource lands in: its own, else the stack's; {@code null} for cluster-scoped kinds. */
  public String namespaceOf(StackResource r) {
    return r.namespaced() ? r.namespace().orElse(namespace()) : null;
  }

  /**
   * Labels of a resource: {@code app.kubernetes.io/name} and {@code part-of} (the stack's name),
   * then the stack's labels, then the resource's own, and {@code managed-by: sparkform} always.
   */
  public Map<String, String> labelsOf(Map<String, String> own) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(NAME_LABEL, name());
    all.put(PART_OF_LABEL, name());
    all.putAll(labels());
    all.putAll(own);
    all.put(MANAGED_BY_LABEL, MANAGED_BY);
    return all;
  }

  /** Every problem in this stack, each with its path; empty when it is valid. */
  public List<Problem> problems() {
    return validation().all();
  }

  /** Returns this stack if it is valid; otherwise throws one exception listing every problem. */
  public Stack validate() {
    List<Problem> problems = problems();
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return this;
  }
}
