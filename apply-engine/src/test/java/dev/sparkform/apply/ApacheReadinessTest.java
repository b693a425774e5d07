package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The Apache operator's application states, as its CRD lists them, each with a readiness. */
class ApacheReadinessTest {
  private static Map<String, Object> status(String summary, Map<String, Object> history) {
    return Map.of("currentState", Map.of("currentStateSummary", summary), "stateTransitionHistory", history);
  }

  @Test
  void everyStateOfTheCrdIsClassified() throws IOException {
    Path crd = reference().resolve("crds/apache-spark-kubernetes-operator/sparkapplications.spark.apache.org-v1.yaml");
    List<String> states = enumOfCurrentStateSummary(new Yaml().load(Files.readString(crd)));
    assertTrue(states.size() > 10, states.toString());
    List<String> unclassified = new ArrayList<>();
    for (String s : states) {
      boolean known = s.equals("Succeeded") || s.equals("ResourceReleased") || Readiness.APACHE_FAILED.contains(s)
          || Readiness.APACHE_WAITING.contains(s);
      if (!known) {
        unclassified.add(s);
      }
    }
    assertEquals(List.of(), unclassified, "states of the upstream CRD that readiness does not name");
    assertTrue(states.containsAll(Readiness.APACHE_FAILED), "no invented failure state");
    assertTrue(states.containsAll(Readiness.APACHE_WAITING), "no invented waiting state");
  }

  @Test
  void readinessOfTheStates() {
    assertEquals(Readiness.State.Phase.READY, Readiness.apacheSparkApp(status("Succeeded", Map.of())).phase());
    assertEquals(Readiness.State.Phase.WAITING, Readiness.apacheSparkApp(status("RunningHealthy", Map.of())).phase());
    assertEquals(Readiness.State.Phase.FAILED, Readiness.apacheSparkApp(status("SchedulingFailure", Map.of())).phase());
    assertEquals(Readiness.State.Phase.READY, Readiness.apacheSparkApp(status("ResourceReleased",
        Map.of("3", Map.of("currentStateSummary", "Succeeded")))).phase());
    assertEquals(new Readiness.State(Readiness.State.Phase.FAILED, "application released its resources without succeeding"),
        Readiness.apacheSparkApp(status("ResourceReleased", Map.of("3", Map.of("currentStateSummary", "Failed")))));
  }

  @SuppressWarnings("unchecked")
  private static List<String> enumOfCurrentStateSummary(Map<String, Object> crd) {
    for (Object v : (List<Object>) ((Map<String, Object>) crd.get("spec")).get("versions")) {
      Map<String, Object> version = (Map<String, Object>) v;
      if ("v1".equals(version.get("name"))) {
        Map<String, Object> p = (Map<String, Object>) ((Map<String, Object>) version.get("schema")).get("openAPIV3Schema");
        for (String k : List.of("status", "currentState", "currentStateSummary")) {
          p = (Map<String, Object>) ((Map<String, Object>) p.get("properties")).get(k);
        }
        return (List<String>) p.get("enum");
      }
    }
    throw new AssertionError("no v1 in the CRD");
  }

  /** ../shared/reference in or above the working directory; skips when absent. */
  private static Path reference() {
    Optional<Path> found = Optional.empty();
    for (Path d = Path.of("").toAbsolutePath(); d != null && found.isEmpty(); d = d.getParent()) {
      Path c = d.resolve("shared/reference/crds");
      if (Files.isDirectory(c)) {
        found = Optional.of(c.getParent());
      }
    }
    Assumptions.assumeTrue(found.isPresent(), "../shared/reference is absent: the CRD-based readiness check is skipped");
    return found.get();
  }
}
