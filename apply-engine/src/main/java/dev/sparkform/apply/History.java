package dev.sparkform.apply;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Revisions of a stack: what each successful apply wrote, kept in the ApplySet parent Secret's data
 * as {@code revision-N} (gzip-compressed JSON; a Secret, because the objects may include Secrets),
 * the last {@value #KEEP}.
 */
public final class History {
  static final int KEEP = 10;
  static final String PREFIX = "revision-";

  /** One applied revision: its number, when, what the plan said, and the objects as written. */
  public record Revision(int number, String appliedAt, String summary, List<Map<String, Object>> objects) {}

  private History() {}

  /** The revisions in a parent object, oldest first; empty without a parent. */
  public static List<Revision> of(Map<String, Object> parent) {
    List<Revision> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Map.Entry<String, Object> e : Plain.map(parent.get("data")).entrySet()) {
      if (e.getKey().startsWith(PREFIX)) {
        out.add(decode(e.getValue().toString()));
      }
    }
    out.sort(Comparator.comparingInt(Revision::number));
    return out;
  }

  /** The revisions as JSON (number, time, summary, object count; not the objects, which may hold Secret values). */
  public static String json(String stack, List<Revision> revisions) {
    List<Object> list = new ArrayList<>();
    for (Revision r : revisions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("revision", r.number());
      m.put("appliedAt", r.appliedAt());
      m.put("summary", r.summary());
      m.put("objects", r.objects().size());
      list.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stack", stack);
    out.put("revisions", list);
    return Plain.json(out) + "\n";
  }

  /** The parent's data with {@code next} added and revisions beyond the last {@value #KEEP} dropped. */
  static Map<String, Object> withRevision(Map<String, Object> parent, Revision next) {
    List<Revision> all = of(parent);
    all.add(next);
    Map<String, Object> data = new LinkedHashMap<>();
    for (Revision r : all.subList(Math.max(0, all.size() - KEEP), all.size())) {
      data.put(PREFIX + r.number(), encode(r));
    }
    return data;
  }

  static int next(Map<String, Object> parent) {
    return of(parent).stream().mapToInt(Revision::number).max().orElse(0) + 1;
  }

  static String encode(Revision r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("revision", r.number());
    m.put("appliedAt", r.appliedAt());
    m.put("summary", r.summary());
    m.put("objects", r.objects());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(Plain.json(m).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  @SuppressWarnings("unchecked")
  static Revision decode(String base64) {
    try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
      Map<String, Object> m = Plain.parseJson(new String(gz.readAllBytes(), StandardCharsets.UTF_8));
      List<Map<String, Object>> objects = new ArrayList<>();
      Object list = m.get("objects");
      if (list instanceof List<?> l) {
        l.forEach(o -> objects.add((Map<String, Object>) o));
      }
      return new Revision(((Number) m.get("revision")).intValue(), String.valueOf(m.get("appliedAt")),
          String.valueOf(m.get("summary")), objects);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("a revision in the stack's ApplySet parent cannot be read: " + e.getMessage(), e);
    }
  }
}
