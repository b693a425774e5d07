package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sparkform.dsl.Stack;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each apply with changes records a revision in the parent; rollback plans and applies an earlier one. */
class HistoryTest {
  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  static Stack version(String value, boolean extra) {
    Stack s = stack("etl").namespace("etl").add(namespace("etl"),
        configMap("settings").data("level", value),
        secret("token").data("t", literal("token-" + value)));
    return extra ? s.add(serviceAccount("extra")) : s;
  }

  String secretValue() {
    return new String(Base64.getDecoder().decode(cluster.client().secrets().inNamespace("etl").withName("token").get()
        .getData().get("t")), StandardCharsets.UTF_8);
  }

  @Test
  void rollbackRestoresAnEarlierRevisionAndRecordsANewOne() {
    ReportAssert.ok(cluster.apply(version("1", false)));
    ReportAssert.ok(cluster.apply(version("2", true)));
    ReportAssert.ok(cluster.apply(version("2", true))); // no changes: no revision
    List<History.Revision> history = cluster.engine.history("etl", "etl");
    assertEquals(List.of(1, 2), history.stream().map(History.Revision::number).toList());
    assertEquals("Plan: 3 to add, 0 to change, 0 to replace, 0 to prune", history.get(0).summary());
    assertEquals("Plan: 1 to add, 2 to change, 0 to replace, 0 to prune", history.get(1).summary());
    String json = History.json("etl", history);
    assertEquals(true, json.startsWith("{\"stack\":\"etl\",\"revisions\":[{\"revision\":1,\"appliedAt\":\""), json);
    assertEquals(true, json.contains("\"summary\":\"Plan: 3 to add, 0 to change, 0 to replace, 0 to prune\",\"objects\":3}"), json);
    assertEquals(false, json.contains("token-"), "no object content, so no secret values: " + json);

    Plan back = cluster.engine.planRollback("etl", "etl", 1, PlanOptions.defaults());
    assertEquals("Plan: 0 to add, 2 to change, 0 to replace, 1 to prune", back.summary(), PlanFormatter.text(back));
    ReportAssert.ok(cluster.engine.apply(back));
    assertEquals("1", cluster.client().configMaps().inNamespace("etl").withName("settings").get().getData().get("level"));
    assertEquals("token-1", secretValue(), "secret values come back too");
    assertNull(cluster.client().serviceAccounts().inNamespace("etl").withName("extra").get());
    assertEquals(List.of(1, 2, 3), cluster.engine.history("etl", "etl").stream().map(History.Revision::number).toList());
    assertEquals(false, cluster.plan(version("1", false)).hasChanges(), "revision 1's stack matches again");
  }

  @Test
  void onlyTheLastTenRevisionsAreKept() {
    for (int i = 1; i <= 12; i++) {
      ReportAssert.ok(cluster.apply(version(Integer.toString(i), false)));
    }
    assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        cluster.engine.history("etl", "etl").stream().map(History.Revision::number).toList());
  }

  @Test
  void aParentThatCannotBeWrittenIsReportedAfterTheMembers() {
    ReportAssert.ok(cluster.apply(version("1", false)));
    cluster.recorder.fault(r -> r.getMethod().equals("PUT") && RecordingDispatcher.path(r).endsWith("/secrets/sparkform-etl")
        ? RecordingDispatcher.status(422, "Invalid", "Secret \\\"sparkform-etl\\\" is invalid: data: Too long") : null);
    ApplyReport report = cluster.apply(version("2", false));
    assertEquals(false, report.ok());
    Outcome last = report.outcomes().get(report.outcomes().size() - 1);
    assertEquals("Secret etl/sparkform-etl", last.ref().toString());
    assertEquals(Outcome.Status.FAILED, last.status());
    assertEquals("the stack's ApplySet parent (inventory and history): 422 Secret \"sparkform-etl\" is invalid: data: Too long",
        last.message());
    assertEquals("2", cluster.client().configMaps().inNamespace("etl").withName("settings").get().getData().get("level"));
  }

  @Test
  void anUnknownRevisionIsNamed() {
    ReportAssert.ok(cluster.apply(version("1", false)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cluster.engine.planRollback("etl", "etl", 7, PlanOptions.defaults()));
    assertEquals("stack etl has no revision 7; recorded: 1", e.getMessage());
  }
}
