package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What people and programs read: the per-object diff, masking, summary, JSON. */
class PlanFormatterTest {
  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  static Stack withToken(String token) {
    return stack("reg").namespace("jobs").add(namespace("jobs"),
        secret("registry").data("token", literal(token)).data("user", literal("spark")));
  }

  @Test
  void aCreateShowsTheWholeObjectAsAdded() {
    String text = PlanFormatter.text(cluster.plan(stack("s").namespace("jobs").add(namespace("jobs"))));
    String id = ApplySet.forStack("s", "jobs").id();
    assertEquals(String.join("\n",
        "+ create Namespace jobs",
        "    @@ -1,0 +1,9 @@",
        "    +apiVersion: v1",
        "    +kind: Namespace",
        "    +metadata:",
        "    +  name: jobs",
        "    +  labels:",
        "    +    app.kubernetes.io/managed-by: sparkform",
        "    +    app.kubernetes.io/name: s",
        "    +    app.kubernetes.io/part-of: s",
        "    +    applyset.kubernetes.io/part-of: " + id,
        "Plan: 1 to add, 0 to change, 0 to replace, 0 to prune.",
        ""), text);
  }

  @Test
  void secretValuesAreMaskedButChangesStillShow() {
    String first = PlanFormatter.text(cluster.plan(withToken("s3cr3t")));
    assertFalse(first.contains("czNjcjN0"), first); // base64 of s3cr3t
    assertTrue(first.contains("+  token: sensitive (new value)"), first);
    ReportAssert.ok(cluster.apply(withToken("s3cr3t")));
    String record = cluster.client().secrets().inNamespace("jobs").withName("registry").get()
        .getMetadata().getAnnotations().get(LastApplied.ANNOTATION);
    assertFalse(record.contains("czNjcjN0"), "the last-applied record keeps no secret value: " + record);

    String second = PlanFormatter.text(cluster.plan(withToken("n3w")));
    assertFalse(second.contains("bjN3"), second); // base64 of n3w
    assertTrue(second.contains("-  token: sensitive (old value)\n    +  token: sensitive (new value)"), second);
    assertTrue(second.contains("   user: sensitive (masked)"), second);
    assertTrue(second.contains("Plan: 0 to add, 1 to change, 0 to replace, 0 to prune."), second);
  }

  @Test
  void noChangesSaysSo() {
    ReportAssert.ok(cluster.apply(withToken("x")));
    assertEquals("No changes: the cluster matches stack reg.\nPlan: 0 to add, 0 to change, 0 to replace, 0 to prune.\n",
        PlanFormatter.text(cluster.plan(withToken("x"))));
  }

  @Test
  void errorsAreListedWithTheObject() {
    cluster.createForeign(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("jobs")
        .endMetadata().build());
    String text = PlanFormatter.text(cluster.plan(stack("s").namespace("jobs").add(namespace("jobs"))));
    assertTrue(text.contains("Errors (nothing will be written until they are fixed):\n"
        + "  - Namespace jobs already exists and is not part of stack s; pass --adopt to take it over\n"), text);
  }

  @Test
  void colourOnlyWhenAsked() {
    Plan plan = cluster.plan(withToken("x"));
    assertFalse(PlanFormatter.text(plan).contains("\u001b["));
    assertTrue(PlanFormatter.text(plan, true).contains("\u001b[32m+apiVersion: v1\u001b[0m"));
  }

  @Test
  void jsonHasTheSummaryAndEveryChange() {
    String json = PlanFormatter.json(cluster.plan(withToken("s3cr3t")));
    Map<String, Object> parsed = Plain.parseJson(json);
    assertEquals(Map.of("add", 2L, "change", 0L, "replace", 0L, "prune", 0L, "unchanged", 0L),
        Plain.map(parsed.get("summary")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> changes = (List<Map<String, Object>>) parsed.get("changes");
    assertEquals(List.of("create Namespace jobs", "create Secret registry"),
        changes.stream().map(c -> c.get("action") + " " + c.get("kind") + " " + c.get("name")).toList());
    assertFalse(json.contains("czNjcjN0"), json);
  }
}
