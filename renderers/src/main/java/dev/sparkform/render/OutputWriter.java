package dev.sparkform.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * Writes one file per object and a kustomization; returns the files written, in order. Every name
   * that reaches a file name or the kustomization is checked first ({@link DirectoryLayout}).
   */
  public static List<Path> writeDirectory(Path dir, List<? extends HasMetadata> objects, Format format,
      String stackName) throws IOException {
    Map<String, String> files = DirectoryLayout.of(objects, format, stackName, dir.toString());
    Files.createDirectories(dir);
    Set<String> ours = DirectoryRecord.owned(dir);
    List<String> foreign = new ArrayList<>();
    for (String name : files.keySet()) {
      if (Files.exists(dir.resolve(name)) && !ours.contains(name)) {
        foreign.add(name);
      }
    }
    if (!foreign.isEmpty()) {
      throw new IOException("refusing to overwrite files in " + dir + " that sparkform did not write: "
          + String.join(", ", foreign));
    }
    for (String stale : ours) {
      if (!files.containsKey(stale)) {
        Files.deleteIfExists(dir.resolve(stale));
      }
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      written.add(p);
    }
    return written;
  }
}
