package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.cli.CliTest.Run;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An apply killed with SIGKILL half-way (no chance to clean up) converges when run again. */
@ExtendWith(RealApiServerExtension.class)
class KilledApplyTest {
  @TempDir
  Path dir;

  @AfterEach
  void restore() {
    System.clearProperty("kubeconfig");
  }

  long creates(KubeApiServer server) {
    return server.audit().writesBy(KubeApiServer.ADMIN).stream()
        // server-side apply (the default on a real server) creates with PATCH
        .filter(e -> (e.verb().equals("create") || e.verb().equals("patch")) && e.code() < 300
            && "many".equals(e.namespace()) && "configmaps".equals(e.resource()))
        .count();
  }

  @Test
  void anApplyKilledHalfWayConvergesWhenRunAgain(KubeApiServer server) throws Exception {
    Path config = KubeconfigContextTest.writeKubeconfig(server, dir);
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Dkubeconfig=" + config,
        Cli.class.getName(), "apply", "--stack", "com.acme.ManyObjects", "--context", "dev", "--parallelism", "1")
        .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (creates(server) < 40 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      p.destroyForcibly(); // SIGKILL
      p.waitFor(10, TimeUnit.SECONDS);
      long before = creates(server);
      List<String> log = java.nio.file.Files.readAllLines(dir.resolve("killed.log"));
      assertTrue(before >= 40 && before < 299, "killed after " + before + " of 299 config maps (exit "
          + p.exitValue() + "): " + String.join("\n", log.subList(Math.max(0, log.size() - 15), log.size())));

      System.setProperty("kubeconfig", config.toString());
      Run again = CliTest.run(null, "apply", "--stack", "com.acme.ManyObjects", "--context", "dev");
      assertEquals(0, again.code(), again.out() + again.err());
      assertTrue(again.out().contains("Apply complete: " + (299 - before) + " applied"), again.out());
      Run plan = CliTest.run(null, "plan", "--stack", "com.acme.ManyObjects", "--detailed-exitcode");
      assertEquals(0, plan.code(), plan.out() + plan.err());
      assertEquals(299, server.client().configMaps().inNamespace("many").list().getItems().stream()
          .filter(c -> c.getMetadata().getName().startsWith("c-")).count());
      Run history = CliTest.run(null, "history", "--stack", "com.acme.ManyObjects");
      assertEquals(List.of("1"), history.out().lines().skip(1).map(l -> l.trim().split(" ")[0]).toList(), history.out());
    } finally {
      p.destroyForcibly();
      server.deleteNamespace("many");
    }
  }
}
