package dev.sparkform.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The upstream example manifests of both operators, placeholders substituted, parsed into plain
 * trees. Files may hold several documents (ConfigMaps and Secrets beside the application); only
 * the operators' resources are returned.
 */
public final class UpstreamExamples {
  /** The Spark version substituted for {@code {{SPARK_VERSION}}}. */
  public static final String SPARK_VERSION = "4.0.1";

  /** Upstream example files (16 kubeflow, 26 apache) at the pinned commits of reference/README.md. */
  public static final int EXAMPLE_FILES = 42;

  private static final Pattern DOUBLE_BRACE = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");
  private static final Pattern SINGLE_BRACE = Pattern.compile("\\{([A-Z][A-Z_]*)}");

  /** One operator resource from an example file. */
  public record Document(String file, int index, Map<String, Object> tree) {
    public String apiVersion() {
      return String.valueOf(tree.get("apiVersion"));
    }

    public String kind() {
      return String.valueOf(tree.get("kind"));
    }

    @Override
    public String toString() {
      return file + (index > 0 ? "#" + index : "");
    }
  }

  private UpstreamExamples() {}

  /** Every example file, sorted by path relative to {@code examples/}. */
  public static List<Path> files(Path reference) {
    Path root = reference.resolve("examples");
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operators' resources of every example file, in file order. */
  public static List<Document> documents(Path reference) {
    List<Document> out = new ArrayList<>();
    Path root = reference.resolve("examples");
    for (Path f : files(reference)) {
      String name = root.relativize(f).toString().replace('\\', '/');
      int index = 0;
      for (Object doc : yaml().loadAll(substitute(read(f)))) {
        if (doc instanceof Map<?, ?> m && isOperatorResource(m)) {
          out.add(new Document(name, index, cast(m)));
        }
        index++;
      }
    }
    return out;
  }

  /**
   * The operators' resources of every example file in the reference folder; skips the calling test
   * when the folder is absent, fails it when fewer resources than example files are found.
   */
  public static List<Document> requireDocuments() {
    List<Document> docs = documents(SharedReference.require());
    if (docs.size() < EXAMPLE_FILES) {
      throw new AssertionError("operator resources found in the upstream examples: " + docs.size()
          + ", expected at least one per file (" + EXAMPLE_FILES + ")");
    }
    return docs;
  }

  /** The text with {@code {{NAME}}} and {@code {NAME}} placeholders replaced by fixed values. */
  public static String substitute(String text) {
    Matcher m = DOUBLE_BRACE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1))));
    }
    m.appendTail(sb);
    m = SINGLE_BRACE.matcher(sb.toString());
    sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Plain YAML reader (SnakeYAML, YAML 1.1 as Kubernetes' reader). */
  public static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(options);
  }

  private static String value(String placeholder) {
    return switch (placeholder) {
      case "SPARK_VERSION" -> SPARK_VERSION;
      case "MAVEN_REPOSITORY_URL" -> "https://maven.example.com/maven2";
      case "IMAGE_REGISTRY" -> "registry.example.com";
      default -> "placeholder-" + placeholder.toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  private static boolean isOperatorResource(Map<?, ?> m) {
    Object v = m.get("apiVersion");
    return v instanceof String s && (s.startsWith("sparkoperator.k8s.io/") || s.startsWith("spark.apache.org/"));
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
