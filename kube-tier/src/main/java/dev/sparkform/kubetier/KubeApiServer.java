package dev.sparkform.kubetier;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A real kube-apiserver on a real etcd, on 127.0.0.1 (random ports), for tests: static tokens
 * ({@link #ADMIN} in {@code system:masters}, {@link #DEPLOYER} and {@link #OTHER} as plain users),
 * {@code --authorization-mode Node,RBAC}, and an audit log at level Metadata ({@link #audit()}) to
 * count the write requests a test made. No controllers run: namespaces stay Terminating until
 * {@link #deleteNamespace finalized}, nothing becomes Ready, custom resources are never reconciled.
 */
public final class KubeApiServer implements AutoCloseable {
  /** A cluster admin (group {@code system:masters}). */
  public static final String ADMIN = "sparkform-admin";
  /** A user with no permissions until a test grants some (a namespace-scoped deployer). */
  public static final String DEPLOYER = "deployer";
  /** A second cluster admin: another tool or person writing the same objects. */
  public static final String OTHER = "other-admin";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final Process etcd;
  private final Process apiserver;
  private final String url;
  private final HttpClient http;
  private final List<KubernetesClient> clients = new ArrayList<>();

  private KubeApiServer(Path dir, Process etcd, Process apiserver, String url, HttpClient http) {
    this.dir = dir;
    this.etcd = etcd;
    this.apiserver = apiserver;
    this.url = url;
    this.http = http;
  }

  /** Builds the binaries if needed (minutes, once per machine), starts etcd and kube-apiserver, waits for readyz. */
  public static KubeApiServer start() {
    Path bin = Binaries.locate();
    Path dir;
    try {
      dir = Files.createTempDirectory("sparkform-kube-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Process etcd = null;
    Process apiserver = null;
    try {
      int client = freePort();
      int peer = freePort();
      int secure = freePort();
      etcd = new ProcessBuilder(bin.resolve("etcd").toString(),
          "--name", "sparkform", "--data-dir", dir.resolve("etcd").toString(),
          "--listen-client-urls", "http://127.0.0.1:" + client, "--advertise-client-urls", "http://127.0.0.1:" + client,
          "--listen-peer-urls", "http://127.0.0.1:" + peer, "--initial-advertise-peer-urls", "http://127.0.0.1:" + peer,
          "--initial-cluster", "sparkform=http://127.0.0.1:" + peer, "--unsafe-no-fsync", "--log-level", "warn")
          .redirectErrorStream(true).redirectOutput(dir.resolve("etcd.log").toFile()).start();
      HttpClient http = HttpClient.newBuilder().sslContext(trustAll()).connectTimeout(Duration.ofSeconds(2)).build();
      await(http, "etcd", etcd, dir.resolve("etcd.log"), HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + client + "/health")).build());

      write(dir.resolve("tokens.csv"), "admin-token," + ADMIN + ",1,\"system:masters\"\n"
          + "deployer-token," + DEPLOYER + ",2\n"
          + "other-token," + OTHER + ",3,\"system:masters\"\n");
      write(dir.resolve("audit-policy.yaml"), "apiVersion: audit.k8s.io/v1\nkind: Policy\n"
          + "omitStages: [RequestReceived]\nrules:\n- level: Metadata\n");
      write(dir.resolve("sa.key"), serviceAccountKey());
      Files.createDirectories(dir.resolve("certs"));
      apiserver = new ProcessBuilder(bin.resolve("kube-apiserver").toString(),
          "--etcd-servers", "http://127.0.0.1:" + client,
          "--bind-address", "127.0.0.1", "--advertise-address", "127.0.0.1", "--secure-port", Integer.toString(secure),
          "--cert-dir", dir.resolve("certs").toString(),
          "--token-auth-file", dir.resolve("tokens.csv").toString(),
          "--authorization-mode", "Node,RBAC",
          "--service-account-issuer", "https://kubernetes.default.svc",
          "--service-account-key-file", dir.resolve("sa.key").toString(),
          "--service-account-signing-key-file", dir.resolve("sa.key").toString(),
          "--service-cluster-ip-range", "10.0.0.0/24",
          // Otherwise it exits: 127.0.0.1 is not an address it may publish as the kubernetes Service's endpoint.
          "--endpoint-reconciler-type", "none",
          "--audit-policy-file", dir.resolve("audit-policy.yaml").toString(),
          "--audit-log-path", dir.resolve("audit.log").toString(), "--audit-log-mode", "blocking",
          // Never rotated (the default rotates at 100 MB, which a benchmark of thousands of objects
          // reaches): audit() reads one file, and event counts stay comparable.
          "--audit-log-maxsize", "1000000")
          .redirectErrorStream(true).redirectOutput(dir.resolve("kube-apiserver.log").toFile()).start();
      String url = "https://127.0.0.1:" + secure;
      await(http, "kube-apiserver", apiserver, dir.resolve("kube-apiserver.log"), HttpRequest.newBuilder(
          URI.create(url + "/readyz")).header("Authorization", "Bearer admin-token").build());
      return new KubeApiServer(dir, etcd, apiserver, url, http);
    } catch (IOException | RuntimeException e) {
      stop(apiserver);
      stop(etcd);
      throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
    }
  }

  public String url() {
    return url;
  }

  /** A client as {@code user} ({@link #ADMIN}, {@link #DEPLOYER} or {@link #OTHER}); closed with the server. */
  public synchronized KubernetesClient client(String user) {
    KubernetesClient c = new KubernetesClientBuilder().withConfig(config(user)).build();
    clients.add(c);
    return c;
  }

  /** An admin client. */
  public KubernetesClient client() {
    return client(ADMIN);
  }

  /** Connection settings for {@code user}, and nothing from the machine's kubeconfig. */
  public Config config(String user) {
    String token = switch (user) {
      case ADMIN -> "admin-token";
      case DEPLOYER -> "deployer-token";
      case OTHER -> "other-token";
      default -> throw new IllegalArgumentException("no token for user " + user);
    };
    return new ConfigBuilder(Config.empty()).withMasterUrl(url).withOauthToken(token).withTrustCerts(true)
        .withDisableHostnameVerification(true).withNamespace(null).build();
  }

  /** The requests the server has answered so far, one event each. */
  public AuditLog audit() {
    return AuditLog.read(dir.resolve("audit.log"));
  }

  /** Creates a namespace named {@code name}. */
  public void createNamespace(String name) {
    client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
  }

  /**
   * Deletes a namespace as the namespace controller would (none runs here): every namespaced
   * resource the server serves is deleted from it (found by discovery), then the namespace is
   * finalized. Otherwise its contents would stay in etcd and come back with a namespace of that name.
   */
  public void deleteNamespace(String name) {
    KubernetesClient c = client();
    if (c.namespaces().withName(name).get() == null) {
      return;
    }
    c.namespaces().withName(name).delete();
    for (String collection : namespacedCollections(c)) {
      int code = send("DELETE", collection.replace("{ns}", name), null);
      if (code >= 300 && code != 404 && code != 405) {
        throw new IllegalStateException("DELETE " + collection.replace("{ns}", name) + " answered " + code);
      }
    }
    String body = "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"" + name
        + "\"},\"spec\":{\"finalizers\":[]}}";
    for (int i = 0; i < 50 && c.namespaces().withName(name).get() != null; i++) {
      send("PUT", "/api/v1/namespaces/" + name + "/finalize", body);
      sleep(100);
    }
    if (c.namespaces().withName(name).get() != null) {
      throw new IllegalStateException("namespace " + name + " was not removed");
    }
  }

  /** {@code /api/v1/namespaces/{ns}/configmaps} and the like: every namespaced resource that can be deleted as a collection. */
  private static List<String> namespacedCollections(KubernetesClient c) {
    List<String> out = new ArrayList<>();
    List<String> groupVersions = new ArrayList<>(List.of("v1"));
    c.getApiGroups().getGroups().forEach(g -> groupVersions.add(g.getPreferredVersion().getGroupVersion()));
    for (String gv : groupVersions) {
      String base = gv.equals("v1") ? "/api/v1" : "/apis/" + gv;
      for (var r : c.getApiResources(gv).getResources()) {
        if (Boolean.TRUE.equals(r.getNamespaced()) && !r.getName().contains("/")
            && r.getVerbs().contains("deletecollection")) {
          out.add(base + "/namespaces/{ns}/" + r.getName());
        }
      }
    }
    return out;
  }

  /** Installs every CRD in the YAML files of {@code folder} and waits until each is Established. */
  public List<String> installCrds(Path folder) {
    KubernetesClient c = client();
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          for (HasMetadata o : c.load(in).items()) {
            c.resource(o).create();
            names.add(o.getMetadata().getName());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String n : names) {
      c.apiextensions().v1().customResourceDefinitions().withName(n)
          .waitUntilCondition(KubeApiServer::established, 60, TimeUnit.SECONDS);
    }
    return names;
  }

  private static boolean established(CustomResourceDefinition crd) {
    return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(x -> x.getType().equals("Established") && x.getStatus().equals("True"));
  }

  /** A raw request as the admin; returns the HTTP status. */
  public int send(String method, String path, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer admin-token")
        .header("Content-Type", "application/json");
    b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.method(method, HttpRequest.BodyPublishers.ofString(json));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops kube-apiserver, then etcd, and removes their data. */
  @Override
  public synchronized void close() {
    clients.forEach(KubernetesClient::close);
    stop(apiserver);
    stop(etcd);
    deleteTree(dir);
  }

  private static void await(HttpClient http, String what, Process process, Path log, HttpRequest probe) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(what + " exited with " + process.exitValue() + ":\n" + tail(log));
      }
      try {
        HttpResponse<String> r = http.send(probe, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
        last = r.statusCode() + " " + r.body();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(100);
    }
    throw new IllegalStateException(what + " not ready after " + READY_TIMEOUT.toSeconds() + " s (" + last + "):\n"
        + tail(log));
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void stop(Process p) {
    if (p == null) {
      return;
    }
    p.destroy();
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** An RSA key in PKCS#8 PEM: it signs service account tokens, and its public half verifies them. */
  private static String serviceAccountKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      byte[] der = g.generateKeyPair().getPrivate().getEncoded();
      return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
          .encodeToString(der) + "\n-----END PRIVATE KEY-----\n";
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's certificate is self-signed, made at start-up in a temporary folder: trusted as is. */
  static SSLContext trustAll() {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) { }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) { }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }}, new SecureRandom());
      return ctx;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the OS cleans up what is left
    }
  }
}
