package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.cli.CliTest.Run;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which cluster: a context the kubeconfig does not have is an error before any request (it used to
 * fall back to the current context), and the CLI's whole lifecycle on a real API server: the
 * README's render-then-kubectl install, and apply, plan, destroy.
 */
@ExtendWith(RealApiServerExtension.class)
class KubeconfigContextTest {
  @TempDir
  Path dir;

  @AfterEach
  void restore() {
    System.clearProperty("kubeconfig");
  }

  /** A kubeconfig with contexts {@code dev} (current, the real server) and {@code prod} (an address nobody answers). */
  void kubeconfig(KubeApiServer server) throws IOException {
    System.setProperty("kubeconfig", writeKubeconfig(server, dir).toString());
  }

  static Path writeKubeconfig(KubeApiServer server, Path dir) throws IOException {
    Path f = dir.resolve("config");
    Files.writeString(f, "apiVersion: v1\nkind: Config\ncurrent-context: dev\nclusters:\n"
        + "- name: dev\n  cluster:\n    server: " + server.url() + "\n    insecure-skip-tls-verify: true\n"
        + "- name: prod\n  cluster:\n    server: https://127.0.0.1:9\n"
        + "users:\n- name: admin\n  user:\n    token: " + server.config(KubeApiServer.ADMIN).getOauthToken() + "\n"
        + "contexts:\n- name: dev\n  context:\n    cluster: dev\n    user: admin\n"
        + "- name: prod\n  context:\n    cluster: prod\n    user: admin\n");
    return f;
  }

  @Test
  void anUnknownContextIsAUsageErrorNamingTheContextsAndNothingIsAsked(KubeApiServer server) throws IOException {
    kubeconfig(server);
    int before = server.audit().size();
    Run r = CliTest.run(null, "destroy", "--example", "spark-pi", "--context", "prdo");
    assertEquals(Cli.USAGE, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("has no context \"prdo\"; its contexts: dev, prod (current: dev)"), r.err());
    // the server's own loopback requests (its controllers, just after start-up) are not ours
    assertEquals(List.of(), server.audit().since(before).by(KubeApiServer.ADMIN),
        "not one request reached the current context's server");
  }

  @Test
  void noKubeconfigOutsideAPodSuggestsContextOrSandboxForEveryVerbThatAsksACluster() {
    System.setProperty("kubeconfig", dir.resolve("missing").toString());
    for (String verb : new String[] {"plan", "apply", "destroy", "history", "rollback"}) {
      String[] args = verb.equals("rollback") ? new String[] {verb, "--example", "spark-pi", "--to", "1"}
          : new String[] {verb, "--example", "spark-pi"};
      Run r = CliTest.run(null, args);
      assertEquals(Cli.USAGE, r.code(), verb + ": " + r.out() + r.err());
      assertTrue(r.err().contains("does not exist, and this is not a pod): set KUBECONFIG and pass --context NAME,"
          + " or use --sandbox for an in-memory API server"), verb + ": " + r.err());
      assertFalse(r.err().contains("UnknownHost") || r.err().contains("kubernetes.default.svc"), r.err());
    }
  }

  /**
   * The README's quick start: {@code render --out out/}, then its install command, as written there,
   * with kubectl against the real server: every object is created, and kubectl reads nothing it cannot apply.
   */
  @Test
  void theReadmesInstallCommandInstallsARenderedDirectory(KubeApiServer server) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(RealApiServerExtension.crdFolder().isPresent(),
        "no ../shared/reference/crds: spark-pi's SparkApplication cannot be applied");
    String readme = Files.readString(Path.of("..", "README.md"));
    String install = "kubectl apply -k out/";
    assertTrue(readme.contains("`" + install + "` installs it"), "the README's quick start names " + install);
    assertFalse(readme.contains("kubectl apply -f out"), "kubectl apply -f reads kustomization.yaml as an object");
    Path out = dir.resolve("out");
    Run render = CliTest.run(null, "render", "--example", "spark-pi", "--out", out.toString());
    assertEquals(0, render.code(), render.err());
    Path kubeconfig = writeKubeconfig(server, dir);
    try {
      List<String> argv = new ArrayList<>(List.of(kubectl(), "--kubeconfig", kubeconfig.toString()));
      argv.addAll(List.of(install.substring("kubectl ".length()).split(" ")));
      Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), output);
      assertTrue(output.contains("sparkapplication.sparkoperator.k8s.io/spark-pi created"), output);
      assertEquals(7, output.lines().filter(l -> l.endsWith(" created")).count(), output);
      assertEquals("spark-pi", server.client().genericKubernetesResources("sparkoperator.k8s.io/v1beta2", "SparkApplication")
          .inNamespace("spark-jobs").withName("spark-pi").get().getMetadata().getName());
    } finally {
      server.deleteNamespace("spark-jobs");
    }
  }

  /** kubectl from PATH; skips the calling test (with the reason) where there is none. */
  static String kubectl() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(d, "kubectl");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    org.junit.jupiter.api.Assumptions.abort("no kubectl on PATH: the README's install command is not checked");
    return null;
  }

  @Test
  void applyPlanAndDestroyThroughTheCliOnARealServer(KubeApiServer server) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(RealApiServerExtension.crdFolder().isPresent(),
        "no ../shared/reference/crds: spark-pi's SparkApplication cannot be applied");
    kubeconfig(server);
    try {
      Run apply = CliTest.run(null, "apply", "--example", "spark-pi", "--context", "dev");
      assertEquals(0, apply.code(), apply.out() + apply.err());
      assertTrue(apply.out().startsWith("Cluster: cluster " + server.url() + "/ (context dev)\n"), apply.out());
      assertTrue(apply.out().contains("Apply complete: 7 applied"), apply.out());
      Run plan = CliTest.run(null, "plan", "--example", "spark-pi", "--detailed-exitcode");
      assertEquals(0, plan.code(), plan.out() + plan.err());
      Run destroy = CliTest.run(null, "destroy", "--example", "spark-pi", "--context", "dev");
      assertEquals(0, destroy.code(), destroy.out() + destroy.err());
      assertTrue(destroy.out().contains("Destroy complete: 7 deleted, 0 failed, 0 skipped."), destroy.out());
    } finally {
      server.deleteNamespace("spark-jobs");
    }
  }
}
