package dev.sparkform.lint;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;

/**
 * A pod as it will run, for the pod rules: the spec the stack renders, completed as Spark or the
 * operator completes it (a Spark pod whose template has no container gets Spark's own, which has no
 * security context). {@code meta} may be null.
 */
record LintedPod(String path, ObjectMeta meta, PodSpec spec) {}
