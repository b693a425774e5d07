package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sparkform.apply.Readiness.State;
import dev.sparkform.apply.Readiness.State.Phase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Spark Connect server never completes: kubeflow's SparkConnect is ready in state Ready (states of
 * the operator's {@code api/v1alpha1} SparkConnectState), an Apache SparkApplication running the
 * server is ready while its driver serves, and a server that ended has failed.
 */
class SparkConnectReadinessTest {
  private static Map<String, Object> sparkConnect(String state, String message) {
    return Map.of("apiVersion", "sparkoperator.k8s.io/v1alpha1", "kind", "SparkConnect",
        "metadata", Map.of("name", "notebooks", "namespace", "analytics"),
        "status", Map.of("state", state, "conditions", List.of(Map.of("type", "ServerPodReady",
            "status", state.equals("Ready") ? "True" : "False", "message", message))));
  }

  private static Map<String, Object> apacheApp(String mainClass, String summary) {
    return Map.of("apiVersion", "spark.apache.org/v1", "kind", "SparkApplication",
        "metadata", Map.of("name", "notebooks", "namespace", "analytics"),
        "spec", Map.of("mainClass", mainClass),
        "status", Map.of("currentState", Map.of("currentStateSummary", summary)));
  }

  @Test
  void kubeflowSparkConnectStates() {
    assertEquals(State.ready(), Readiness.of(sparkConnect("Ready", "Server pod is ready")));
    assertEquals(new State(Phase.WAITING, "server state Provisioning: Server pod is not ready: "),
        Readiness.of(sparkConnect("Provisioning", "Server pod is not ready: ")));
    assertEquals(Phase.WAITING, Readiness.of(sparkConnect("NotReady", "x")).phase());
    assertEquals(new State(Phase.WAITING, "server state (not yet provisioned)"),
        Readiness.of(Map.of("apiVersion", "sparkoperator.k8s.io/v1alpha1", "kind", "SparkConnect",
            "metadata", Map.of("name", "notebooks", "namespace", "analytics"))));
    assertEquals(new State(Phase.FAILED, "server Failed: Server pod failed: OOMKilled"),
        Readiness.of(sparkConnect("Failed", "Server pod failed: OOMKilled")));
  }

  @Test
  void anApacheConnectServerIsReadyWhileServingAndFailedOnceEnded() {
    String server = Readiness.CONNECT_SERVER_CLASS;
    assertEquals(State.ready(), Readiness.of(apacheApp(server, "RunningHealthy")));
    assertEquals(State.ready(), Readiness.of(apacheApp(server, "DriverReady")));
    assertEquals(Phase.WAITING, Readiness.of(apacheApp(server, "DriverRequested")).phase());
    assertEquals(new State(Phase.FAILED, "the Spark Connect server stopped (Succeeded)"),
        Readiness.of(apacheApp(server, "Succeeded")));
    assertEquals(Phase.FAILED, Readiness.of(apacheApp(server, "DriverStartTimedOut")).phase());
    // the same states of a batch app keep their meaning
    assertEquals(Phase.WAITING, Readiness.of(apacheApp("org.apache.spark.examples.SparkPi", "RunningHealthy")).phase());
    assertEquals(State.ready(), Readiness.of(apacheApp("org.apache.spark.examples.SparkPi", "Succeeded")));
  }

  @Test
  void theServingStatesAreTheOperatorsWaitingOnes() {
    // nothing invented: each serving state is one the Apache CRD lists (ApacheReadinessTest checks those)
    assertEquals(true, Readiness.APACHE_WAITING.containsAll(Readiness.APACHE_SERVING));
  }
}
