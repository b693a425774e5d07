package dev.sparkform.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a whole render into one file, never over a file sparkform did not write.
 *
 * <p>How sparkform knows it wrote the file: a YAML file starts with the {@linkplain Generated
 * marker} line, as {@code kustomization.yaml} does. JSON has no comments, so a JSON file is
 * sparkform's while the record beside it, {@code .NAME.sparkform}, holds its SHA-256: a JSON file
 * edited or replaced since is not. The text goes to a temporary file in the same directory first
 * and is then renamed over the target, so the file is never half-written.
 */
final class SingleFile {
  private static final String RECORD_SUFFIX = ".sparkform";
  private static final String SHA256 = "sha256 ";

  private SingleFile() {}

  /** Writes {@code text} (the rendered objects) to {@code file}, marked or recorded as sparkform's. */
  static void write(Path file, String text, Format format, String stackName) throws IOException {
    Path target = file.toAbsolutePath();
    Path record = recordOf(target);
    List<String> problems = new ArrayList<>();
    SafeNames.checkStack(stackName, problems);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !ours(target, record)) {
      String why = !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? " is not a regular file (a directory or a"
          + " symbolic link)"
          : format == Format.JSON ? " was not written by sparkform, or was changed since (" + record.getFileName()
              + " beside it does not record its SHA-256)"
          : " was not written by sparkform (its first line is not sparkform's \"" + Generated.MARKER + " ...\")";
      problems.add(file + why + ": remove it, or choose another path");
    }
    if (Files.exists(record, LinkOption.NOFOLLOW_LINKS) && !Generated.marked(record)) {
      problems.add(record + " (where sparkform records the JSON files it writes) was not written by sparkform:"
          + " remove it, or choose another path");
    }
    if (!problems.isEmpty()) {
      throw new OutputRefusedException(file.toString(), problems);
    }
    Files.createDirectories(target.getParent());
    if (format == Format.JSON) {
      replace(target, text);
      replace(record, Generated.header(stackName) + SHA256 + sha256(text.getBytes(StandardCharsets.UTF_8)) + " "
          + target.getFileName() + "\n");
    } else {
      replace(target, Generated.header(stackName) + text);
      // The record was of a JSON file that this YAML replaced.
      Files.deleteIfExists(record);
    }
  }

  private static Path recordOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + RECORD_SUFFIX);
  }

  private static boolean ours(Path target, Path record) throws IOException {
    if (Generated.marked(target)) {
      return true;
    }
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !Generated.marked(record)) {
      return false;
    }
    String expected = SHA256 + sha256(Files.readAllBytes(target)) + " " + target.getFileName();
    return Files.readAllLines(record, StandardCharsets.UTF_8).contains(expected);
  }

  /**
   * Writes a temporary file beside {@code target}, then renames it over: readers see the old file or
   * the new. Not {@code Files.createTempFile}: its mode is 600, and a new file gets the default.
   */
  private static void replace(Path target, String text) throws IOException {
    Path tmp = Unique.create(target.getParent(), "." + target.getFileName() + ".", ".tmp", false);
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        KeptPermissions.copy(target, tmp);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
