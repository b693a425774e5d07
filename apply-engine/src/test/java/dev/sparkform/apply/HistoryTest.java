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

    // No Secret value is kept in the history: only a digest of each.
    String stored = cluster.client().secrets().inNamespace("etl").withName("sparkform-etl").get().getData().toString();
    for (History.Revision r : history) {
      assertEquals(false, r.objects().toString().contains("token-") || r.objects().toString()
          .contains(Base64.getEncoder().encodeToString("token-1".getBytes(StandardCharsets.UTF_8))), r.objects()::toString);
    }
    assertEquals(false, stored.contains("dG9rZW4t"), "no base64 of a value in the parent");

    // By name only, the engine has no source for token-1 (the live Secret holds token-2): it says so.
    Plan blind = cluster.engine.planRollback("etl", "etl", 1, PlanOptions.defaults());
    assertEquals(List.of("Secret etl/token: revision 1 keeps only digests of its values, and neither the live Secret"
        + " nor the stack's current source has them; restore the values at their source (file or environment"
        + " variable) and roll back again, or apply the stack as it is"), blind.errors());

    // With the stack, whose source has token-1 again, the value is found by its digest.
    Plan back = cluster.engine.planRollback(version("1", false), 1, PlanOptions.defaults());
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
  void anApplyThatConvergesOverSeveralRunsIsRecorded() {
    // The first run writes every member, but the parent's final write (the revision) fails.
    cluster.recorder.fault(r -> r.getMethod().equals("PUT") && RecordingDispatcher.path(r).endsWith("/secrets/sparkform-etl")
        ? RecordingDispatcher.status(503, "ServiceUnavailable", "etcd is busy") : null);
    ApplyReport first = cluster.apply(version("1", false));
    assertEquals(false, first.ok());
    assertEquals(List.of(), cluster.engine.history("etl", "etl"));
    cluster.recorder.fault(r -> null);

    // The second run has no member to change, yet the cluster now matches the stack: that is a revision.
    Plan second = cluster.plan(version("1", false));
    assertEquals(false, second.hasChanges());
    assertEquals(true, second.revisionOutdated());
    ReportAssert.ok(cluster.engine.apply(second));
    assertEquals(List.of(1), cluster.engine.history("etl", "etl").stream().map(History.Revision::number).toList());
    assertEquals(false, cluster.plan(version("1", false)).parentOutdated(), "and then nothing more to record");
  }

  @Test
  void revisionsStayWithinTheBudgetAndSayHowManyWereDropped() {
    // Large objects: a ConfigMap of ~300 KiB that does not compress (random text) per revision.
    java.util.Random random = new java.util.Random(7);
    for (int i = 1; i <= 4; i++) {
      StringBuilder big = new StringBuilder();
      for (int j = 0; j < 300 * 1024; j++) {
        big.append((char) ('a' + random.nextInt(26)));
      }
      ReportAssert.ok(cluster.apply(stack("etl").namespace("etl").add(namespace("etl"),
          configMap("big").data("blob", big.toString()))));
    }
    var parent = cluster.client().secrets().inNamespace("etl").withName("sparkform-etl").get();
    int size = parent.getData().values().stream().mapToInt(String::length).sum();
    assertEquals(true, size <= History.BUDGET, "stored revisions: " + size + " bytes");
    List<Integer> kept = cluster.engine.history("etl", "etl").stream().map(History.Revision::number).toList();
    assertEquals(4, kept.get(kept.size() - 1), "the newest is always kept");
    assertEquals(Integer.toString(4 - kept.size()), parent.getMetadata().getAnnotations().get(History.DROPPED));
  }

  @Test
  void resultsPrintNoSecretValues() {
    ApplyReport report = ReportAssert.ok(cluster.apply(version("1", false)));
    Plan plan = cluster.plan(version("2", false));
    String value = Base64.getEncoder().encodeToString("token-2".getBytes(StandardCharsets.UTF_8));
    for (Object o : List.of(plan, report, report.plan(), plan.changes(), cluster.engine.history("etl", "etl"))) {
      assertEquals(false, o.toString().contains(value) || o.toString().contains("token-"), o::toString);
    }
    assertEquals(true, plan.toString().startsWith("Plan: 0 to add, 2 to change, 0 to replace, 0 to prune: [unchanged"),
        plan::toString);
  }

  @Test
  void anUnknownRevisionIsNamed() {
    ReportAssert.ok(cluster.apply(version("1", false)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cluster.engine.planRollback("etl", "etl", 7, PlanOptions.defaults()));
    assertEquals("stack etl has no revision 7; recorded: 1", e.getMessage());
  }
}
