package dev.sparkform.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes rendered objects to one file or to a directory. Everything is rendered in memory first,
 * so a failure leaves no half-written output.
 *
 * <p>A directory gets one file per object, numbered in install order
 * ({@code 01-namespace-spark-jobs.yaml}), and a {@code kustomization.yaml} listing them, so both
 * {@code kubectl apply -f DIR} and {@code kubectl apply -k DIR} work. Files that an earlier render
 * listed in its kustomization and this one does not are removed; no other file is touched.
 */
public final class OutputWriter {
  private static final String KUSTOMIZATION = "kustomization.yaml";

  private OutputWriter() {}

  /** Whether {@code out} names a directory: an existing one, or a path written with a trailing '/'. */
  public static boolean isDirectory(String out) {
    return out.endsWith("/") || Files.isDirectory(Path.of(out));
  }

  /**
   * Writes all objects into one file, creating parent directories; refuses a file sparkform did not
   * write ({@link SingleFile}: a YAML file starts with sparkform's marker, a JSON file is recorded beside it).
   */
  public static void writeFile(Path file, List<? extends HasMetadata> objects, Format format, String stackName)
      throws IOException {
    SingleFile.write(file, format.render(objects), format, stackName);
  }

  /** Writes one file per object and a kustomization; returns the files written, in order. */
  public static List<Path> writeDirectory(Path dir, List<? extends HasMetadata> objects, Format format,
      String stackName) throws IOException {
    Map<String, String> files = files(objects, format);
    StringBuilder k = new StringBuilder();
    k.append(Generated.MARKER).append(" from stack ").append(stackName).append("; re-render instead of editing.\n")
        .append("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    files.keySet().forEach(name -> k.append("- ").append(name).append('\n'));

    Files.createDirectories(dir);
    List<String> ours = previouslyWritten(dir);
    List<String> foreign = new ArrayList<>();
    for (String name : files.keySet()) {
      if (Files.exists(dir.resolve(name)) && !ours.contains(name)) {
        foreign.add(name);
      }
    }
    if (Files.exists(dir.resolve(KUSTOMIZATION)) && !ours.contains(KUSTOMIZATION)) {
      foreign.add(KUSTOMIZATION);
    }
    if (!foreign.isEmpty()) {
      throw new IOException("refusing to overwrite files in " + dir + " that sparkform did not write: "
          + String.join(", ", foreign));
    }
    for (String stale : ours) {
      if (!files.containsKey(stale) && !stale.equals(KUSTOMIZATION)) {
        Files.deleteIfExists(dir.resolve(stale));
      }
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      written.add(p);
    }
    Path kustomization = dir.resolve(KUSTOMIZATION);
    Files.writeString(kustomization, k.toString(), StandardCharsets.UTF_8);
    written.add(kustomization);
    return written;
  }

  /** File name to rendered text, in install order. */
  static Map<String, String> files(List<? extends HasMetadata> objects, Format format) {
    int width = Math.max(2, Integer.toString(objects.size()).length());
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < objects.size(); i++) {
      HasMetadata o = objects.get(i);
      String name = String.format(Locale.ROOT, "%0" + width + "d-%s-%s.%s", i + 1,
          o.getKind().toLowerCase(Locale.ROOT), o.getMetadata().getName().replace(':', '-'), format.extension());
      files.put(name, format.render(o));
    }
    return files;
  }

  /** Files listed by a kustomization this writer made earlier; none if it did not make one. */
  private static List<String> previouslyWritten(Path dir) throws IOException {
    Path k = dir.resolve(KUSTOMIZATION);
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(k)) {
      return out;
    }
    List<String> lines = Files.readAllLines(k, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith(Generated.MARKER)) {
      return out;
    }
    out.add(KUSTOMIZATION);
    for (String line : lines) {
      if (line.startsWith("- ") && !line.contains("/") && !line.contains("..")) {
        out.add(line.substring(2).trim());
      }
    }
    return out;
  }
}
