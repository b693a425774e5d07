package dev.sparkform.benchmarks;

import dev.sparkform.kubetier.AuditLog.Event;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What one apply asked of the API server, from its audit log: the GETs of the stack's own objects
 * (named {@code app-N}: every one is new, so each such GET answers 404), the other GETs, the LISTs
 * per kind × namespace, and the writes by verb. Dry runs are counted apart from writes.
 */
record Requests(List<Event> events) {
  long objectGets() {
    return count(Requests::objectGet);
  }

  long reads() {
    return count(e -> READS.contains(e.verb()));
  }

  long writes() {
    return count(Event::isWrite);
  }

  long dryRuns() {
    return count(Event::dryRun);
  }

  /** One line: every request, grouped. Equal lines mean equal requests. */
  String detail() {
    return "GET per object " + objectGets()
        + "; other GETs " + grouped(e -> e.verb().equals("get") && !objectGet(e), Requests::what)
        + "; LISTs " + grouped(e -> e.verb().equals("list"), Requests::kindNamespace)
        + (count(e -> e.verb().equals("watch")) == 0 ? "" : "; watches " + grouped(e -> e.verb().equals("watch"),
            Requests::kindNamespace))
        + "; writes " + grouped(Event::isWrite, e -> e.verb() + " " + what(e))
        + (dryRuns() == 0 ? "" : "; dry runs " + grouped(Event::dryRun, e -> e.verb() + " " + what(e)))
        + (count(Requests::other) == 0 ? "" : "; other " + grouped(Requests::other, e -> e.verb() + " " + e.uri()));
  }

  private static final List<String> READS = List.of("get", "list", "watch");

  private static boolean objectGet(Event e) {
    return e.verb().equals("get") && e.name() != null && e.name().matches("app-\\d+");
  }

  private static boolean other(Event e) {
    return !READS.contains(e.verb()) && !e.isWrite() && !e.dryRun();
  }

  /** The resource, or the path of a request for none (discovery, OpenAPI). */
  private static String what(Event e) {
    return e.resource() != null ? e.resource() : e.uri().replaceAll("\\?.*", "");
  }

  private static String kindNamespace(Event e) {
    return what(e) + (e.namespace() == null ? "" : " in " + e.namespace().replaceAll("-\\d+-\\d+$", "-*"));
  }

  private long count(Predicate<Event> p) {
    return events.stream().filter(p).count();
  }

  /** "3 (a 1, b 2)", or "0". */
  private String grouped(Predicate<Event> p, java.util.function.Function<Event, String> key) {
    Map<String, Long> by = events.stream().filter(p).collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    long total = by.values().stream().mapToLong(Long::longValue).sum();
    return total == 0 ? "0" : total + " (" + by.entrySet().stream().map(x -> x.getKey() + " " + x.getValue())
        .collect(Collectors.joining(", ")) + ")";
  }
}
