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
 * the operators' resources are returned. A few files hold none ({@link #WITHOUT_OPERATOR_RESOURCE}).
 */
public final class UpstreamExamples {
  /** The Spark version substituted for {@code {{SPARK_VERSION}}}. */
  public static final String SPARK_VERSION = "4.0.1";

  /**
   * Upstream example files at the pinned commits of reference/README.md: 17 kubeflow (16 flat and
   * {@code sparkconnect/spark-connect.yaml}) and 44 apache (41 with an operator resource, the two
   * {@code job/} files and {@code localstack.yml}).
   */
  public static final int EXAMPLE_FILES = 61;

  /**
   * Example files that hold no operator resource, with the kinds they hold instead: Spark Connect
   * clients and the S3 stand-in some Apache examples point at (reference/README.md).
   */
  public static final Map<String, String> WITHOUT_OPERATOR_RESOURCE = Map.of(
      "apache-spark-kubernetes-operator/job/cron-pi-swift.yaml", "batch/v1 CronJob",
      "apache-spark-kubernetes-operator/job/pi-swift.yaml", "batch/v1 Job",
      "apache-spark-kubernetes-operator/localstack.yml", "v1 Pod, v1 Service");

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
    return allDocuments(reference).stream().filter(d -> isOperatorResource(d.tree())).toList();
  }

  /** Every document of every example file, operator resource or not, in file order. */
  public static List<Document> allDocuments(Path reference) {
    List<Document> out = new ArrayList<>();
    Path root = reference.resolve("examples");
    for (Path f : files(reference)) {
      String name = root.relativize(f).toString().replace('\\', '/');
      int index = 0;
      for (Object doc : yaml().loadAll(substitute(read(f)))) {
        if (doc instanceof Map<?, ?> m) {
          out.add(new Document(name, index, cast(m)));
        }
        index++;
      }
    }
    return out;
  }

  /**
   * The operators' resources of every example file in the reference folder; skips the calling test
   * when the folder is absent, fails it when fewer resources than example files that hold one are
   * found.
   */
  public static List<Document> requireDocuments() {
    List<Document> docs = documents(SharedReference.require());
    int filesWithResource = EXAMPLE_FILES - WITHOUT_OPERATOR_RESOURCE.size();
    if (docs.size() < filesWithResource) {
      throw new AssertionError("operator resources found in the upstream examples: " + docs.size()
          + ", expected at least one per file that holds one (" + filesWithResource + ")");
    }
    return docs;
  }

  /**
   * {@link #requireDocuments()} of the kinds that have a model class; the others are exactly
   * {@link ModelTypes#NOT_MODELLED} ({@code ExampleRoundTripTest} asserts it).
   */
  public static List<Document> requireModelledDocuments() {
    return requireDocuments().stream().filter(d -> ModelTypes.isModelled(d.apiVersion(), d.kind())).toList();
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
