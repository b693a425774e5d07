package dev.sparkform.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Waits for applied objects to become ready, each on its own (one failing or slow object does not
 * hide the others' results, unlike an all-or-nothing await): polls every object not yet settled,
 * reports each change of state as a progress line with the elapsed time, stops at the timeout and
 * names what was still blocking and why.
 */
public final class Waiter {
  /** How the wait ended for one object. */
  public record Result(ObjectRef ref, Readiness.State state, Duration elapsed) {}

  /** Sleeps between polls; tests use one that writes status instead of waiting. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Cluster cluster;
  private final Duration interval;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;

  Waiter(Cluster cluster, Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
    this.cluster = cluster;
    this.interval = interval;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /**
   * Waits for {@code refs} to be ready, and for those in {@code gone} to be deleted (finalizers can
   * keep a Namespace for minutes); {@code progress} gets one line per state change. Never throws on timeout.
   */
  List<Result> await(List<ObjectRef> refs, java.util.Set<ObjectRef> gone, Duration timeout, Consumer<String> progress) {
    long start = nanoTime.getAsLong();
    Map<ObjectRef, Readiness.State> last = new LinkedHashMap<>();
    Map<ObjectRef, Result> done = new LinkedHashMap<>();
    while (true) {
      Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
      for (ObjectRef ref : refs) {
        if (done.containsKey(ref)) {
          continue;
        }
        Readiness.State state = gone.contains(ref)
            ? cluster.get(ref).map(Waiter::terminating).orElse(Readiness.State.ready())
            : cluster.get(ref).map(Readiness::of).orElse(Readiness.State.waiting("not found"));
        if (!state.equals(last.get(ref))) {
          progress.accept(ref + ": " + (gone.contains(ref) && state.phase() == Readiness.State.Phase.READY ? "gone"
              : describe(state)) + " (" + seconds(elapsed) + ")");
          last.put(ref, state);
        }
        if (state.phase() != Readiness.State.Phase.WAITING) {
          done.put(ref, new Result(ref, state, elapsed));
        }
      }
      if (done.size() == refs.size()) {
        break;
      }
      if (elapsed.compareTo(timeout) >= 0) {
        for (ObjectRef ref : refs) {
          if (!done.containsKey(ref)) {
            Readiness.State s = last.get(ref);
            done.put(ref, new Result(ref, Readiness.State.failed("timed out after " + seconds(timeout)
                + " waiting; last: " + s.reason()), elapsed));
            progress.accept(ref + ": timed out after " + seconds(timeout) + " (last: " + s.reason() + ")");
          }
        }
        break;
      }
      try {
        sleeper.sleep(interval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    List<Result> out = new ArrayList<>();
    for (ObjectRef ref : refs) {
      out.add(done.getOrDefault(ref, new Result(ref, Readiness.State.failed("interrupted"), Duration.ZERO)));
    }
    return out;
  }

  private static Readiness.State terminating(Map<String, Object> live) {
    Object finalizers = Plain.map(live.get("metadata")).get("finalizers");
    return Readiness.State.waiting("still being deleted" + (finalizers == null ? "" : ", finalizers " + finalizers));
  }

  private static String describe(Readiness.State s) {
    return switch (s.phase()) {
      case READY -> "ready";
      case FAILED -> "failed: " + s.reason();
      case WAITING -> "waiting: " + s.reason();
    };
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }
}
