package dev.sparkform.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered daily-summary script, run for real: {@code spark-submit} on its PATH is Spark 4.2.0's
 * own {@code SparkSubmit} (this module's class path), the API server is fabric8's in-memory one
 * (CRUD mode, the client version Spark ships), and this test plays the kubelet: the first driver pod
 * Spark creates ends Failed, the second Succeeded. The script must submit twice with its own driver
 * pod names, learn each outcome through Spark's {@code --status}, wait the interval (a fake
 * {@code sleep} records it) and exit 0.
 */
class RealSubmitLoopTest {
  private static final Path APP_DIR = SparkOracleTest.RENDERED.resolve("daily-summary");

  /** The in-memory server logs every request at INFO; held here, as a logger's level lives only as long as it. */
  static final java.util.logging.Logger QUIET = quiet();

  static java.util.logging.Logger quiet() {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
    l.setLevel(java.util.logging.Level.WARNING);
    return l;
  }

  /** What a run of a script against the in-memory API server did. */
  record Run(int exit, String output, List<Pod> drivers, List<String> sleeps) {}

  /**
   * Runs {@code command} (with {@code sh -c}) with real spark-submit first on the PATH, a fake sleep,
   * and {@code env} plus {@code SPARK_K8S_MASTER} set to the in-memory server. The first driver pod
   * Spark creates ends Failed, every later one Succeeded.
   */
  private static Run run(Path tmp, String command, java.util.Map<String, String> env) throws Exception {
    Path bin = tmp.resolve("bin");
    Files.createDirectories(bin);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(bin.resolve("spark-submit"), "#!/bin/sh\nexec '" + java + "' -Xmx512m -cp '"
        + System.getProperty("java.class.path") + "' org.apache.spark.deploy.SparkSubmit \"$@\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(bin.resolve("sleep"), "#!/bin/sh\necho \"$1\" >> \"" + tmp.resolve("sleeps") + "\"\n",
        StandardCharsets.UTF_8);
    assertTrue(bin.resolve("spark-submit").toFile().setExecutable(true));
    assertTrue(bin.resolve("sleep").toFile().setExecutable(true));

    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new ApplyCreates(), false);
    server.init();
    KubernetesClient client = server.createClient();
    List<Pod> drivers = new ArrayList<>();
    Thread kubelet = new Thread(() -> play(client, drivers));
    kubelet.setDaemon(true);
    kubelet.start();
    try {
      String url = server.url("/");
      ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(tmp.toFile()).redirectErrorStream(true);
      pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
      pb.environment().put("KUBECONFIG", tmp.resolve("no-kubeconfig").toString());
      pb.environment().put("SPARK_HOME", tmp.toString());
      pb.environment().putAll(env);
      pb.environment().put("SPARK_K8S_MASTER", url.substring(0, url.length() - 1));
      Process script = pb.start();
      byte[] said = script.getInputStream().readAllBytes();
      assertTrue(script.waitFor(5, TimeUnit.MINUTES), "the script ends");
      List<String> sleeps = Files.exists(tmp.resolve("sleeps")) ? Files.readAllLines(tmp.resolve("sleeps")) : List.of();
      synchronized (drivers) {
        return new Run(script.exitValue(), new String(said, StandardCharsets.UTF_8), List.copyOf(drivers), sleeps);
      }
    } finally {
      kubelet.interrupt();
      client.close();
      server.destroy();
    }
  }

  private static List<String> names(List<Pod> pods) {
    return pods.stream().map(p -> p.getMetadata().getName()).toList();
  }

  @Test
  void theScriptRetriesAFailedRunWithRealSparkSubmit(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("app");
    Files.createDirectories(out);
    try (var files = Files.list(APP_DIR)) {
      for (Path f : files.toList()) {
        Files.copy(f, out.resolve(f.getFileName()));
      }
    }
    Run r = run(tmp, "exec sh '" + out.resolve("daily-summary.sh") + "'", java.util.Map.of("SPARKFORM_RUN_ID", "nightly"));
    assertEquals(0, r.exit(), r.output());
    assertEquals(List.of("nightly-1-driver", "nightly-2-driver"), names(r.drivers()), r.output());
    assertTrue(r.output().contains("sparkform: run 1 of daily-summary (driver pod nightly-1-driver) ended in phase Failed"),
        r.output());
    assertTrue(r.output().contains(
        "sparkform: run 2 of daily-summary (driver pod nightly-2-driver) ended in phase Succeeded"), r.output());
    assertEquals(List.of("600"), r.sleeps(), "one retry after 1 x 10 minutes");
    assertTrue(r.drivers().get(0).getMetadata().getOwnerReferences().isEmpty(), "a local run has no owner");
  }

  /**
   * The CronJob's pod, as the rendered YAML has it: its command, run with its environment (the
   * downward API's pod name and UID given here), the ConfigMap's files where the pod mounts them
   * (paths moved into a temporary directory). Every driver pod Spark creates is owned by that pod.
   */
  @Test
  void theCronJobsPodSubmitsDriverPodsItOwns(@TempDir Path tmp) throws Exception {
    List<io.fabric8.kubernetes.api.model.HasMetadata> objects;
    try (KubernetesClient reader = new io.fabric8.kubernetes.client.KubernetesClientBuilder().build();
        var in = Files.newInputStream(SparkOracleTest.RENDERED.resolveSibling("daily-summary.spark-submit.approved.yaml"))) {
      objects = reader.load(in).items();
    }
    io.fabric8.kubernetes.api.model.ConfigMap files = objects.stream()
        .filter(o -> o instanceof io.fabric8.kubernetes.api.model.ConfigMap)
        .map(o -> (io.fabric8.kubernetes.api.model.ConfigMap) o).findFirst().orElseThrow();
    io.fabric8.kubernetes.api.model.batch.v1.CronJob cron = objects.stream()
        .filter(o -> o instanceof io.fabric8.kubernetes.api.model.batch.v1.CronJob)
        .map(o -> (io.fabric8.kubernetes.api.model.batch.v1.CronJob) o).findFirst().orElseThrow();
    io.fabric8.kubernetes.api.model.PodSpec pod = cron.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    io.fabric8.kubernetes.api.model.Container c = pod.getContainers().get(0);
    assertEquals(List.of("/bin/sh", "-c"), c.getCommand().subList(0, 2));
    java.util.Map<String, String> mounts = new HashMap<>();
    for (var m : c.getVolumeMounts()) {
      Path local = tmp.resolve(m.getName());
      Files.createDirectories(local);
      mounts.put(m.getMountPath(), local.toString());
    }
    String submitDir = c.getVolumeMounts().stream().filter(m -> Boolean.TRUE.equals(m.getReadOnly())).findFirst()
        .orElseThrow().getMountPath();
    for (var e : files.getData().entrySet()) {
      Files.writeString(Path.of(mounts.get(submitDir)).resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    String command = c.getCommand().get(2);
    for (var m : mounts.entrySet()) {
      command = command.replace(m.getKey(), m.getValue());
    }
    java.util.Map<String, String> env = new HashMap<>();
    String uid = "5f0c2d7e-aaaa-4bbb-8ccc-dddddddddddd";
    for (var e : c.getEnv()) {
      if (e.getValueFrom() != null) {
        String field = e.getValueFrom().getFieldRef().getFieldPath();
        env.put(e.getName(), field.equals("metadata.uid") ? uid : "daily-summary-29401234-x7k2p");
      } else {
        env.put(e.getName(), e.getValue());
      }
    }
    assertEquals("https://kubernetes.default.svc", env.get("SPARK_K8S_MASTER"), "replaced by the in-memory server here");
    Run r = run(tmp, command, env);
    assertEquals(0, r.exit(), r.output());
    assertEquals(List.of("daily-summary-29401234-x7k2p-1-driver", "daily-summary-29401234-x7k2p-2-driver"),
        names(r.drivers()), r.output());
    for (Pod driver : r.drivers()) {
      var owners = driver.getMetadata().getOwnerReferences();
      assertEquals(1, owners.size(), owners.toString());
      assertEquals("Pod", owners.get(0).getKind());
      assertEquals("daily-summary-29401234-x7k2p", owners.get(0).getName());
      assertEquals(uid, owners.get(0).getUid());
      assertEquals("daily-summary", driver.getSpec().getServiceAccountName());
      assertEquals("spark-critical", driver.getSpec().getPriorityClassName(), "the template's other settings stay");
    }
  }

  /**
   * Two things a real API server does that fabric8 7.6.1's in-memory one does not: a server-side
   * apply of an object it does not have creates it (Spark 4.2 creates the driver's service and config
   * maps that way), and a new pod starts with {@code status.phase: Pending} (Spark's watcher reads it).
   */
  static final class ApplyCreates extends KubernetesCrudDispatcher {
    ApplyCreates() {
      super(List.of());
    }

    @Override
    public MockResponse handlePatch(RecordedRequest request) {
      String type = request.getHeader("Content-Type");
      String path = request.getPath().contains("?") ? request.getPath().substring(0, request.getPath().indexOf('?'))
          : request.getPath();
      if (type != null && type.startsWith("application/apply-patch") && handleGet(path).code() == 404) {
        return handleCreate(new RecordedRequest(request.getHttpVersion(), HttpMethod.POST,
            path.substring(0, path.lastIndexOf('/')), request.getHeaders(), request.getBody()));
      }
      return super.handlePatch(request);
    }

    @Override
    public MockResponse handleCreate(RecordedRequest request) {
      if (!request.getPath().split("\\?")[0].endsWith("/pods")) {
        return super.handleCreate(request);
      }
      Pod pod = Serialization.unmarshal(request.getUtf8Body(), Pod.class);
      if (pod.getStatus() == null || pod.getStatus().getPhase() == null) {
        pod.setStatus(new PodStatusBuilder().withPhase("Pending").build());
      }
      return super.handleCreate(new RecordedRequest(request.getHttpVersion(), HttpMethod.POST, request.getPath(),
          request.getHeaders(), new Buffer().writeUtf8(Serialization.asJson(pod))));
    }
  }

  /** Ends the first driver pod Failed and every later one Succeeded, as soon as Spark has created it. */
  private static void play(KubernetesClient client, List<Pod> drivers) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        for (Pod pod : client.pods().inNamespace("analytics").list().getItems()) {
          if ("Pending".equals(pod.getStatus().getPhase())) {
            synchronized (drivers) {
              drivers.add(pod);
            }
            String phase = drivers.size() == 1 ? "Failed" : "Succeeded";
            client.pods().inNamespace("analytics").resource(new PodBuilder(pod).withNewStatus().withPhase(phase)
                .endStatus().build()).updateStatus();
          }
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException done) {
      Thread.currentThread().interrupt();
    }
  }
}
