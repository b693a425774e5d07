package dev.sparkform.apply;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** What the ownership properties ran and checked, summed over all cases: for the report. */
final class Tally {
  final AtomicLong cases = new AtomicLong();
  final AtomicLong steps = new AtomicLong();
  final AtomicLong plansWithErrors = new AtomicLong();
  final AtomicLong applied = new AtomicLong();
  final AtomicLong destroyed = new AtomicLong();
  final AtomicLong reads = new AtomicLong();
  final AtomicLong writes = new AtomicLong();
  final AtomicLong foreignCreated = new AtomicLong();
  final AtomicLong foreignChecks = new AtomicLong();
  final AtomicLong adoptedExempt = new AtomicLong();
  final AtomicLong casesWithCollisions = new AtomicLong();
  final AtomicLong namespacesDeletedAroundForeign = new AtomicLong();
  /** Steps by what happened ("apply --adopt: plan error", "destroy: done", ...), sorted by that. */
  final Map<String, AtomicLong> outcomes = new ConcurrentSkipListMap<>();

  void outcome(String what) {
    outcomes.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  void engineRequests(RecordingDispatcher recorder) {
    int w = recorder.writes().size();
    writes.addAndGet(w);
    reads.addAndGet(recorder.requests().size() - w);
  }

  @Override
  public String toString() {
    return cases + " cases, " + steps + " steps (" + applied + " applies and " + destroyed + " destroys carried out, "
        + plansWithErrors + " plans with errors refused with no write); engine requests: " + reads + " reads, "
        + writes + " writes; foreign objects: " + foreignCreated + " created (" + casesWithCollisions
        + " cases with one the stack declares too), " + foreignChecks + " checks byte for byte after a step, "
        + adoptedExempt + " skipped as legitimately adopted (--adopt, unlabelled, declared); "
        + namespacesDeletedAroundForeign + " Namespaces of the stack deleted with foreign objects in them"
        + " (kept: the in-memory server does not cascade; a real server's plan lists them first)"
        + "; steps by outcome: " + outcomes();
  }

  private String outcomes() {
    long all = outcomes.values().stream().mapToLong(AtomicLong::get).sum();
    return outcomes.entrySet().stream()
        .map(e -> String.format("%s %d (%.1f%%)", e.getKey(), e.getValue().get(), 100.0 * e.getValue().get() / Math.max(all, 1)))
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
