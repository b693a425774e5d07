package dev.sparkform.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.k8s.KubernetesConf$;
import org.apache.spark.deploy.k8s.KubernetesDriverConf;
import org.apache.spark.deploy.k8s.KubernetesDriverSpec;
import org.apache.spark.deploy.k8s.KubernetesExecutorConf;
import org.apache.spark.deploy.k8s.KubernetesExecutorSpec;
import org.apache.spark.deploy.k8s.SparkPod;
import org.apache.spark.deploy.k8s.submit.JavaMainAppResource;
import org.apache.spark.deploy.k8s.submit.KubernetesDriverBuilder;
import org.apache.spark.deploy.k8s.submit.MainAppResource;
import org.apache.spark.deploy.k8s.submit.PythonMainAppResource;
import org.apache.spark.resource.ResourceProfile$;
import org.apache.spark.scheduler.cluster.k8s.KubernetesExecutorBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scala.Option;

/**
 * Spark 4.2.0's own driver and executor pod builders, fed every example's rendered spark-submit
 * files (golden/approved/spark-submit/EXAMPLE/APP.properties, its pod templates and APP.args), must
 * build the pods Sparkform predicts (APP.expected.properties) and keep every setting we rendered.
 * No cluster is contacted: the builders only read the pod template files through the client.
 */
class SparkOracleTest {
  static final Path RENDERED = Path.of("..", "golden", "approved", "spark-submit").toAbsolutePath().normalize();
  private static KubernetesClient client;

  @BeforeAll
  static void client() {
    client = new KubernetesClientBuilder().build();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  /** One rendered app: its directory and name. */
  record App(Path dir, String name) {
    @Override
    public String toString() {
      return dir.getFileName() + "/" + name;
    }

    Map<String, String> properties() throws IOException {
      return load(dir.resolve(name + ".properties"));
    }

    Map<String, String> expected() throws IOException {
      return load(dir.resolve(name + ".expected.properties"));
    }

    List<String> args() throws IOException {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve(name + ".args"), StandardCharsets.UTF_8)) {
        out.add(unescape(line));
      }
      return out;
    }
  }

  /** An .args line: {@code \\} is a backslash, {@code \n} a line feed, {@code \r} a carriage return. */
  static String unescape(String line) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char n = line.charAt(++i);
        sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Test
  void argsLinesAreUnescapedOnce() {
    assertEquals("a\\nb", unescape("a\\\\nb"));
    assertEquals("a\nb\\", unescape("a\\nb\\\\"));
  }

  static Stream<App> apps() throws IOException {
    List<App> apps = new ArrayList<>();
    try (Stream<Path> examples = Files.list(RENDERED)) {
      for (Path dir : examples.sorted().collect(Collectors.toList())) {
        try (Stream<Path> files = Files.list(dir)) {
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.properties")).sorted()
              .forEach(n -> apps.add(new App(dir, n.substring(0, n.length() - ".expected.properties".length()))));
        }
      }
    }
    return apps.stream();
  }

  @Test
  void theRenderedFilesAreThere() throws IOException {
    assertTrue(Files.isDirectory(RENDERED), RENDERED + " (written by the golden module)");
    assertTrue(apps().count() >= 4, "at least four rendered apps: " + apps().collect(Collectors.toList()));
    assertTrue(apps().anyMatch(a -> {
      try {
        return a.expected().get("type").equals("python");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }), "a Python app is among them");
  }

  private static Map<String, String> load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }

  /** The rendered properties as spark-submit hands them to the driver builder. */
  private static SparkConf conf(App app, Map<String, String> props) {
    SparkConf conf = new SparkConf(false);
    props.forEach(conf::set);
    conf.set("spark.master", "k8s://https://kubernetes.default.svc");
    conf.set("spark.app.name", app.name);
    for (String role : List.of("driver", "executor")) {
      String key = "spark.kubernetes." + role + ".podTemplateFile";
      if (props.containsKey(key)) {
        Path template = app.dir.resolve(props.get(key));
        assertTrue(Files.isRegularFile(template), template + " exists");
        conf.set(key, template.toString());
      }
    }
    return conf;
  }

  /** Main class, application file and its arguments, from the rendered argument list. */
  private static final class Submission {
    String mainClass;
    String file;
    List<String> arguments = new ArrayList<>();
  }

  private static Submission submission(App app) throws IOException {
    List<String> args = app.args();
    Submission s = new Submission();
    int i = 0;
    while (i < args.size() && args.get(i).startsWith("--")) {
      if (args.get(i).equals("--class")) {
        s.mainClass = args.get(i + 1);
      }
      i += 2;
    }
    s.file = args.get(i);
    s.arguments.addAll(args.subList(i + 1, args.size()));
    return s;
  }

  /** The driver's own conf: what was submitted plus the system properties the driver builder adds. */
  private static Map<String, String> driverSystemProperties = Map.of();

  private static SparkPod driver(App app, SparkConf conf) throws IOException {
    Submission s = submission(app);
    boolean python = app.expected().get("type").equals("python");
    MainAppResource resource = python ? new PythonMainAppResource(s.file) : new JavaMainAppResource(Option.apply(s.file));
    String mainClass = python ? "org.apache.spark.deploy.PythonRunner" : s.mainClass;
    KubernetesDriverConf driverConf = KubernetesConf$.MODULE$.createDriverConf(conf, "spark-oracle-app", resource,
        mainClass, s.arguments.toArray(new String[0]), (String) null);
    KubernetesDriverSpec spec = new KubernetesDriverBuilder().buildFromFeatures(driverConf, client);
    driverSystemProperties = spec.getSystemPropertiesAsJavaMap();
    // Spark creates the pod in the conf's namespace (the pod itself carries none).
    return SparkPod.apply(new io.fabric8.kubernetes.api.model.PodBuilder(spec.pod().pod()).editOrNewMetadata()
        .withNamespace(driverConf.namespace()).endMetadata().build(), spec.pod().container());
  }

  private static SparkPod executor(SparkConf conf, Pod driverPod) {
    ResourceProfile$.MODULE$.clearDefaultProfile();
    KubernetesExecutorConf executorConf = KubernetesConf$.MODULE$.createExecutorConf(conf, "1", "spark-oracle-app",
        Option.apply(driverPod), 0);
    org.apache.spark.SecurityManager security = new org.apache.spark.SecurityManager(conf, Option.empty(),
        org.apache.spark.SecurityManager$.MODULE$.$lessinit$greater$default$3());
    KubernetesExecutorSpec spec = new KubernetesExecutorBuilder().buildFromFeatures(executorConf, security, client,
        ResourceProfile$.MODULE$.getOrCreateDefaultProfile(conf));
    return SparkPod.apply(new io.fabric8.kubernetes.api.model.PodBuilder(spec.pod().pod()).editOrNewMetadata()
        .withNamespace(executorConf.namespace()).endMetadata().build(), spec.pod().container());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void sparkBuildsTheDriverPodWePredict(App app) throws IOException {
    Map<String, String> props = app.properties();
    SparkPod built = driver(app, conf(app, props));
    check(app, props, "driver", built);
    // The driver container runs the application file with its arguments exactly as rendered.
    Submission s = submission(app);
    List<String> tail = new ArrayList<>(List.of(s.file));
    tail.addAll(s.arguments);
    List<String> args = built.container().getArgs();
    assertEquals(tail, args.subList(args.size() - tail.size(), args.size()), "driver container args " + args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void sparkBuildsTheExecutorPodWePredict(App app) throws IOException {
    check(app, app.properties(), "executor", executor(app));
  }

  /** The driver pod Spark builds for the app. */
  static SparkPod driver(App app) throws IOException {
    return driver(app, conf(app, app.properties()));
  }

  /** One executor pod, as the app's driver builds it. */
  static SparkPod executor(App app) throws IOException {
    Map<String, String> props = app.properties();
    SparkConf conf = conf(app, props);
    SparkPod driver = driver(app, conf);
    // The driver creates the executors with its conf: the submitted one plus its system properties,
    // except that the executor template, which Spark ships in a config map mounted into the driver,
    // is read here from the rendered file it copies.
    driverSystemProperties.forEach((k, v) -> {
      if (!k.equals("spark.kubernetes.executor.podTemplateFile")) {
        conf.set(k, v);
      }
    });
    Pod driverPod = new io.fabric8.kubernetes.api.model.PodBuilder(driver.pod()).editOrNewMetadata()
        .withUid("00000000-0000-0000-0000-000000000000").endMetadata().build();
    return executor(conf, driverPod);
  }

  /** An app a Job runs in the cluster: its rendered config map of files, and its local files. */
  record Submitted(App app, io.fabric8.kubernetes.api.model.ConfigMap files) {
    @Override
    public String toString() {
      return app.toString() + " in cluster";
    }
  }

  static Stream<Submitted> submittedInCluster() throws IOException {
    List<Submitted> out = new ArrayList<>();
    Path approved = RENDERED.getParent();
    for (App app : apps().collect(Collectors.toList())) {
      Path stack = approved.resolve(app.dir.getFileName() + ".spark-submit.approved.yaml");
      if (!Files.isRegularFile(stack)) {
        continue;
      }
      try (InputStream in = Files.newInputStream(stack)) {
        client.load(in).items().stream()
            .filter(o -> o instanceof io.fabric8.kubernetes.api.model.ConfigMap
                && o.getMetadata().getName().equals(app.name + "-submit"))
            .forEach(o -> out.add(new Submitted(app, (io.fabric8.kubernetes.api.model.ConfigMap) o)));
      }
    }
    return out.stream();
  }

  @Test
  void someAppsAreSubmittedFromTheCluster() throws IOException {
    assertTrue(submittedInCluster().count() >= 2, "apps with a schedule or a time to live: "
        + submittedInCluster().collect(Collectors.toList()));
  }

  /**
   * The Job's script fills the owner placeholders of the driver template with its pod's name and
   * UID; Spark must keep the template's owner reference on the driver pod it builds (it adds none of
   * its own), so that deleting the Job deletes the app's pods.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("submittedInCluster")
  void theDriverPodSparkBuildsIsOwnedByTheSubmitterPod(Submitted s, @org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    String templateName = s.app().name + "-driver-pod-template.yaml";
    String template = s.files().getData().get(templateName);
    assertNotNull(template, templateName + " in " + s.files().getData().keySet());
    String uid = "9d6f3c1e-1111-4222-8333-444455556666";
    Path filled = tmp.resolve(templateName);
    Files.writeString(filled, template.replace("@SPARKFORM_OWNER_NAME@", "nightly-29401234-x7k2p")
        .replace("@SPARKFORM_OWNER_UID@", uid), StandardCharsets.UTF_8);
    Map<String, String> props = s.app().properties();
    SparkConf conf = conf(s.app(), props);
    conf.set("spark.kubernetes.driver.podTemplateFile", filled.toString());
    Pod pod = driver(s.app(), conf).pod();
    List<io.fabric8.kubernetes.api.model.OwnerReference> owners = pod.getMetadata().getOwnerReferences();
    assertEquals(1, owners.size(), owners.toString());
    assertEquals("v1", owners.get(0).getApiVersion());
    assertEquals("Pod", owners.get(0).getKind());
    assertEquals("nightly-29401234-x7k2p", owners.get(0).getName());
    assertEquals(uid, owners.get(0).getUid());
    // The in-cluster script passes exactly the local settings plus the template (and a pod name per run).
    String script = s.files().getData().get(s.app().name + ".sh");
    for (Map.Entry<String, String> e : props.entrySet()) {
      if (!e.getKey().equals("spark.kubernetes.driver.podTemplateFile")) {
        assertTrue(script.contains("'" + e.getKey() + "=" + e.getValue() + "'"), e.getKey() + " in the Job's script");
      }
    }
    assertTrue(script.contains("'spark.kubernetes.driver.podTemplateFile=" + templateName + "'"), script);
  }

  /** Everything we rendered for {@code role} is in the pod Spark built, and the sizes are ours. */
  private static void check(App app, Map<String, String> props, String role, SparkPod built) throws IOException {
    Map<String, String> expected = app.expected();
    Pod pod = built.pod();
    Container c = built.container();
    String k8s = "spark.kubernetes." + role + ".";

    assertEquals(props.get("spark.kubernetes.namespace"), pod.getMetadata().getNamespace(), "namespace");
    if (role.equals("driver")) {
      assertEquals(props.get("spark.kubernetes.authenticate.driver.serviceAccountName"),
          pod.getSpec().getServiceAccountName(), "service account");
    }
    assertEquals(props.getOrDefault(k8s + "container.image", props.get("spark.kubernetes.container.image")),
        c.getImage(), "image");
    assertEquals(props.getOrDefault("spark.kubernetes.container.image.pullPolicy", "IfNotPresent"),
        c.getImagePullPolicy(), "pull policy");

    // Sizes: memory request = limit = heap + overhead as the DSL computed; CPU request and limit.
    Quantity memory = new Quantity(expected.get(role + ".pod.memory"));
    assertAmount(memory, c.getResources().getRequests().get("memory"), role + " memory request");
    assertAmount(memory, c.getResources().getLimits().get("memory"), role + " memory limit");
    assertAmount(new Quantity(expected.get(role + ".pod.cpu.request")), c.getResources().getRequests().get("cpu"),
        role + " cpu request");
    String limit = expected.get(role + ".pod.cpu.limit");
    if (limit == null) {
      assertNull(c.getResources().getLimits().get("cpu"), role + " has no cpu limit");
    } else {
      assertAmount(new Quantity(limit), c.getResources().getLimits().get("cpu"), role + " cpu limit");
    }

    // GPUs (extended resources are limits only): exactly those we predict.
    Map<String, String> gpus = prefixed(expected, role + ".pod.gpu.");
    Map<String, String> builtGpus = new TreeMap<>();
    c.getResources().getLimits().forEach((k, v) -> {
      if (!k.equals("cpu") && !k.equals("memory")) {
        builtGpus.put(k, v.toString());
      }
    });
    assertEquals(gpus, builtGpus, role + " GPU limits");

    // Labels, node selector, env, volumes from our keys.
    assertEquals(role, pod.getMetadata().getLabels().get("spark-role"));
    Map<String, String> labels = prefixed(props, k8s + "label.");
    labels.putAll(prefixed(props, "spark.kubernetes." + role + ".label."));
    labels.forEach((k, v) -> assertEquals(v, pod.getMetadata().getLabels().get(k), "label " + k));
    Map<String, String> selector = prefixed(props, "spark.kubernetes.node.selector.");
    selector.putAll(prefixed(props, k8s + "node.selector."));
    assertEquals(selector, pod.getSpec().getNodeSelector() == null ? Map.of() : pod.getSpec().getNodeSelector(),
        "node selector");
    Map<String, EnvVar> env = c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e, (a, b) -> b));
    prefixed(props, role.equals("driver") ? "spark.kubernetes.driverEnv." : "spark.executorEnv.")
        .forEach((k, v) -> assertEquals(v, Optional.ofNullable(env.get(k)).map(EnvVar::getValue).orElse(null), "env " + k));
    prefixed(props, k8s + "secretKeyRef.").forEach((k, v) -> {
      EnvVar e = env.get(k);
      assertNotNull(e, "env " + k + " from a secret");
      assertEquals(v, e.getValueFrom().getSecretKeyRef().getName() + ":" + e.getValueFrom().getSecretKeyRef().getKey());
    });
    Map<String, Volume> volumes = pod.getSpec().getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
    Map<String, VolumeMount> mounts = c.getVolumeMounts().stream()
        .collect(Collectors.toMap(VolumeMount::getName, m -> m, (a, b) -> a));
    prefixed(props, k8s + "volumes.").forEach((k, v) -> {
      if (k.endsWith(".mount.path")) {
        String name = k.split("\\.")[1];
        assertTrue(volumes.containsKey(name), "volume " + name + " in " + volumes.keySet());
        assertEquals(v, mounts.get(name).getMountPath(), "mount path of " + name);
      }
    });
    prefixed(props, k8s + "secrets.").forEach((secret, path) -> assertTrue(c.getVolumeMounts().stream()
        .anyMatch(m -> m.getMountPath().equals(path) && volumes.get(m.getName()).getSecret() != null
            && volumes.get(m.getName()).getSecret().getSecretName().equals(secret)), "secret " + secret + " at " + path));

    // What only the template carries: tolerations, affinity, priority class, template env and volumes.
    String file = props.get(k8s + "podTemplateFile");
    if (file != null) {
      Pod template;
      try (InputStream in = Files.newInputStream(app.dir.resolve(file))) {
        template = client.pods().load(in).item();
      }
      assertEquals(template.getSpec().getTolerations(), pod.getSpec().getTolerations(), "tolerations");
      assertEquals(template.getSpec().getAffinity(), pod.getSpec().getAffinity(), "affinity");
      assertEquals(template.getSpec().getPriorityClassName(), pod.getSpec().getPriorityClassName(), "priority class");
      for (Volume v : template.getSpec().getVolumes()) {
        assertEquals(v, volumes.get(v.getName()), "template volume " + v.getName());
      }
      for (Container tc : template.getSpec().getContainers()) {
        assertEquals(props.get(k8s + "podTemplateContainerName"), tc.getName());
        for (EnvVar e : tc.getEnv()) {
          assertEquals(e, env.get(e.getName()), "template env " + e.getName());
        }
        for (VolumeMount m : tc.getVolumeMounts()) {
          assertTrue(c.getVolumeMounts().contains(m), "template mount " + m);
        }
        if (tc.getSecurityContext() != null) {
          assertEquals(tc.getSecurityContext(), c.getSecurityContext(), "container security context");
        }
      }
    } else {
      assertFalse(pod.getSpec().getTolerations() != null && !pod.getSpec().getTolerations().isEmpty(), "no tolerations");
    }
  }

  private static void assertAmount(Quantity expected, Quantity actual, String what) {
    assertNotNull(actual, what);
    assertEquals(0, expected.getNumericalAmount().compareTo(actual.getNumericalAmount()),
        what + ": Sparkform predicts " + expected + ", Spark built " + actual);
  }

  private static Map<String, String> prefixed(Map<String, String> props, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    props.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }
}
