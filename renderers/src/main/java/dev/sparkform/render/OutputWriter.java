package dev.sparkform.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes rendered objects to one file or to a directory, never over or in place of a file that
 * sparkform did not write, and all or nothing.
 *
 * <p>A directory gets one file per object, numbered in install order
 * ({@code 01-namespace-spark-jobs.yaml}), and a {@code kustomization.yaml} listing them, so
 * {@code kubectl apply -k DIR} installs them ({@code -f DIR} would read the kustomization as an object); files for spark-submit go in
 * a directory beside them ({@link OutputFile}). That kustomization is sparkform's
 * {@linkplain DirectoryRecord record} of what it wrote: the next render replaces or removes only
 * what it lists, refuses to write where another file is, and swaps the new files in only once
 * they are all written ({@link DirectorySwap}). One file carries sparkform's marker, or for
 * JSON a record beside it ({@link SingleFile}). Every name that reaches a file name or the
 * kustomization passes an allow-list ({@link SafeNames}) first. A refusal throws an
 * {@link OutputRefusedException} listing every reason, and nothing is written.
 */
public final class OutputWriter {
  private OutputWriter() {}

  /**
   * Whether {@code out} names a directory: any path but one ending in {@code .yaml}, {@code .yml} or
   * {@code .json} (and no '/'). Decided by the name alone, never by what is on disk, so that the same
   * command writes the same thing on a fresh checkout and on a second run (helm's {@code --output-dir}
   * and cdk8s's {@code -o dist} are directories too).
   */
  public static boolean isDirectory(String out) {
    return fileFormat(out).isEmpty();
  }

  /** The format a file path asks for by its extension ({@code .yml} is YAML); empty for a directory. */
  public static Optional<Format> fileFormat(String out) {
    if (out.endsWith("/") || out.endsWith(java.io.File.separator)) {
      return Optional.empty();
    }
    String name = out.toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? Optional.of(Format.JSON)
        : name.endsWith(".yaml") || name.endsWith(".yml") ? Optional.of(Format.YAML) : Optional.empty();
  }

  /** Writes all objects into one file, creating parent directories; refuses a file sparkform did not write. */
  public static void writeFile(Path file, List<? extends HasMetadata> objects, Format format, String stackName)
      throws IOException {
    SingleFile.write(file, format.render(objects), format, stackName);
  }

  /** Writes one file per object and a kustomization; returns the files written, in order. */
  public static List<Path> writeDirectory(Path dir, List<? extends HasMetadata> objects, Format format,
      String stackName) throws IOException {
    return writeDirectory(dir, objects, format, stackName, List.of());
  }

  /**
   * Writes one file per object, the files {@code beside} them, and a kustomization listing the
   * objects' files and recording the others; returns the files written, in order, the kustomization last.
   */
  public static List<Path> writeDirectory(Path dir, List<? extends HasMetadata> objects, Format format,
      String stackName, List<OutputFile> beside) throws IOException {
    return writeDirectory(dir, objects, format, stackName, beside, DirectorySwap.DISK);
  }

  /** As above, through {@code disk}: tests make its writes and renames fail. */
  static List<Path> writeDirectory(Path dir, List<? extends HasMetadata> objects, Format format,
      String stackName, List<OutputFile> beside, DirectorySwap.Disk disk) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputRefusedException(dir.toString(), List.of(dir + " is a file, and a render to a path without"
          + " .yaml, .yml or .json at its end is a directory: remove the file, or give a file name ending in .yaml,"
          + " .yml or .json for one file"));
    }
    List<OutputFile> files = DirectoryLayout.of(objects, format, stackName, beside, dir.toString());
    Set<String> owned = DirectoryRecord.owned(dir);
    List<String> problems = ForeignFiles.inTheWay(dir, files, owned);
    if (!problems.isEmpty()) {
      throw new OutputRefusedException(dir.toString(), problems);
    }
    DirectorySwap.swap(dir, files, owned, disk);
    List<Path> written = new ArrayList<>();
    for (OutputFile f : files) {
      written.add(dir.resolve(f.path()));
    }
    return written;
  }
}
