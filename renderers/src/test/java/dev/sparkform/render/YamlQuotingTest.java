package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Strings that a YAML reader would take for something else (booleans, numbers, dates, null,
 * indicators) are double-quoted; strings every reader keeps as strings stay plain; multi-line
 * strings are literal blocks. Every case is read back with SnakeYAML's YAML 1.1 reader.
 */
class YamlQuotingTest {

  /** Strings YAML 1.1, YAML 1.2 or Kubernetes' Go reader would misread if written plain. */
  static Stream<String> misread() {
    return Stream.of(
        // YAML 1.1 booleans, and the single letters Kubernetes' Go reader takes as booleans
        "yes", "no", "on", "off", "y", "n", "Y", "N", "true", "True", "FALSE", "Off",
        // null
        "null", "Null", "~", "",
        // numbers: exponent, hex, YAML 1.2 octal, YAML 1.1 octal, sexagesimal, date, float, int
        "1e3", "0x1F", "0o17", "012", "1:20", "2001-12-14", "3.14", "42", ".inf", ".NaN", "1_000",
        // numbers only Go's reader (strconv, after dropping '_') sees: upper-case prefixes, '_' in them
        "0X1F", "0O17", "0B101", "0o1_7", "0_", "1e3_",
        // indicators at the start, comments, mapping values, trailing space
        "*star", "&anchor", "!tag", ":colon", "- dash", "-", "#hash", "a: b", "a #b", "trailing ", "ends:",
        "@at", "`tick", "%pct", "{x}", "[x]", "'q'", "\"dq\"", "|pipe", ">fold", "?q", ",comma",
        " leading", "tab\there", "back\\slash", "<<");
  }

  /** Strings every reader keeps as the same string: written plain. */
  static Stream<String> plain() {
    return Stream.of("spark-jobs", "local:///opt/spark/examples/jars/spark-examples.jar", "apache/spark:3.5.0",
        "node-pool=spark", "8Gi", "256Gi", "500m", "spark.executor.memory", "app.kubernetes.io/name",
        "arn:aws:iam::123456789012:role/spark", "hello world", "yesterday", "v1", "rbac.authorization.k8s.io");
  }

  static Stream<String> multiLine() {
    return Stream.of("line 1\nline 2\n", "no final newline\nsecond", "spark.a yes\nspark.b 0x1F\n",
        "  indented first line\nsecond\n", "key: value\n# comment\n- item\n", "trailing blank lines\n\n\n");
  }

  /**
   * The regular-expression form of {@link YamlRenderer#plainSafe} as first written: the oracle for
   * the faster one, which skips patterns by the first character.
   */
  private static boolean plainSafeByPatterns(String s) {
    return java.util.regex.Pattern.matches("[A-Za-z0-9_./][A-Za-z0-9_./:=@+,~ ()-]*", s)
        && !s.endsWith(" ") && !s.endsWith(":") && !s.contains(": ") && !s.contains(" #")
        && !java.util.regex.Pattern.matches("[yYnN]|0o[0-7]+|[-+]?0b[01_]+", s)
        && !java.util.regex.Pattern.matches(
            "[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?)",
            s.replace("_", ""))
        && new org.yaml.snakeyaml.resolver.Resolver().resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, s, true)
            .equals(org.yaml.snakeyaml.nodes.Tag.STR);
  }

  /** Short strings over the characters that decide quoting (seeded: a failure reproduces). */
  static Stream<String> generated() {
    java.util.Random random = new java.util.Random(Long.getLong("sparkform.property.seed", 20261130L));
    String alphabet = "aAyYnNoOtTfFxXbBeE0123456789_.-+/:=@,~ ()#&*!<%'\"";
    return Stream.concat(Stream.of(misread(), plain()).flatMap(x -> x),
        Stream.generate(() -> {
          StringBuilder sb = new StringBuilder();
          int n = 1 + random.nextInt(6);
          for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          return sb.toString();
        }).limit(5_000));
  }

  @Test
  void plainSafeAgreesWithTheRegularExpressionsOnGeneratedStrings() {
    // GIVEN the listed cases and 5,000 random short strings
    List<String> disagree = generated()
        // WHEN both forms judge each string
        .filter(s -> YamlRenderer.plainSafe(s) != plainSafeByPatterns(s))
        .toList();
    // THEN they agree on every one
    assertEquals(List.of(), disagree);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("misread")
  void misreadableStringIsNotPlainSafe(String s) {
    assertFalse(YamlRenderer.plainSafe(s), () -> "plainSafe(\"" + s + "\")");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("misread")
  void misreadableConfigMapValueIsDoubleQuotedAndReadsBackAsTheSameString(String s) {
    // GIVEN a config map whose only value is the string
    HasMetadata cm = compileConfigMap(configMap("quoting").data("k", s));

    // WHEN it is rendered
    String yaml = YamlRenderer.render(cm);

    // THEN the value is double-quoted
    assertTrue(yaml.contains("\n  k: " + doubleQuoted(s) + "\n"), () -> "expected k: " + doubleQuoted(s) + " in\n" + yaml);
    // AND SnakeYAML (YAML 1.1) reads back the identical String, not a Boolean, number, date or null
    assertReadsBackAsString(s, data(yaml).get("k"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("misread")
  void misreadableMapKeyIsDoubleQuotedAndReadsBackAsTheSameString(String s) {
    // GIVEN plain data whose key is the string (a YAML 1.1 reader would make "on:" a Boolean key)
    Map<String, Object> data = Map.of(s, "value");

    // WHEN it is rendered
    String yaml = YamlRenderer.renderData(data);

    // THEN the key is double-quoted (SnakeYAML writes an empty key as an explicit "? " key) ...
    assertEquals(s.isEmpty() ? "? \"\"\n: value\n" : doubleQuoted(s) + ": value\n", yaml);
    // ... and reads back as the same String
    Map<?, ?> back = (Map<?, ?>) new Yaml().load(yaml);
    Object key = back.keySet().iterator().next();
    assertReadsBackAsString(s, key);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("plain")
  void safeStringStaysPlainAndReadsBackAsTheSameString(String s) {
    // GIVEN a plain-safe string as a config map value
    assertTrue(YamlRenderer.plainSafe(s), () -> "plainSafe(\"" + s + "\")");
    HasMetadata cm = compileConfigMap(configMap("quoting").data("k", s));

    // WHEN it is rendered
    String yaml = YamlRenderer.render(cm);

    // THEN it is written without quotes and reads back unchanged
    assertTrue(yaml.contains("\n  k: " + s + "\n"), () -> "expected plain k: " + s + " in\n" + yaml);
    assertReadsBackAsString(s, data(yaml).get("k"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("multiLine")
  void multiLineStringIsALiteralBlockAndReadsBackUnchanged(String s) {
    // GIVEN a config map value with line breaks
    HasMetadata cm = compileConfigMap(configMap("quoting").data("k", s));

    // WHEN it is rendered
    String yaml = YamlRenderer.render(cm);

    // THEN it is a literal block scalar ...
    assertTrue(yaml.contains("\n  k: |"), () -> "expected a literal block in\n" + yaml);
    assertFalse(yaml.contains("\\n"), () -> "no escaped line breaks expected in\n" + yaml);
    // ... whose lines are the value's lines, indented
    assertTrue(yaml.contains("\n    " + s.split("\n")[0] + "\n"), yaml);
    // AND it reads back unchanged
    assertReadsBackAsString(s, data(yaml).get("k"));
  }

  @Test
  void allCasesInOneConfigMapReadBackAsTheSameStrings() {
    // GIVEN one config map holding every case under its own key
    Map<String, String> expected = new LinkedHashMap<>();
    List<String> all = Stream.of(misread(), plain(), multiLine()).flatMap(s -> s).toList();
    ConfigMap cm = configMap("all-cases");
    for (int i = 0; i < all.size(); i++) {
      String key = String.format("case-%03d", i);
      expected.put(key, all.get(i));
      cm = cm.data(key, all.get(i));
    }

    // WHEN the stack is rendered as a whole
    String yaml = Format.YAML.render(StackCompiler.create().compile(stack("quoting").add(cm)));

    // THEN SnakeYAML reads back every value as the identical String
    Map<?, ?> data = data(yaml);
    assertEquals(expected.keySet(), data.keySet());
    expected.forEach((k, v) -> assertReadsBackAsString(v, data.get(k)));
    // AND every misreadable value is double-quoted on its line
    for (int i = 0; i < all.size(); i++) {
      String v = all.get(i);
      if (!YamlRenderer.plainSafe(v) && v.indexOf('\n') < 0) {
        String line = "\n  " + String.format("case-%03d", i) + ": " + doubleQuoted(v) + "\n";
        assertTrue(yaml.contains(line), () -> "expected" + line + "in\n" + yaml);
      }
    }
  }

  @Test
  void labelValuesThatLookLikeBooleansAndNumbersAreQuoted() {
    // GIVEN labels whose (valid) values YAML 1.1 would read as a boolean, null or numbers
    HasMetadata sa = StackCompiler.create().compile(stack("quoting").add(serviceAccount("sa")
        .label("enabled", "true").label("legacy", "no").label("count", "42").label("version", "3.14")
        .label("octal", "012").label("nothing", "null"))).get(0);

    // WHEN it is rendered
    String yaml = YamlRenderer.render(sa);

    // THEN each is double-quoted and reads back as a String
    for (String line : List.of("enabled: \"true\"", "legacy: \"no\"", "count: \"42\"", "version: \"3.14\"",
        "octal: \"012\"", "nothing: \"null\"")) {
      assertTrue(yaml.contains("\n    " + line + "\n"), () -> "expected " + line + " in\n" + yaml);
    }
    Map<?, ?> labels = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) new Yaml().load(yaml)).get("metadata")).get("labels");
    assertReadsBackAsString("true", labels.get("enabled"));
    assertReadsBackAsString("no", labels.get("legacy"));
    assertReadsBackAsString("42", labels.get("count"));
    assertReadsBackAsString("3.14", labels.get("version"));
    assertReadsBackAsString("012", labels.get("octal"));
    assertReadsBackAsString("null", labels.get("nothing"));
  }

  // ---- helpers

  private static HasMetadata compileConfigMap(ConfigMap cm) {
    return StackCompiler.create().compile(stack("quoting").add(cm)).get(0);
  }

  private static Map<?, ?> data(String yaml) {
    Map<?, ?> doc = (Map<?, ?>) new Yaml().load(yaml);
    return (Map<?, ?>) doc.get("data");
  }

  private static void assertReadsBackAsString(String expected, Object actual) {
    assertInstanceOf(String.class, actual, () -> "\"" + expected + "\" read back as "
        + (actual == null ? "null" : actual.getClass().getSimpleName() + " " + actual));
    assertEquals(expected, actual);
  }

  /** The string as a YAML double-quoted scalar, for strings without control characters but tab. */
  private static String doubleQuoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
  }
}
