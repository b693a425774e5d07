package dev.sparkform.dsl;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A Spark history server: a Deployment that reads the event logs of finished and running apps from
 * one directory and serves their UIs on port {@value #PORT}, a Service, and with {@link #route} a
 * Gateway API HTTPRoute. Apps of the same stack that write their event log elsewhere get a warning.
 *
 * <pre>{@code
 * historyServer("history").sparkVersion("4.0.1").image("apache/spark:4.0.1")
 *     .logDirectory("s3a://spark-events/")
 *     .server(driver().cores(1).memory(gib(2)))
 *     .keepEventLogFiles(10)
 *     .cleaner(Duration.ofDays(30))
 * }</pre>
 *
 * The server is a Spark daemon, not an app: its image must hold the file system's connector
 * (hadoop-aws for {@code s3a://}); credentials come from the pod's env or service account.
 */
@Value.Immutable
public abstract class HistoryServer implements StackResource {
  /** The UI's port ({@code spark.history.ui.port}'s default). */
  public static final int PORT = 18080;
  static final String LOG_DIRECTORY_KEY = "spark.history.fs.logDirectory";

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  public abstract Optional<String> sparkVersion();

  public abstract Optional<String> image();

  public abstract Optional<PullPolicy> imagePullPolicy();

  /** Where the apps write their event logs ({@code spark.history.fs.logDirectory}). */
  public abstract Optional<String> logDirectory();

  /** The server's pod: cores, memory (the heap), env, volumes, scheduling, security contexts. */
  @Value.Default
  public SparkPod server() {
    return SparkPod.of(SparkPod.Role.DRIVER);
  }

  public abstract Map<String, String> sparkConf();

  /** Compacts each app's rolling event log down to this many files ({@code spark.history.fs.eventLog.rolling.maxFilesToRetain}). */
  public abstract OptionalInt keepEventLogFiles();

  /** Deletes event logs older than this ({@code spark.history.fs.cleaner.*}). */
  public abstract Optional<Duration> cleanerMaxAge();

  public abstract Optional<GatewayRoute> route();

  @Override
  public String kind() {
    return "HistoryServer";
  }

  @Override
  public boolean namespaced() {
    return true;
  }

  static HistoryServer named(String name) {
    return ImmutableHistoryServer.builder().name(name).build();
  }

  public HistoryServer namespace(String namespace) {
    return ImmutableHistoryServer.builder().from(this).namespace(namespace).build();
  }

  public HistoryServer label(String key, String value) {
    return ImmutableHistoryServer.builder().from(this).putLabels(key, value).build();
  }

  public HistoryServer annotation(String key, String value) {
    return ImmutableHistoryServer.builder().from(this).putAnnotations(key, value).build();
  }

  public HistoryServer sparkVersion(String version) {
    return ImmutableHistoryServer.builder().from(this).sparkVersion(version).build();
  }

  public HistoryServer image(String image) {
    return ImmutableHistoryServer.builder().from(this).image(image).build();
  }

  public HistoryServer imagePullPolicy(PullPolicy policy) {
    return ImmutableHistoryServer.builder().from(this).imagePullPolicy(policy).build();
  }

  public HistoryServer logDirectory(String dir) {
    return ImmutableHistoryServer.builder().from(this).logDirectory(dir).build();
  }

  public HistoryServer server(SparkPod server) {
    return ImmutableHistoryServer.builder().from(this).server(server).build();
  }

  public HistoryServer sparkConf(String key, String value) {
    return ImmutableHistoryServer.builder().from(this).putSparkConf(key, value).build();
  }

  public HistoryServer keepEventLogFiles(int files) {
    return ImmutableHistoryServer.builder().from(this).keepEventLogFiles(files).build();
  }

  public HistoryServer cleaner(Duration maxAge) {
    return ImmutableHistoryServer.builder().from(this).cleanerMaxAge(maxAge).build();
  }

  /** Publishes the UI through a Gateway API gateway. */
  public HistoryServer route(GatewayRoute route) {
    return ImmutableHistoryServer.builder().from(this).route(route).build();
  }

  /** The history server's Spark settings: yours, with the typed ones (which yours may not contradict). */
  public Map<String, String> effectiveSparkConf() {
    Map<String, String> conf = new java.util.TreeMap<>(sparkConf());
    if (logDirectory().isPresent()) {
      conf.put(LOG_DIRECTORY_KEY, logDirectory().get());
    }
    if (keepEventLogFiles().isPresent()) {
      conf.put("spark.history.fs.eventLog.rolling.maxFilesToRetain", Integer.toString(keepEventLogFiles().getAsInt()));
    }
    if (cleanerMaxAge().isPresent()) {
      conf.put("spark.history.fs.cleaner.enabled", "true");
      conf.put("spark.history.fs.cleaner.maxAge", cleanerMaxAge().get().toSeconds() + "s");
    }
    return conf;
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.DNS_LABEL);
    Names.serviceName(p, name());
    SparkVersions.check(p, sparkVersion());
    if (image().isEmpty()) {
      p.add("has no image (image(\"apache/spark:4.0.1\"))");
    }
    if (logDirectory().isEmpty()) {
      p.add("has no log directory (logDirectory(\"s3a://spark-events/\"))");
    } else {
      EventLogs.validate(p.at("logDirectory"), logDirectory().get());
    }
    server().validate(p.at("server"));
    Map<String, String> typed = effectiveSparkConf();
    for (Map.Entry<String, String> e : sparkConf().entrySet()) {
      String k = e.getKey();
      if (!k.startsWith("spark.")) {
        p.warn("sparkConf key \"%s\" does not start with \"spark.\"; Spark ignores it", k);
      } else if (!typed.get(k).equals(e.getValue())) {
        p.add("sparkConf %s=%s contradicts the typed setting (%s); set it in one place", k, e.getValue(), typed.get(k));
      }
    }
    if (keepEventLogFiles().isPresent() && keepEventLogFiles().getAsInt() < 1) {
      p.add("keepEventLogFiles %d must be at least 1", keepEventLogFiles().getAsInt());
    }
    if (cleanerMaxAge().isPresent()) {
      Duration a = cleanerMaxAge().get();
      if (a.isNegative() || a.isZero() || a.getNano() != 0) {
        p.add("cleaner maxAge %s must be a positive whole number of seconds", a);
      }
    }
    if (route().isPresent()) {
      route().get().validate(p.at("route"));
    }
  }
}
