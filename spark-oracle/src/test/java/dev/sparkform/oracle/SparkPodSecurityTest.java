package dev.sparkform.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.deploy.k8s.SparkPod;
import org.junit.jupiter.api.Test;

/**
 * The driver and executor pods real Spark 4.2 builds from every rendered spark-submit app (its
 * templates, its keys) are allowed by Pod Security Standards "restricted" (latest), as judged by the
 * upstream evaluator: {@code psa-check}, built by {@code ../kube-tier/build-psa.sh} (or named by
 * {@code -Dsparkform.psa.binary=FILE}). Two oracles nobody here wrote, one on the other's output.
 */
class SparkPodSecurityTest {
  @Test
  void everyPodSparkBuildsIsRestricted() throws Exception {
    List<Map<String, Object>> pods = new ArrayList<>();
    for (SparkOracleTest.App app : SparkOracleTest.apps().collect(Collectors.toList())) {
      pods.add(pod(app + " driver", SparkOracleTest.driver(app)));
      pods.add(pod(app + " executor", SparkOracleTest.executor(app)));
    }
    assertTrue(pods.size() >= 8, "pods: " + pods.size());
    Path input = Files.createTempFile("pods", ".json");
    Files.writeString(input, Serialization.asJson(pods), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(psaCheck(), "restricted").redirectInput(input.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "psa-check exit code");
    Files.delete(input);
    List<String> lines = out.lines().collect(Collectors.toList());
    assertEquals(pods.size(), lines.size(), out);
    System.out.printf("Spark-built pods allowed by \"restricted\": %d of %d%n",
        lines.stream().filter(l -> l.split("\t", -1)[1].equals("allowed")).count(), lines.size());
    String denied = lines.stream().filter(l -> !l.split("\t", -1)[1].equals("allowed")).collect(Collectors.joining("\n"));
    assertEquals("", denied, "pods Spark builds that \"restricted\" denies");
  }

  /** Spark's pod with its container added, as spark-submit and the executor allocator create it. */
  private static Map<String, Object> pod(String name, SparkPod built) {
    Pod pod = new PodBuilder(built.pod()).editOrNewSpec().addToContainers(built.container()).endSpec().build();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("metadata", pod.getMetadata());
    m.put("spec", pod.getSpec());
    return m;
  }

  private static String psaCheck() throws IOException, InterruptedException {
    String explicit = System.getProperty("sparkform.psa.binary");
    if (explicit != null && !explicit.isBlank()) {
      return explicit;
    }
    File script = Path.of("..", "kube-tier", "build-psa.sh").toFile();
    Process build = new ProcessBuilder("bash", script.getPath()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
        .collect(Collectors.toList());
    assertEquals(0, build.waitFor(), script + " failed; its messages are above");
    return out.get(out.size() - 1);
  }
}
