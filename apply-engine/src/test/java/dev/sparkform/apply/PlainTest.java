package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical form that desired and live objects are compared and written in. */
class PlainTest {
  @Test
  void emptyMapsStayBecauseTheyCanMeanSomething() {
    Map<String, Object> volume = new LinkedHashMap<>();
    volume.put("name", "scratch");
    volume.put("emptyDir", Map.of());
    Map<String, Object> desired = Desired.of(ApplySet.forStack("s", "jobs"), Map.of("apiVersion", "v1", "kind", "Pod",
        "metadata", Map.of("name", "p", "namespace", "jobs"), "spec", Map.of("volumes", List.of(volume))));
    assertEquals(List.of(Map.of("name", "scratch", "emptyDir", Map.of())), Plain.map(desired.get("spec")).get("volumes"));
  }

  @Test
  void nullsAndEmptyListsGoAndNumbersAreLongs() {
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("replicas", 3);
    in.put("ratio", 0.5);
    in.put("gone", null);
    in.put("none", List.of());
    assertEquals(Map.of("replicas", 3L, "ratio", 0.5), Plain.canonical(in));
  }
}
