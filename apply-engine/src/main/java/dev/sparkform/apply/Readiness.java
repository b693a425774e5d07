package dev.sparkform.apply;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether one live object is ready, per kind, from its status as the controllers wrote it. Kinds
 * without a notion of progress (ConfigMap, RBAC, ...) are ready once they exist. Deployment does
 * not reuse fabric8's readiness check: that one ignores observedGeneration, so it calls a
 * Deployment ready before its controller has even seen the new spec.
 */
public final class Readiness {
  /** One look at one object: ready, still waiting (with why), or failed for good (with why). */
  public record State(Phase phase, String reason) {
    public enum Phase { READY, WAITING, FAILED }

    static State ready() {
      return new State(Phase.READY, "");
    }

    static State waiting(String reason) {
      return new State(Phase.WAITING, reason);
    }

    static State failed(String reason) {
      return new State(Phase.FAILED, reason);
    }
  }

  private Readiness() {}

  public static State of(Map<String, Object> live) {
    ObjectRef ref = ObjectRef.of(live);
    Map<String, Object> status = Plain.map(live.get("status"));
    return switch (ref.groupKind()) {
      case "Pod" -> pod(status);
      case "Deployment.apps" -> deployment(live, status);
      case "StatefulSet.apps" -> statefulSet(live, status);
      case "Job.batch" -> job(status);
      case "CustomResourceDefinition.apiextensions.k8s.io" ->
          condition(status, "Established") && condition(status, "NamesAccepted") ? State.ready()
              : State.waiting("not yet Established and NamesAccepted");
      case "Service" -> service(live, status);
      case "Namespace" -> "Terminating".equals(status.get("phase")) ? State.waiting("namespace is terminating") : State.ready();
      case "SparkApplication.sparkoperator.k8s.io" -> kubeflowSparkApp(status);
      case "SparkApplication.spark.apache.org" -> isConnectServer(live) ? apacheConnectServer(status) : apacheSparkApp(status);
      case "SparkConnect.sparkoperator.k8s.io" -> kubeflowSparkConnect(status);
      default -> State.ready();
    };
  }

  private static State pod(Map<String, Object> status) {
    Object phase = status.get("phase");
    if ("Succeeded".equals(phase)) {
      return State.ready();
    }
    if ("Failed".equals(phase)) {
      return State.failed("pod failed" + text(status.get("reason"), ": "));
    }
    if (condition(status, "Ready")) {
      return State.ready();
    }
    for (Object c : list(status.get("containerStatuses"))) {
      Map<String, Object> waiting = Plain.map(Plain.map(Plain.map(c).get("state")).get("waiting"));
      if (waiting.get("reason") != null) {
        return State.waiting(waiting.get("reason") + text(waiting.get("message"), ": "));
      }
    }
    Map<String, Object> scheduled = conditionOf(status, "PodScheduled");
    if ("False".equals(scheduled.get("status"))) {
      return State.waiting(scheduled.get("reason") + text(scheduled.get("message"), ": "));
    }
    return State.waiting("phase " + (phase == null ? "unknown" : phase));
  }

  private static State deployment(Map<String, Object> live, Map<String, Object> status) {
    Map<String, Object> progressing = conditionOf(status, "Progressing");
    if ("False".equals(progressing.get("status")) && "ProgressDeadlineExceeded".equals(progressing.get("reason"))) {
      return State.failed("ProgressDeadlineExceeded" + text(progressing.get("message"), ": "));
    }
    long generation = number(Plain.map(live.get("metadata")).get("generation"), 0);
    long observed = number(status.get("observedGeneration"), -1);
    if (observed < generation) {
      return State.waiting("the controller has not yet observed generation " + generation);
    }
    long want = number(Plain.map(live.get("spec")).get("replicas"), 1);
    long updated = number(status.get("updatedReplicas"), 0);
    long total = number(status.get("replicas"), 0);
    long available = number(status.get("availableReplicas"), 0);
    if (updated < want) {
      return State.waiting(updated + " of " + want + " replicas updated");
    }
    if (total > updated) {
      return State.waiting((total - updated) + " old replicas pending termination");
    }
    if (available < want) {
      return State.waiting(available + " of " + want + " replicas available");
    }
    return State.ready();
  }

  private static State statefulSet(Map<String, Object> live, Map<String, Object> status) {
    long generation = number(Plain.map(live.get("metadata")).get("generation"), 0);
    if (number(status.get("observedGeneration"), -1) < generation) {
      return State.waiting("the controller has not yet observed generation " + generation);
    }
    long want = number(Plain.map(live.get("spec")).get("replicas"), 1);
    long ready = number(status.get("readyReplicas"), 0);
    if (ready < want) {
      return State.waiting(ready + " of " + want + " replicas ready");
    }
    if (!Objects.equals(status.get("updateRevision"), status.get("currentRevision"))) {
      return State.waiting("rolling update to revision " + status.get("updateRevision") + " in progress");
    }
    return State.ready();
  }

  private static State job(Map<String, Object> status) {
    if (condition(status, "Failed")) {
      Map<String, Object> c = conditionOf(status, "Failed");
      return State.failed("job failed" + text(c.get("reason"), ": ") + text(c.get("message"), ": "));
    }
    return condition(status, "Complete") ? State.ready()
        : State.waiting(number(status.get("active"), 0) + " active, " + number(status.get("succeeded"), 0) + " succeeded");
  }

  private static State service(Map<String, Object> live, Map<String, Object> status) {
    if (!"LoadBalancer".equals(Plain.map(live.get("spec")).get("type"))) {
      return State.ready();
    }
    return list(Plain.map(status.get("loadBalancer")).get("ingress")).isEmpty()
        ? State.waiting("load balancer has no ingress yet") : State.ready();
  }

  /** kubeflow spark-operator: COMPLETED is success; FAILED and SUBMISSION_FAILED are final (unless retried). */
  private static State kubeflowSparkApp(Map<String, Object> status) {
    Object state = Plain.map(status.get("applicationState")).get("state");
    String s = state == null ? "" : state.toString();
    return switch (s) {
      case "COMPLETED" -> State.ready();
      case "FAILED", "SUBMISSION_FAILED" -> State.failed("application " + s
          + text(Plain.map(status.get("applicationState")).get("errorMessage"), ": "));
      default -> State.waiting("application state " + (s.isEmpty() ? "(not yet submitted)" : s));
    };
  }

  /**
   * kubeflow SparkConnect ({@code api/v1alpha1} SparkConnectState): Ready once the server pod is
   * ready; Failed ends it; "", Provisioning and NotReady wait, with the ServerPodReady condition's message.
   */
  static State kubeflowSparkConnect(Map<String, Object> status) {
    String s = text(status.get("state"), "");
    String why = text(conditionOf(status, "ServerPodReady").get("message"), ": ");
    return switch (s) {
      case "Ready" -> State.ready();
      case "Failed" -> State.failed("server Failed" + why);
      default -> State.waiting("server state " + (s.isEmpty() ? "(not yet provisioned)" : s) + why);
    };
  }

  /** The Spark Connect server's main class: an Apache SparkApplication running it is a server, never done. */
  static final String CONNECT_SERVER_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer";
  /** Apache operator states in which a server's driver is up and takes clients. */
  static final java.util.Set<String> APACHE_SERVING = java.util.Set.of("DriverReady", "InitializedBelowThresholdExecutors",
      "RunningHealthy", "RunningWithBelowThresholdExecutors", "RunningWithPartialCapacity");

  private static boolean isConnectServer(Map<String, Object> live) {
    return CONNECT_SERVER_CLASS.equals(Plain.map(live.get("spec")).get("mainClass"));
  }

  /** A Spark Connect server as an Apache SparkApplication: ready while serving; a server that ended has failed. */
  static State apacheConnectServer(Map<String, Object> status) {
    Object summary = Plain.map(status.get("currentState")).get("currentStateSummary");
    String s = summary == null ? "" : summary.toString();
    if (APACHE_SERVING.contains(s)) {
      return State.ready();
    }
    if (s.equals("Succeeded") || s.equals("ResourceReleased")) {
      return State.failed("the Spark Connect server stopped (" + s + ")");
    }
    return apacheSparkApp(status);
  }

  /** Apache operator states that end an application in failure (its CRD's currentStateSummary enum). */
  static final java.util.Set<String> APACHE_FAILED = java.util.Set.of("Failed", "SchedulingFailure",
      "DriverStartTimedOut", "DriverReadyTimedOut", "ExecutorsStartTimedOut", "TerminatedWithoutReleaseResources");
  /** Apache operator states on the way (submission, running, restarting after an eviction). */
  static final java.util.Set<String> APACHE_WAITING = java.util.Set.of("Submitted", "DriverRequested",
      "DriverStarted", "DriverReady", "InitializedBelowThresholdExecutors", "RunningHealthy",
      "RunningWithBelowThresholdExecutors", "RunningWithPartialCapacity", "ScheduledToRestart", "DriverEvicted");

  /**
   * Apache spark-kubernetes-operator: {@code status.currentState.currentStateSummary}. Succeeded is
   * ready; ResourceReleased follows both success and failure, so the transition history decides.
   */
  static State apacheSparkApp(Map<String, Object> status) {
    Object summary = Plain.map(status.get("currentState")).get("currentStateSummary");
    String s = summary == null ? "" : summary.toString();
    if (s.equals("Succeeded")) {
      return State.ready();
    }
    if (s.equals("ResourceReleased")) {
      boolean succeeded = Plain.map(status.get("stateTransitionHistory")).values().stream()
          .anyMatch(h -> "Succeeded".equals(Plain.map(h).get("currentStateSummary")));
      return succeeded ? State.ready() : State.failed("application released its resources without succeeding");
    }
    if (APACHE_FAILED.contains(s)) {
      return State.failed("application " + s + text(Plain.map(status.get("currentState")).get("message"), ": "));
    }
    return State.waiting("application state " + (s.isEmpty() ? "(not yet submitted)" : s));
  }

  private static boolean condition(Map<String, Object> status, String type) {
    return "True".equals(conditionOf(status, type).get("status"));
  }

  private static Map<String, Object> conditionOf(Map<String, Object> status, String type) {
    for (Object c : list(status.get("conditions"))) {
      if (type.equals(Plain.map(c).get("type"))) {
        return Plain.map(c);
      }
    }
    return Map.of();
  }

  private static List<?> list(Object v) {
    return v instanceof List<?> l ? l : List.of();
  }

  private static long number(Object v, long otherwise) {
    return v instanceof Number n ? n.longValue() : otherwise;
  }

  private static String text(Object v, String prefix) {
    return v == null || v.toString().isEmpty() ? "" : prefix + v;
  }
}
