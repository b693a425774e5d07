package dev.sparkform.kubetier;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pod specs judged by the upstream Pod Security Standards evaluator ({@code k8s.io/pod-security-admission},
 * the code of the API server's admission plugin), not by a re-implementation of ours: {@code psa-check}
 * from {@code kube-tier/psa/}, built by {@code kube-tier/build-psa.sh} from the Go module proxy into a
 * cache outside the work tree on first use ({@value #PROPERTY} names an existing binary instead). One
 * process evaluates all pods of a call. A failure to build or run it is an error, never a skip.
 */
public final class PodSecurityEvaluator {
  static final String PROPERTY = "sparkform.psa.binary";
  private static final String SCRIPT = "kube-tier/build-psa.sh";
  private static Path binary;

  private PodSecurityEvaluator() {}

  /** A pod to judge; {@code name} identifies it in the verdicts (no tab or line feed). */
  public record Pod(String name, ObjectMeta metadata, PodSpec spec) {}

  /** The evaluator's answer for one pod: its reasons ({@code "reason: detail"}, joined by {@code " | "}) when denied. */
  public record Verdict(String name, boolean allowed, String reasons) {}

  /** Every pod against level "restricted", version "latest", in the order given. */
  public static List<Verdict> restricted(List<Pod> pods) {
    return evaluate("restricted", pods);
  }

  /** Every pod against {@code level} ({@code restricted}, {@code baseline}), version "latest". */
  public static List<Verdict> evaluate(String level, List<Pod> pods) {
    List<Map<String, Object>> input = new ArrayList<>();
    for (Pod p : pods) {
      if (p.name().contains("\t") || p.name().contains("\n")) {
        throw new IllegalArgumentException("pod name with a tab or line feed: " + p.name());
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("metadata", p.metadata() == null ? new ObjectMeta() : p.metadata());
      m.put("spec", p.spec());
      input.add(m);
    }
    byte[] json = new KubernetesSerialization().asJson(input).getBytes(StandardCharsets.UTF_8);
    String out;
    String err;
    int code;
    try {
      Process process = new ProcessBuilder(locate().toString(), level).start();
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      Thread errorReader = new Thread(() -> copy(process.getErrorStream(), errors), "psa-check stderr");
      errorReader.start();
      Thread writer = new Thread(() -> {
        try (OutputStream in = process.getOutputStream()) {
          in.write(json);
        } catch (IOException e) {
          // the process ended early; its exit code and messages say why
        }
      }, "psa-check stdin");
      writer.start();
      out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      code = process.waitFor();
      writer.join();
      errorReader.join();
      err = errors.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run psa-check: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running psa-check", e);
    }
    if (code != 0) {
      throw new IllegalStateException("psa-check failed (exit " + code + "): " + err.strip());
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      verdicts.add(new Verdict(f[0], "allowed".equals(f[1]), f[2]));
    }
    for (int i = 0; i < pods.size(); i++) {
      if (i >= verdicts.size() || !verdicts.get(i).name().equals(pods.get(i).name())) {
        throw new IllegalStateException("psa-check answered " + verdicts.size() + " verdicts for " + pods.size()
            + " pods, or out of order, at " + i);
      }
    }
    return verdicts;
  }

  private static synchronized Path locate() {
    if (binary == null) {
      String explicit = System.getProperty(PROPERTY);
      binary = explicit != null && !explicit.isBlank() ? Path.of(explicit)
          : Binaries.fromScript(SCRIPT, "the Pod Security evaluator", "set -D" + PROPERTY + "=FILE to a psa-check binary");
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException("psa-check is not an executable file: " + binary);
      }
    }
    return binary;
  }

  private static void copy(InputStream in, ByteArrayOutputStream to) {
    try {
      in.transferTo(to);
    } catch (IOException e) {
      // the process ended
    }
  }
}
