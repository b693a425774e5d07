package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterCapacityTest {
  private static List<String> problems(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> ClusterCapacity.parse(text));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void parsesCpuAndMemoryWithTheDslsRules() {
    ClusterCapacity c = ClusterCapacity.parse("cpu=64, memory=256Gi");
    assertEquals(Optional.of(cores(64)), c.cpu());
    assertEquals(Optional.of(gib(256)), c.memory());
    assertEquals("cpu 64, memory 256Gi", c.toString());
    assertEquals(Optional.of(millicores(1500)), ClusterCapacity.parse("cpu=1.5").cpu());
    assertEquals(Optional.of(gib(8)), ClusterCapacity.parse("memory=8g").memory());
    assertEquals(Optional.empty(), ClusterCapacity.parse("memory=8g").cpu());
  }

  @Test
  void everyBadPartIsNamed() {
    assertEquals(List.of("capacity: memory \"256\" has no unit (Spark reads a bare number as MiB, Kubernetes as"
        + " bytes): write e.g. 256Mi or 256Gi"), problems("cpu=64,memory=256"));
    assertEquals(List.of("capacity: cpu \"lots\" is not a CPU amount (write e.g. 2, 0.5 or 500m)"),
        problems("cpu=lots"));
    assertEquals(List.of("capacity: unknown key \"gpu\" (use cpu and memory)",
        "capacity: cpu is given twice",
        "capacity: \"64Gi\" is not key=value (write e.g. cpu=64,memory=256Gi)"),
        problems("gpu=1,cpu=2,cpu=3,64Gi"));
    assertEquals(List.of("capacity: memory has no value",
        "capacity: cpu \"x\" is not a CPU amount (write e.g. 2, 0.5 or 500m)"), problems("memory=,cpu=x"));
    assertEquals(List.of("capacity: memory \"256G\" is ambiguous: Kubernetes reads \"G\" as a decimal unit,"
        + " Spark as a binary one; write 256Gi for 256 GiB"), problems("memory=256G"));
    assertEquals(List.of("capacity: is empty (write e.g. cpu=64,memory=256Gi)"), problems(" "));
    assertEquals(List.of("capacity: cpu must be more than 0"), problems("cpu=0"));
  }

  @Test
  void aCapacityBuiltInJavaIsValidatedAlike() {
    Problems p = Problems.root().at("capacity");
    clusterCapacity(null, null).validate(p);
    clusterCapacity(cpu("-1"), memory("0")).validate(p);
    assertEquals(List.of("capacity: names neither cpu nor memory", "capacity: cpu \"-1\" is negative",
        "capacity: memory must be more than 0"), p.all().stream().map(Problem::toString).toList());
  }
}
