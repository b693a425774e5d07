package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Objects of one install level are written concurrently, bounded; levels stay in order. */
class ParallelTest {
  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  static Stack manyConfigMaps() {
    Stack s = stack("many").namespace("jobs").add(namespace("jobs"), serviceAccount("a"), serviceAccount("b"));
    for (int i = 0; i < 8; i++) {
      s = s.add(configMap("c" + i).data("k", Integer.toString(i)));
    }
    return s;
  }

  @Test
  void aLevelIsWrittenConcurrentlyAndTheNextLevelWaitsForIt() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    // The first config map create waits (in the engine's thread, not the server's: the in-memory
    // server dispatches on one event loop, so blocking there stalls every request) until a second
    // one starts. Only concurrent writes get past quickly; sequential ones would wait out the
    // latch's limit, and "most" would stay 1.
    CountDownLatch second = new CountDownLatch(2);
    WriteStrategy clientSide = WriteStrategy.clientSide(cluster.client());
    WriteStrategy blocking = new WriteStrategy() {
      @Override
      public String name() {
        return "blocking client-side";
      }

      @Override
      public java.util.Map<String, Object> create(java.util.Map<String, Object> desired, boolean dryRun) {
        if ("ConfigMap".equals(desired.get("kind"))) {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          second.countDown();
          try {
            second.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
        }
        return clientSide.create(desired, dryRun);
      }

      @Override
      public java.util.Map<String, Object> update(Change change, boolean dryRun) {
        return clientSide.update(change, dryRun);
      }
    };
    ApplyReport report = ReportAssert.ok(cluster.engine.withStrategy(blocking).withParallelism(4)
        .apply(cluster.plan(manyConfigMaps())));
    assertTrue(most.get() >= 2 && most.get() <= 4, "concurrent config map writes: " + most.get());
    // Outcomes in plan order, whatever order the writes finished in.
    assertEquals(List.of("Namespace jobs", "ServiceAccount jobs/a", "ServiceAccount jobs/b", "ConfigMap jobs/c0",
        "ConfigMap jobs/c1", "ConfigMap jobs/c2", "ConfigMap jobs/c3", "ConfigMap jobs/c4", "ConfigMap jobs/c5",
        "ConfigMap jobs/c6", "ConfigMap jobs/c7"), report.outcomes().stream().map(o -> o.ref().toString()).toList());
    // Every service account write came before every config map write.
    List<String> writes = cluster.recorder.writes().stream().map(Object::toString).toList();
    int lastServiceAccount = Math.max(writes.lastIndexOf("POST /api/v1/namespaces/jobs/serviceaccounts"), 0);
    int firstConfigMap = writes.indexOf("POST /api/v1/namespaces/jobs/configmaps");
    assertTrue(lastServiceAccount < firstConfigMap, writes.toString());
    assertEquals(8, writes.stream().filter(w -> w.endsWith("/configmaps")).count());
  }
}
