package dev.sparkform.apply;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** What the engine tests on the real API server share: engines per strategy, CRD checks, namespace clean-up. */
final class RealServer {
  private RealServer() {}

  static Engine engine(KubeApiServer server, String strategy) {
    return engine(server, KubeApiServer.ADMIN, strategy);
  }

  static Engine engine(KubeApiServer server, String user, String strategy) {
    KubernetesClient client = server.client(user);
    // The CLI's default parallelism: dry runs and the writes of one level go concurrently.
    return Engine.on(client).withParallelism(4).withStrategy(strategy.equals("server-side")
        ? WriteStrategy.serverSide(client, false) : WriteStrategy.clientSide(client));
  }

  static List<HasMetadata> compile(Stack stack, Target target) {
    return StackCompiler.create().target(target).compile(stack);
  }

  /** Skips (with the reason) a test whose objects include custom resources when the CRDs could not be installed. */
  static void assumeCrdsFor(List<? extends HasMetadata> objects) {
    boolean custom = objects.stream().anyMatch(o -> o.getApiVersion().contains("spark"));
    Assumptions.assumeTrue(!custom || RealApiServerExtension.crdFolder().isPresent(),
        "no ../shared/reference/crds: the operators' CRDs are not installed, custom resources cannot be applied");
  }

  /** The namespaces the objects live in, and those they declare. */
  static Set<String> namespaces(List<? extends HasMetadata> objects) {
    Set<String> out = new LinkedHashSet<>();
    for (HasMetadata o : objects) {
      if (o.getKind().equals("Namespace")) {
        out.add(o.getMetadata().getName());
      } else if (o.getMetadata().getNamespace() != null) {
        out.add(o.getMetadata().getNamespace());
      }
    }
    return out;
  }

  /** The namespaces the objects live in that they do not declare (a platform team made them before). */
  static Set<String> undeclaredNamespaces(List<? extends HasMetadata> objects) {
    Set<String> out = new LinkedHashSet<>();
    objects.stream().filter(o -> o.getMetadata().getNamespace() != null).forEach(o -> out.add(o.getMetadata().getNamespace()));
    objects.stream().filter(o -> o.getKind().equals("Namespace")).forEach(o -> out.remove(o.getMetadata().getName()));
    return out;
  }

  /** kubectl from PATH; skips the calling test (with the reason) where there is none. */
  static String kubectl() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      java.nio.file.Path p = java.nio.file.Path.of(dir, "kubectl");
      if (java.nio.file.Files.isExecutable(p)) {
        return p.toString();
      }
    }
    Assumptions.abort("no kubectl on PATH: the check that kubectl recognises our ApplySet parent is skipped");
    return null;
  }

  record Result(int code, String output) { }

  /** Runs {@code command args} as the admin against the server (a kubeconfig of its own), {@code stdin} as input. */
  static Result run(KubeApiServer server, String command, java.util.Map<String, String> env, String ignored,
      String stdin, String... args) throws java.io.IOException, InterruptedException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sparkform-kubectl-");
    java.nio.file.Path config = dir.resolve("config");
    java.nio.file.Files.writeString(config, "apiVersion: v1\nkind: Config\nclusters:\n- name: t\n  cluster:\n"
        + "    server: " + server.url() + "\n    insecure-skip-tls-verify: true\nusers:\n- name: t\n  user:\n"
        + "    token: " + server.config(KubeApiServer.ADMIN).getOauthToken() + "\ncontexts:\n- name: t\n"
        + "  context:\n    cluster: t\n    user: t\ncurrent-context: t\n");
    List<String> argv = new java.util.ArrayList<>(List.of(command, "--kubeconfig", config.toString()));
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    int code = p.waitFor();
    java.nio.file.Files.delete(config);
    java.nio.file.Files.delete(dir);
    return new Result(code, out);
  }

  /** Removes the namespaces (finalizing them: no namespace controller runs). */
  static void removeNamespaces(KubeApiServer server, Set<String> names) {
    names.forEach(server::deleteNamespace);
  }
}
