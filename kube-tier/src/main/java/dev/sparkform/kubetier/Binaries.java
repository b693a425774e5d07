package dev.sparkform.kubetier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where kube-apiserver and etcd are: the folder {@value #PROPERTY} names, else what
 * {@code kube-tier/build-binaries.sh} prints (it builds them from the Go module proxy once, into a
 * cache outside the work tree, and reuses them after). A failure is an error, never a skip.
 */
final class Binaries {
  static final String PROPERTY = "sparkform.kube.binaries";
  private static final String SCRIPT = "kube-tier/build-binaries.sh";

  private Binaries() {}

  static synchronized Path locate() {
    String explicit = System.getProperty(PROPERTY);
    Path dir = explicit != null && !explicit.isBlank() ? Path.of(explicit) : build();
    for (String b : List.of("kube-apiserver", "etcd")) {
      if (!Files.isExecutable(dir.resolve(b))) {
        throw new IllegalStateException("no executable " + b + " in " + dir);
      }
    }
    return dir;
  }

  private static Path build() {
    return fromScript(SCRIPT, "the API server", "set -D" + PROPERTY + "=DIR to a folder with kube-apiserver and etcd");
  }

  /**
   * Runs a build script of this checkout (found from the working directory up) and returns the path
   * its last line of output names; its progress (stderr) goes to the console.
   */
  static Path fromScript(String relativePath, String what, String hint) {
    Path script = findScript(relativePath, hint);
    List<String> out = new ArrayList<>();
    int code;
    try {
      Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(false).start();
      // Progress (stderr) goes to the console: a fresh machine spends minutes here.
      Thread errors = new Thread(() -> copyLines(p.getErrorStream(), null), "build-binaries stderr");
      errors.start();
      copyLines(p.getInputStream(), out);
      code = p.waitFor();
      errors.join();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building " + what, e);
    }
    if (code != 0 || out.isEmpty()) {
      throw new IllegalStateException(script + " failed (exit " + code + "); its messages are above");
    }
    return Path.of(out.get(out.size() - 1).trim());
  }

  private static void copyLines(java.io.InputStream in, List<String> into) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (into != null) {
          into.add(line);
        } else {
          System.err.println(line);
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /** The script, from the working directory (a module of the checkout) up. */
  private static Path findScript(String relativePath, String hint) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(relativePath))) {
        return d.resolve(relativePath);
      }
    }
    throw new IllegalStateException("no " + relativePath + " in or above " + Path.of("").toAbsolutePath()
        + " (" + hint + ")");
  }
}
