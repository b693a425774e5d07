package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sparkform.dsl.Stack;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Throttling and server errors are retried (bounded) before an object counts as failed. The
 * retrying is fabric8's client's own (Config requestRetryBackoffLimit/Interval: exponential backoff,
 * 10 attempts by default); these tests hold the engine to it, so a change of client settings shows.
 */
class RetryTest {
  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  static final Stack STACK = stack("r").namespace("jobs").add(namespace("jobs"), configMap("c").data("k", "v"));

  long posts() {
    return cluster.recorder.requests().stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/configmaps")).count();
  }

  @Test
  void tooManyRequestsIsRetried() {
    AtomicInteger n = new AtomicInteger();
    cluster.recorder.fault(r -> r.getMethod().equals("POST") && RecordingDispatcher.path(r).endsWith("/configmaps") && n.incrementAndGet() <= 2
        ? RecordingDispatcher.status(429, "TooManyRequests", "slow down").setHeader("Retry-After", "0") : null);
    ReportAssert.ok(cluster.apply(STACK));
    assertEquals(3, posts());
  }

  @Test
  void serviceUnavailableIsRetried() {
    AtomicInteger n = new AtomicInteger();
    cluster.recorder.fault(r -> r.getMethod().equals("POST") && RecordingDispatcher.path(r).endsWith("/configmaps") && n.incrementAndGet() <= 2
        ? RecordingDispatcher.status(503, "ServiceUnavailable", "etcd leader changed") : null);
    ReportAssert.ok(cluster.apply(STACK));
    assertEquals(3, posts());
  }

  @Test
  void planReadsAreRetriedToo() {
    // Every read fails twice (500, then 429 with Retry-After) before it is answered: the plan still completes.
    java.util.Map<String, AtomicInteger> seen = new java.util.concurrent.ConcurrentHashMap<>();
    cluster.recorder.fault(r -> {
      if (!r.getMethod().equals("GET")) {
        return null;
      }
      int n = seen.computeIfAbsent(r.getPath(), k -> new AtomicInteger()).incrementAndGet();
      return n == 1 ? RecordingDispatcher.status(500, "InternalError", "etcdserver: request timed out")
          : n == 2 ? RecordingDispatcher.status(429, "TooManyRequests", "slow down").setHeader("Retry-After", "0") : null;
    });
    Plan plan = cluster.plan(STACK);
    assertEquals("Plan: 2 to add, 0 to change, 0 to replace, 0 to prune", plan.summary());
    assertEquals(true, seen.values().stream().allMatch(n -> n.get() == 3), seen::toString);
  }
}
