package dev.sparkform.dsl;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A long-running Spark Connect server that notebooks and applications reach over gRPC at
 * {@code sc://NAME.NAMESPACE.svc.cluster.local:15002} (the Apache operator's: {@code NAME-0-driver-svc}): a Spark driver whose main class
 * ({@value #SERVER_CLASS}) is in the image, and the executors it starts on demand.
 *
 * <pre>{@code
 * sparkConnect("notebooks").sparkVersion("4.0.1").image("apache/spark:4.0.1")
 *     .server(driver().cores(2).memory(gib(8)))
 *     .executor(executor().cores(4).memory(gib(16)))
 *     .dynamicAllocation(dynamicAllocation().min(0).max(20))
 *     .allowClients("notebook-access", "true")
 * }</pre>
 *
 * Its settings are those of a {@link SparkApp} ({@link #app()}); like an app, it gets a
 * ServiceAccount, Role and RoleBinding unless its server uses a declared or existing service
 * account. With {@link #allowClients} a NetworkPolicy lets only pods with that label (and the
 * server's own executors) reach the server.
 */
@Value.Immutable
public abstract class SparkConnect implements StackResource {
  /** The server's main class, in every Spark image since 3.4. */
  public static final String SERVER_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer";
  /** Spark Connect's gRPC port ({@code spark.connect.grpc.binding.port}'s default). */
  public static final int PORT = 15002;
  static final String PORT_KEY = "spark.connect.grpc.binding.port";

  /** The server as the Spark app it is: main class {@value #SERVER_CLASS}, no main file. */
  public abstract SparkApp app();

  /** Pod labels of the clients the NetworkPolicy admits; empty: no NetworkPolicy. */
  public abstract Map<String, String> clientLabels();

  /** Annotations of the server's Service (e.g. for a load balancer or service mesh). */
  public abstract Map<String, String> serviceAnnotations();

  @Override
  public String kind() {
    return "SparkConnect";
  }

  @Override
  public String name() {
    return app().name();
  }

  @Override
  public Optional<String> namespace() {
    return app().namespace();
  }

  @Override
  public Map<String, String> labels() {
    return app().labels();
  }

  @Override
  public Map<String, String> annotations() {
    return app().annotations();
  }

  @Override
  public boolean namespaced() {
    return true;
  }

  static SparkConnect named(String name) {
    return ImmutableSparkConnect.builder()
        .app(ImmutableSparkApp.builder().name(name).mainClass(SERVER_CLASS).mainInImage(true).build()).build();
  }

  private SparkConnect with(SparkApp app) {
    return ImmutableSparkConnect.builder().from(this).app(app).build();
  }

  // ---- fluent: the app's settings

  public SparkConnect namespace(String namespace) {
    return with(app().namespace(namespace));
  }

  public SparkConnect label(String key, String value) {
    return with(app().label(key, value));
  }

  public SparkConnect annotation(String key, String value) {
    return with(app().annotation(key, value));
  }

  public SparkConnect sparkVersion(String version) {
    return with(app().sparkVersion(version));
  }

  public SparkConnect image(String image) {
    return with(app().image(image));
  }

  public SparkConnect imagePullPolicy(PullPolicy policy) {
    return with(app().imagePullPolicy(policy));
  }

  public SparkConnect imagePullSecrets(String... secretNames) {
    return with(app().imagePullSecrets(secretNames));
  }

  public SparkConnect sparkConf(String key, String value) {
    return with(app().sparkConf(key, value));
  }

  public SparkConnect hadoopConf(String key, String value) {
    return with(app().hadoopConf(key, value));
  }

  /** Packages (e.g. a catalog's runtime) and jars the sessions can use. */
  public SparkConnect deps(Deps deps) {
    return with(app().deps(deps));
  }

  /** The server pod: a driver ({@code driver().cores(2).memory(gib(8))}). */
  public SparkConnect server(SparkPod server) {
    return with(app().driver(server));
  }

  public SparkConnect executor(SparkPod executor) {
    return with(app().executor(executor));
  }

  public SparkConnect dynamicAllocation(DynamicAllocation dynamicAllocation) {
    return with(app().dynamicAllocation(dynamicAllocation));
  }

  public SparkConnect scheduling(Scheduling scheduling) {
    return with(app().scheduling(scheduling));
  }

  public SparkConnect plugins(String... classNames) {
    return with(app().plugins(classNames));
  }

  /** Writes the sessions' event log to {@code dir}, for a history server. */
  public SparkConnect eventLog(String dir) {
    return with(app().eventLog(dir));
  }

  /** The server runs as this service account, which exists outside the stack: no RBAC is derived. */
  public SparkConnect existingServiceAccount(String name) {
    return with(app().existingServiceAccount(name));
  }

  // ---- fluent: the server's own

  /** Admits client pods with this label to the gRPC port (a NetworkPolicy); may be given for several labels. */
  public SparkConnect allowClients(String labelKey, String labelValue) {
    return ImmutableSparkConnect.builder().from(this).putClientLabels(labelKey, labelValue).build();
  }

  public SparkConnect serviceAnnotation(String key, String value) {
    return ImmutableSparkConnect.builder().from(this).putServiceAnnotations(key, value).build();
  }

  /** Spark Connect came with Spark 3.4; before Spark 4.0 its server is a separate package, not in the image. */
  private void connectInVersion(Problems p) {
    if (SparkVersions.before(app().sparkVersion(), 3, 4)) {
      p.add("Spark %s has no Spark Connect server (it came with Spark 3.4)", app().sparkVersion().get());
    } else if (SparkVersions.before(app().sparkVersion(), 4, 0)
        && app().deps().packages().stream().noneMatch(d -> d.contains(":spark-connect_"))) {
      p.warn("Spark %s images do not hold the Spark Connect server: add deps(deps().packages("
          + "\"org.apache.spark:spark-connect_2.12:%s\"))", app().sparkVersion().get(), app().sparkVersion().get());
    }
  }

  @Override
  public void validate(Problems p) {
    app().validate(p);
    Names.serviceName(p, name());
    Names.labels(p.at("allowClients"), clientLabels());
    Names.annotations(p.at("serviceAnnotations"), serviceAnnotations());
    connectInVersion(p);
    String port = app().sparkConf().get(PORT_KEY);
    if (port != null && !port.trim().equals(Integer.toString(PORT))) {
      p.add("sparkConf %s=%s: the server's Service, NetworkPolicy and clients use port %d", PORT_KEY, port, PORT);
    }
  }
}
