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
 * kube-apiserver + etcd (the kube-tier), all as cold processes, and the requests each sends as the
 * server's audit log records them. Per run and row (N apps of bench/SparkApps.java: 4N objects),
 * interleaved, each side into a fresh namespace: {@code bin/sparkform apply}, and {@code kubectl
 * apply -f} (plain, and with {@code --validate=false}) of what {@code bin/sparkform render} wrote
 * for that namespace (rendered untimed); which side goes first rotates between runs. Every side
 * must leave the declared objects (names per kind), or the run fails. One untimed warm-up of each
 * side first (page cache, the server's caches, kubectl's discovery cache, which a user's machine
 * keeps too).
 *
 * <p>Run by bench/apply-vs-kubectl.sh: {@code ApplyVsKubectl CLASSES RUNS APPS...}, from the
 * repository root (CLASSES: the compiled bench/SparkApps.java). Prints markdown.
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

  /** Who applies: Sparkform first, then kubectl with extra flags. */
  record Side(String name, List<String> flags) { }

  /**
   * kubectl 1.32 decodes the OpenAPI v3 document of an object's group-version for every object it
   * validates (kubernetes/kubernetes#127095; kubectl caches it since kubernetes/kubernetes#132003):
   * {@code --validate=false} shows kubectl without that cost.
   */
  static final List<Side> SIDES = List.of(new Side("Sparkform", List.of()), new Side("kubectl", List.of()),
      new Side("kubectl --validate=false", List.of("--validate=false")));

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
      // Interrupted (Ctrl-C): etcd and kube-apiserver stop too.
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      server.installCrds(crds);
      ApplyVsKubectl bench = new ApplyVsKubectl(server, classes, work);
      bench.sides(rows[0], -1); // warm-up
      Map<Integer, List<Run[]>> results = new LinkedHashMap<>();
      for (int n : rows) {
        List<Run[]> all = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
          Run[] one = bench.sides(n, r);
          all.add(one);
          System.err.printf("apply-vs-kubectl: %d apps, run %d:%s%n", n, r + 1, IntStream.range(0, SIDES.size())
              .mapToObj(i -> " " + SIDES.get(i).name() + " " + one[i].millis() + " ms").collect(Collectors.joining(",")));
        }
        results.put(n, all);
      }
      print(results, runs);
    } finally {
      deleteTree(work);
    }
  }

  /** Every side on N apps, each in a fresh namespace, the order rotating by run; checks all left the same objects. */
  private Run[] sides(int n, int run) throws Exception {
    Set<String> expected = IntStream.range(0, n).mapToObj(i -> "app-" + i).collect(Collectors.toCollection(TreeSet::new));
    Run[] out = new Run[SIDES.size()];
    List<String> namespaces = new ArrayList<>();
    try {
      for (int k = 0; k < SIDES.size(); k++) {
        int side = (k + Math.max(run, 0)) % SIDES.size();
        String ns = SIDES.get(side).name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + "-" + n + "-" + (run + 1);
        namespaces.add(ns);
        server.createNamespace(ns);
        out[side] = side == 0 ? sparkform(n, ns) : kubectl(n, ns, SIDES.get(side).flags());
        Map<String, Set<String>> left = objects(ns);
        for (String kind : KINDS) {
          if (!left.get(kind).equals(expected)) {
            throw new IllegalStateException(SIDES.get(side).name() + " left " + left.get(kind).size() + " " + kind
                + " in " + ns + ", not the " + n + " declared: " + left.get(kind));
          }
        }
      }
      return out;
    } finally {
      namespaces.forEach(server::deleteNamespace);
    }
  }

  private Run sparkform(int n, String ns) throws Exception {
    return timed(List.of("bin/sparkform", "apply", "--stack", "SparkApps", "--class-path", classes.toString(),
        "--context", "dev"), Map.of("KUBECONFIG", kubeconfig.toString(),
        "SPARKFORM_JAVA_OPTS", "-Dapps=" + n + " -Dnamespace=" + ns));
  }

  /** kubectl apply of the same stack, rendered (untimed) into {@code ns}. */
  private Run kubectl(int n, String ns, List<String> flags) throws Exception {
    Path yaml = work.resolve("apps.yaml");
    exec(List.of("bin/sparkform", "render", "--stack", "SparkApps", "--class-path", classes.toString()),
        Map.of("SPARKFORM_JAVA_OPTS", "-Dapps=" + n + " -Dnamespace=" + ns), yaml);
    List<String> command = new ArrayList<>(List.of("kubectl", "apply", "-f", yaml.toString(),
        "--kubeconfig", kubeconfig.toString(), "--cache-dir", work.resolve("kubectl-cache").toString()));
    command.addAll(flags);
    return timed(command, Map.of());
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
    if (log.size() < before) {
      throw new IllegalStateException("the audit log shrank from " + before + " to " + log.size()
          + " events (rotated?): the requests cannot be counted");
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
    System.out.println("| apps (objects) | " + SIDES.stream().map(Side::name).collect(Collectors.joining(" | "))
        + " | Sparkform ÷ " + SIDES.stream().skip(1).map(Side::name).collect(Collectors.joining(", ÷ ")) + " | " + SIDES.stream().map(x -> x.name() + " requests").collect(Collectors.joining(" | "))
        + " | runs |");
    System.out.println("|---|" + "---|".repeat(2 * SIDES.size() + 2));
    results.forEach((n, all) -> {
      long[] medians = IntStream.range(0, SIDES.size())
          .mapToLong(side -> median(all.stream().mapToLong(r -> r[side].millis()).toArray())).toArray();
      StringBuilder row = new StringBuilder(String.format("| %,d (%,d) |", n, 4 * n));
      for (long m : medians) {
        row.append(String.format(" %.2f s |", m / 1000.0));
      }
      row.append(IntStream.range(1, SIDES.size()).mapToObj(i -> String.format("%.2f", (double) medians[0] / medians[i]))
          .collect(Collectors.joining(", ", " ", " |")));
      for (int side = 0; side < SIDES.size(); side++) {
        row.append(' ').append(summary(all, side)).append(" |");
      }
      System.out.println(row.append(' ').append(runs).append(" |"));
    });
    System.out.println();
    System.out.println("Requests per apply, from the audit log (the runs' namespaces shown as NAME-*):");
    System.out.println();
    results.forEach((n, all) -> {
      for (int side = 0; side < SIDES.size(); side++) {
        int s = side;
        Set<String> details = all.stream().map(r -> r[s].requests().detail()).collect(Collectors.toCollection(
            LinkedHashSet::new));
        System.out.printf("- %,d apps, %s: %s%n", n, SIDES.get(side).name(), String.join(" | ", details));
      }
    });
  }

  /** "12 reads (0 GET per object), 400 dry runs, 402 writes"; a range where runs differ. */
  private static String summary(List<Run[]> all, int side) {
    return range(all, side, Requests::reads) + " reads (" + range(all, side, Requests::objectGets) + " GET per object), "
        + range(all, side, Requests::dryRuns) + " dry runs, " + range(all, side, Requests::writes) + " writes";
  }

  private static String range(List<Run[]> all, int side, java.util.function.ToLongFunction<Requests> f) {
    long min = all.stream().mapToLong(r -> f.applyAsLong(r[side].requests())).min().orElse(0);
    long max = all.stream().mapToLong(r -> f.applyAsLong(r[side].requests())).max().orElse(0);
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
