package dev.sparkform.cli;

import dev.sparkform.compile.SparkSubmitCompiler;
import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.render.Format;
import dev.sparkform.render.PlainData;
import dev.sparkform.render.SparkSubmitFiles;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The fuzz tests' oracle for one stack and target: either one {@link ValidationException} naming at
 * least one problem, or output that reads back to exactly the compiled values — the YAML through
 * SnakeYAML, the JSON {@code List} through Jackson, the spark-submit
 * {@code .args} through its reader and the {@code .properties} through {@link Properties} (how
 * Spark reads it), and every argument quoted in the script. Returns what went wrong, or null.
 */
final class RoundTrip {
  private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

  private RoundTrip() {}

  /** Null when the outcome is one of the two allowed ones; else what happened. */
  static String check(Stack stack, Target target) {
    List<HasMetadata> objects;
    try {
      objects = StackCompiler.create().target(target).compile(stack);
    } catch (ValidationException e) {
      return e.problems().isEmpty() ? "a ValidationException without problems" : null;
    } catch (RuntimeException e) {
      return "compile threw " + e;
    }
    try {
      List<Object> expected = new ArrayList<>();
      objects.forEach(o -> expected.add(normal(PlainData.of(o))));
      List<Object> yaml = new ArrayList<>();
      yaml().loadAll(Format.YAML.render(objects)).forEach(d -> yaml.add(normal(d)));
      if (!yaml.equals(expected)) {
        return "the YAML reads back differently: " + firstDifference(expected, yaml);
      }
      Object json = normal(JSON.readValue(Format.JSON.render(objects), Object.class));
      Object items = json instanceof Map<?, ?> m ? m.get("items") : null;
      if (!expected.equals(items)) {
        return "the JSON reads back differently: " + firstDifference(expected, items);
      }
      if (target == Target.SPARK_SUBMIT) {
        for (SparkSubmitCompiler.Job job : SparkSubmitCompiler.jobs(stack)) {
          String why = submitFiles(job, stack.name());
          if (why != null) {
            return why;
          }
        }
      }
      stack.resources().stream().filter(r -> r instanceof dev.sparkform.dsl.SparkApp)
          .forEach(r -> dev.sparkform.compile.EffectiveConf.of(stack, (dev.sparkform.dsl.SparkApp) r).footprint().toString());
    } catch (RuntimeException | IOException e) {
      return "rendering a valid stack threw " + e;
    }
    return null;
  }

  private static String submitFiles(SparkSubmitCompiler.Job job, String stackName) throws IOException {
    Map<String, String> files = SparkSubmitFiles.files(job, Optional.empty(), stackName);
    List<String> argv = SparkSubmitFiles.argv(job, Optional.empty());
    if (!SparkSubmitFiles.readArgs(files.get(job.name() + ".args")).equals(argv)) {
      return "the .args file reads back differently from the arguments";
    }
    Properties read = new Properties();
    read.load(new StringReader(files.get(job.name() + ".properties")));
    Map<String, String> props = new HashMap<>();
    read.stringPropertyNames().forEach(k -> props.put(k, read.getProperty(k)));
    if (!props.equals(new HashMap<>(job.conf().asMap()))) {
      return "the .properties file reads back differently from the configuration";
    }
    String script = files.get(job.name() + ".sh");
    for (String a : job.arguments()) {
      if (!script.contains(SparkSubmitFiles.quote(a))) {
        return "the script does not pass argument " + DslFuzzTest.escaped(a) + " as given";
      }
    }
    return null;
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 << 20);
    return new Yaml(options);
  }

  /** Numbers compared by value (a reader may give Integer where the model had Long). */
  static Object normal(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(normal(k), normal(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(normal(v)));
      return out;
    }
    if (o instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros();
    }
    return o;
  }

  private static String firstDifference(Object expected, Object actual) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      for (Object k : e.keySet()) {
        if (!java.util.Objects.equals(e.get(k), a.get(k))) {
          return k + " > " + firstDifference(e.get(k), a.get(k));
        }
      }
      return "keys " + e.keySet() + " vs " + a.keySet();
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
      for (int i = 0; i < e.size(); i++) {
        if (!java.util.Objects.equals(e.get(i), a.get(i))) {
          return "[" + i + "] > " + firstDifference(e.get(i), a.get(i));
        }
      }
    }
    return visible(expected) + " became " + visible(actual);
  }

  private static String visible(Object o) {
    return o instanceof String s ? "\"" + DslFuzzTest.escaped(s) + "\"" : String.valueOf(o);
  }
}
