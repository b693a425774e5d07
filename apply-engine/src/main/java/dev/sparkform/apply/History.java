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
 * Revisions of a stack: what each apply that left the cluster matching the stack wrote, kept in the
 * ApplySet parent Secret's data as {@code revision-N} (gzip-compressed JSON), the newest
 * {@value #KEEP} that fit in {@value #BUDGET} bytes (a Secret holds at most 1 MiB). Secret values are
 * never stored: each is replaced by the SHA-256 digest of its bytes ({@code sha256:...}; base64
 * never contains a colon), so a rollback can tell whether a value it finds is the one it wrote.
 */
public final class History {
  static final int KEEP = 10;
  static final int BUDGET = 768 * 1024;
  static final String PREFIX = "revision-";
  static final String DIGEST = "sha256:";
  /** Parent annotation: how many older revisions were dropped to stay within {@link #BUDGET}. */
  static final String DROPPED = "sparkform.dev/revisions-dropped";

  /** One applied revision: its number, when, what the plan said, and the objects as written (Secret values as digests). */
  public record Revision(int number, String appliedAt, String summary, List<Map<String, Object>> objects) {
    @Override
    public String toString() {
      return "revision " + number + " (" + appliedAt + ", " + objects.size() + " objects): " + summary;
    }
  }

  /** The objects as a revision keeps them: Secret data values replaced by their digests. */
  static List<Map<String, Object>> kept(List<Map<String, Object>> objects) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> o : objects) {
      if (!"Secret".equals(o.get("kind")) || !"v1".equals(o.get("apiVersion"))) {
        out.add(o);
        continue;
      }
      Map<String, Object> copy = Plain.copy(o);
      Plain.map(copy.get("data")).replaceAll((k, v) -> isDigest(v) ? v : digest(Base64.getDecoder().decode(String.valueOf(v))));
      Plain.map(copy.get("stringData")).replaceAll((k, v) -> isDigest(v) ? v
          : digest(String.valueOf(v).getBytes(StandardCharsets.UTF_8)));
      out.add(Plain.object(copy));
    }
    return out;
  }

  static boolean isDigest(Object v) {
    return v instanceof String x && x.startsWith(DIGEST);
  }

  static String digest(byte[] value) {
    try {
      return DIGEST + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(value));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

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

  /**
   * The parent's data with {@code next} added: the newest {@value #KEEP} revisions that fit in
   * {@value #BUDGET} bytes together (the newest always). {@code dropped} gets how many older ones
   * did not fit.
   */
  static Map<String, Object> withRevision(Map<String, Object> parent, Revision next, int[] dropped) {
    List<Revision> all = new ArrayList<>();
    // Revisions older versions wrote may hold Secret values: kept as digests from now on.
    of(parent).forEach(r -> all.add(new Revision(r.number(), r.appliedAt(), r.summary(), kept(r.objects()))));
    all.add(next);
    Map<String, String> encoded = new LinkedHashMap<>();
    int size = 0;
    int tooBig = 0;
    for (int i = all.size() - 1; i >= Math.max(0, all.size() - KEEP); i--) {
      String e = encode(all.get(i));
      if (!encoded.isEmpty() && size + e.length() > BUDGET) {
        tooBig = i + 1 - Math.max(0, all.size() - KEEP);
        break;
      }
      size += e.length();
      encoded.put(PREFIX + all.get(i).number(), e);
    }
    dropped[0] = tooBig;
    Map<String, Object> data = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(encoded.keySet());
    java.util.Collections.reverse(keys);
    keys.forEach(k -> data.put(k, encoded.get(k)));
    return data;
  }

  /** The newest revision, if any. */
  static java.util.Optional<Revision> last(Map<String, Object> parent) {
    List<Revision> all = of(parent);
    return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
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
