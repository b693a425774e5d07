package dev.sparkform.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The direct block writer against SnakeYAML's dumper (the oracle) over random plain data: when it
 * writes a document, it is byte for byte SnakeYAML's; when it declines, nothing is appended.
 * Cases are generated from a {@link Random} seeded {@value #BASE_SEED} + i, so every run checks
 * the same cases; a failure names its seed. The fallback the renderer uses for what the writer
 * declines ({@link YamlRenderer.Dumper}, SnakeYAML without a {@code Yaml}) must write the same too.
 */
class BlockYamlTest {
  static final int CASES = 3000;
  static final long BASE_SEED = 20261130L;

  /** Scalars chosen to hit every quoting rule: YAML 1.1 and Go-reader look-alikes, indicators, markers. */
  static final String[] STRINGS = {
      "spark", "app-0", "local:///opt/spark/examples/jars/x.jar", "apache/spark:4.0.1", "", " ", "a b", "a  b",
      "true", "yes", "No", "on", "y", "n", "null", "~", "1", "-1", "0x1F", "0o17", "1e3", "1_000", "1:20",
      "2026-11-30", "-", "- a", "---", "--- a", "...", "... a", ".x", "./x", "a:", "a: b", "a:b", "a #b", "a#b",
      "#a", "*a", "&a", "!a", "%a", "@a", "`a", "'a", "\"a", "a\"b", "a\\b", "a'b", "[a]", "{a}", "a,b", "?a",
      "? a", "|", ">", "a ", "=", "a=b", "(a)", "~a", "+1", ".5", "1.", "NaN", ".inf", "-.Inf", "0b101",
      "sparkoperator.k8s.io/app-name", "x".repeat(122), "x".repeat(123), "app.kubernetes.io/managed-by", "512m", "1Gi", "0", "07", "010"};
  /** Scalars the writer must decline (SnakeYAML writes them its own way). */
  static final String[] DECLINED = {"a\nb", "line\n", "tab\there", "caf\u00e9", "\u2028"};

  @Test
  void writesWhatSnakeYamlWritesOrDeclines() {
    int written = 0;
    YamlRenderer.Dumper dumper = new YamlRenderer.Dumper(); // one for all cases, as a render uses it
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Random r = new Random(seed);
      Object data = r.nextInt(10) == 0 ? list(r, 0) : map(r, 0);
      String expected = YamlRenderer.yaml().dump(data);
      assertEquals(expected, dumper.dump(data), "seed " + seed + ": the dumper without a Yaml: " + data);
      StringBuilder sb = new StringBuilder("prefix");
      if (BlockYaml.write(data, sb)) {
        written++;
        assertEquals(expected, sb.substring("prefix".length()), "seed " + seed + ": " + data);
      } else if (!sb.toString().equals("prefix")) {
        fail("seed " + seed + ": declined but appended " + sb);
      }
    }
    // Most generated documents hold nothing the writer declines: it is the common path, not a detour.
    assertTrue(written > CASES / 2, "written " + written + " of " + CASES);
  }

  @Test
  void declinesWhatItDoesNotWrite() {
    for (String s : DECLINED) {
      assertTrue(!BlockYaml.write(Map.of("k", s), new StringBuilder()), s);
      assertTrue(!BlockYaml.write(Map.of(s, "v"), new StringBuilder()), s);
    }
    assertTrue(!BlockYaml.write(Map.of("x".repeat(123), "v"), new StringBuilder()));
    assertTrue(!BlockYaml.write(Map.of("", "v"), new StringBuilder()));
    assertTrue(!BlockYaml.write(Map.of("k", 1.5), new StringBuilder()));
    assertTrue(!BlockYaml.write(Map.of(), new StringBuilder()));
    assertTrue(!BlockYaml.write("scalar", new StringBuilder()));
  }

  private static Map<String, Object> map(Random r, int depth) {
    Map<String, Object> m = r.nextBoolean() ? new LinkedHashMap<>() : new TreeMap<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      m.put(string(r), value(r, depth + 1));
    }
    return m;
  }

  private static List<Object> list(Random r, int depth) {
    List<Object> l = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      l.add(value(r, depth + 1));
    }
    return l;
  }

  private static Object value(Random r, int depth) {
    int k = r.nextInt(depth > 3 ? 6 : 10);
    switch (k) {
      case 0: return r.nextInt(2000) - 1000;
      case 1: return r.nextLong();
      case 2: return r.nextBoolean();
      case 3: return r.nextInt(40) == 0 ? DECLINED[r.nextInt(DECLINED.length)] : string(r);
      case 4: return r.nextBoolean() ? new LinkedHashMap<>() : new ArrayList<>();
      case 5: return string(r);
      case 6: case 7: return map(r, depth);
      default: return list(r, depth);
    }
  }

  private static String string(Random r) {
    return STRINGS[r.nextInt(STRINGS.length)];
  }
}
