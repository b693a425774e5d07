package dev.sparkform.benchmarks;

import dev.sparkform.kubetier.AuditLog;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Apply of new objects, Sparkform against {@code kubectl apply} of the same YAML, on a real
 * kube-apiserver + etcd (the kube-tier), both as cold processes, and the requests each sends as
 * the server's audit log records them. Per run and row (N apps of bench/SparkApps.java: 4N
 * objects), interleaved: {@code bin/sparkform apply} into a fresh namespace, then {@code kubectl
 * apply -f} of what {@code bin/sparkform render} writes (rendered untimed) into another; the
 * order of the two alternates between runs. Both must leave the same objects (names per kind),
 * or the run fails. One untimed warm-up of each side first (page cache, the server's caches,
 * kubectl's discovery cache, which a user's machine keeps too).
 *
 * <p>Run by bench/apply-vs-kubectl.sh: {@code ApplyVsKubectl CLASSES RUNS APPS...}, from the
 * repository root (CLASSES: the compiled bench/SparkApps.java). Prints markdown tables.
 */
public final class ApplyVsKubectl {
  /** The kinds every app brings, as the server names their collections. */
  private static final List<String> KINDS = List.of("serviceaccounts", "roles", "rolebindings", "sparkapplications");

  private final KubeApiServer server;
  private final KubernetesClient admin;
  private final Path classes;
  private final Path work;
  private final Path kubeconfig;

  private ApplyVsKubectl(KubeApiServer server, Path classes, Path work) throws IOException {
    this.server = server;
    this.admin = server.client();
    this.classes = classes;
    this.work = work;
    this.kubeconfig = work.resolve("kubeconfig");
    Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\ncurrent-context: dev\nclusters:\n"
        + "- name: dev\n  cluster:\n    server: " + server.url() + "\n    insecure-skip-tls-verify: true\n"
        + "users:\n- name: admin\n  user:\n    token: " + server.config(KubeApiServer.ADMIN).getOauthToken() + "\n"
        + "contexts:\n- name: dev\n  context:\n    cluster: dev\n    user: admin\n");
  }

  /** One side's apply: wall time and the requests it sent. */
  record Run(long millis, Requests requests) { }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ApplyVsKubectl CLASSES RUNS APPS...   (CLASSES: the compiled bench/SparkApps.java)");
      System.exit(64);
    }
    Path classes = Path.of(args[0]).toAbsolutePath();
    int runs = Integer.parseInt(args[1]);
    int[] rows = IntStream.range(2, args.length).map(i -> Integer.parseInt(args[i])).toArray();
    Path crds = RealApiServerExtension.crdFolder().map(c -> c.resolve("kubeflow-spark-operator"))
        .filter(Files::isDirectory).orElseThrow(() -> new IllegalStateException(
            "no ../shared/reference/crds/kubeflow-spark-operator: the SparkApplication CRD cannot be installed"));
    Path work = Files.createTempDirectory("apply-vs-kubectl-");
    try (KubeApiServer server = KubeApiServer.start()) {
      server.installCrds(crds);
      ApplyVsKubectl bench = new ApplyVsKubectl(server, classes, work);
      bench.warmUp(rows[0]);
      Map<Integer, List<Run[]>> results = new LinkedHashMap<>();
      for (int n : rows) {
        List<Run[]> pairs = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
          pairs.add(bench.pair(n, r));
          System.err.printf("apply-vs-kubectl: %d apps, run %d: sparkform %d ms, kubectl %d ms%n", n, r + 1,
              pairs.get(r)[0].millis(), pairs.get(r)[1].millis());
        }
        results.put(n, pairs);
      }
      print(results, runs);
    } finally {
      deleteTree(work);
    }
  }

  private void warmUp(int n) throws Exception {
    pair(n, -1);
  }

  /** Both sides on N apps, in fresh namespaces, order alternating by run; checks both left the same objects. */
  private Run[] pair(int n, int run) throws Exception {
    String sfNs = "sparkform-" + n + "-" + (run + 1);
    String kcNs = "kubectl-" + n + "-" + (run + 1);
    Path yaml = work.resolve("apps.yaml");
    exec(List.of("bin/sparkform", "render", "--stack", "SparkApps", "--class-path", classes.toString()),
        Map.of("SPARKFORM_JAVA_OPTS", "-Dapps=" + n + " -Dnamespace=" + kcNs), yaml);
    server.createNamespace(sfNs);
    server.createNamespace(kcNs);
    try {
      Run sf = null;
      Run kc = null;
      for (int side = 0; side < 2; side++) {
        if ((side + Math.max(run, 0)) % 2 == 0) {
          sf = timed(List.of("bin/sparkform", "apply", "--stack", "SparkApps", "--class-path", classes.toString(),
              "--context", "dev"), Map.of("KUBECONFIG", kubeconfig.toString(),
              "SPARKFORM_JAVA_OPTS", "-Dapps=" + n + " -Dnamespace=" + sfNs));
        } else {
          kc = timed(List.of("kubectl", "apply", "-f", yaml.toString(), "--kubeconfig", kubeconfig.toString(),
              "--cache-dir", work.resolve("kubectl-cache").toString()), Map.of());
        }
      }
      Map<String, Set<String>> sfObjects = objects(sfNs);
      Map<String, Set<String>> kcObjects = objects(kcNs);
      Set<String> expected = IntStream.range(0, n).mapToObj(i -> "app-" + i).collect(Collectors.toCollection(TreeSet::new));
      for (String kind : KINDS) {
        if (!sfObjects.get(kind).equals(expected) || !kcObjects.get(kind).equals(expected)) {
          throw new IllegalStateException("the two sides left different " + kind + ": sparkform "
              + sfObjects.get(kind).size() + ", kubectl " + kcObjects.get(kind).size() + ", expected " + n);
        }
      }
      return new Run[] {sf, kc};
    } finally {
      server.deleteNamespace(sfNs);
      server.deleteNamespace(kcNs);
    }
  }

  /** Names per kind in {@code ns}. */
  private Map<String, Set<String>> objects(String ns) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    out.put("serviceaccounts", names(admin.serviceAccounts().inNamespace(ns).list().getItems()));
    out.put("roles", names(admin.rbac().roles().inNamespace(ns).list().getItems()));
    out.put("rolebindings", names(admin.rbac().roleBindings().inNamespace(ns).list().getItems()));
    out.put("sparkapplications", names(admin.genericKubernetesResources("sparkoperator.k8s.io/v1beta2",
        "SparkApplication").inNamespace(ns).list().getItems()));
    return out;
  }

  private static Set<String> names(List<? extends HasMetadata> items) {
    return items.stream().map(o -> o.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Wall time of a child process, and the admin's requests the audit log recorded meanwhile (the
   * driver sends none while it runs; the server's own loopback requests are another user's).
   */
  private Run timed(List<String> command, Map<String, String> env) throws Exception {
    int before = server.audit().size();
    long t0 = System.nanoTime();
    exec(command, env, work.resolve("out.txt"));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    return new Run(millis, new Requests(settled(before).by(KubeApiServer.ADMIN)));
  }

  /** The audit events after {@code before}, once the log stops growing (the last answers may still be written). */
  private AuditLog settled(int before) throws InterruptedException {
    AuditLog log = server.audit();
    for (int i = 0; i < 20; i++) {
      Thread.sleep(100);
      AuditLog again = server.audit();
      if (again.size() == log.size()) {
        break;
      }
      log = again;
    }
    return log.since(before);
  }

  /** Runs a command to completion, its standard output to {@code out}; a failure is an error with its output. */
  private static void exec(List<String> command, Map<String, String> env, Path out) throws Exception {
    Path err = out.resolveSibling(out.getFileName() + ".err");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().putAll(env);
    int code = pb.start().waitFor();
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + code + ":\n"
          + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
    }
  }

  private static void print(Map<Integer, List<Run[]>> results, int runs) {
    System.out.println("| apps (objects) | Sparkform | kubectl | ratio | Sparkform requests | kubectl requests | runs |");
    System.out.println("|---|---|---|---|---|---|---|");
    results.forEach((n, pairs) -> {
      long sf = median(pairs.stream().mapToLong(p -> p[0].millis()).toArray());
      long kc = median(pairs.stream().mapToLong(p -> p[1].millis()).toArray());
      System.out.printf("| %,d (%,d) | %.2f s | %.2f s | %.2f | %s | %s | %d |%n", n, 4 * n, sf / 1000.0, kc / 1000.0,
          (double) sf / kc, summary(pairs, 0), summary(pairs, 1), runs);
    });
    System.out.println();
    System.out.println("Requests per apply, from the audit log (namespaces of runs shown as sparkform-*, kubectl-*):");
    System.out.println();
    results.forEach((n, pairs) -> {
      for (int side = 0; side < 2; side++) {
        int s = side;
        Set<String> details = pairs.stream().map(p -> p[s].requests().detail()).collect(Collectors.toCollection(
            LinkedHashSet::new));
        System.out.printf("- %,d apps, %s: %s%n", n, side == 0 ? "Sparkform" : "kubectl", String.join(" | ", details));
      }
    });
  }

  /** "4 reads (2 kind × namespace listed, 0 GET per object), 400 writes"; a range where runs differ. */
  private static String summary(List<Run[]> pairs, int side) {
    return range(pairs, side, Requests::reads) + " reads (" + range(pairs, side, Requests::listedKindNamespaces)
        + " kind × namespace listed, " + range(pairs, side, Requests::objectGets) + " GET per object), "
        + range(pairs, side, Requests::writes) + " writes";
  }

  private static String range(List<Run[]> pairs, int side, java.util.function.ToLongFunction<Requests> f) {
    long min = pairs.stream().mapToLong(p -> f.applyAsLong(p[side].requests())).min().orElse(0);
    long max = pairs.stream().mapToLong(p -> f.applyAsLong(p[side].requests())).max().orElse(0);
    return min == max ? String.format("%,d", min) : String.format("%,d–%,d", min, max);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }

  private static void deleteTree(Path root) throws IOException {
    try (var s = Files.walk(root)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
