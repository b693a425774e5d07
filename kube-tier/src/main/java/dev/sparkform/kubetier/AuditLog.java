package dev.sparkform.kubetier;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The API server's audit log (JSON lines, one event per answered request): what a test asked of it. */
public record AuditLog(List<Event> events) {
  /** Verbs that change state. */
  public static final Set<String> WRITES = Set.of("create", "update", "patch", "delete", "deletecollection");

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  /** One request: who (user, user agent), what (verb, resource, namespace, name), how it ended (HTTP code). */
  public record Event(String verb, String user, String userAgent, String uri, String resource, String namespace,
      String name, int code) {
    /** A write that changed something: a write verb, not a dry run. */
    public boolean isWrite() {
      return WRITES.contains(verb) && !dryRun();
    }

    public boolean dryRun() {
      return uri.contains("dryRun=All");
    }

    @Override
    public String toString() {
      return verb + " " + resource + " " + (namespace == null ? "" : namespace + "/") + (name == null ? "" : name)
          + " -> " + code + " (" + user + ", " + uri + ")";
    }
  }

  static AuditLog read(Path file) {
    try {
      if (!Files.exists(file)) {
        return new AuditLog(List.of());
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      // The server may be writing the last line right now: only complete lines (newline-terminated) count.
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!text.isEmpty() && !text.endsWith("\n") && !lines.isEmpty()) {
        lines = lines.subList(0, lines.size() - 1);
      }
      return new AuditLog(lines.stream().filter(l -> !l.isBlank()).map(AuditLog::event).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Event event(String line) {
    Map<String, Object> e = JSON.unmarshal(line, Map.class);
    Map<String, Object> user = (Map<String, Object>) e.getOrDefault("user", Map.of());
    Map<String, Object> ref = (Map<String, Object>) e.getOrDefault("objectRef", Map.of());
    Map<String, Object> status = (Map<String, Object>) e.getOrDefault("responseStatus", Map.of());
    Object code = status.get("code");
    return new Event(String.valueOf(e.get("verb")), (String) user.get("username"), (String) e.get("userAgent"),
        String.valueOf(e.get("requestURI")), (String) ref.get("resource"), (String) ref.get("namespace"),
        (String) ref.get("name"), code instanceof Number n ? n.intValue() : 0);
  }

  /** The events after the first {@code n} (see {@link #size()}: take it before, read again after). */
  public AuditLog since(int n) {
    return new AuditLog(events.subList(Math.min(n, events.size()), events.size()));
  }

  public int size() {
    return events.size();
  }

  /** Writes (not dry runs) made as {@code user}. */
  public List<Event> writesBy(String user) {
    return events.stream().filter(e -> e.isWrite() && user.equals(e.user())).toList();
  }

  /** Every request made as {@code user}. */
  public List<Event> by(String user) {
    return events.stream().filter(e -> user.equals(e.user())).toList();
  }
}
