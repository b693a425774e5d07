package dev.sparkform.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * sparkform's record of what its last render wrote into a directory: the {@code kustomization.yaml}
 * it wrote there, recognised by its {@linkplain Generated marker}, whose {@code resources} are the
 * object files. A render replaces or removes only what this record lists.
 */
final class DirectoryRecord {
  static final String FILE = "kustomization.yaml";

  private DirectoryRecord() {}

  /** The record's text; every name in it must have passed {@link SafeNames}. */
  static String render(String stackName, List<String> resources) {
    StringBuilder k = new StringBuilder(Generated.header(stackName))
        .append("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    resources.forEach(name -> k.append("- ").append(name).append('\n'));
    return k.toString();
  }

  /**
   * What sparkform's last render in {@code dir} wrote and may now replace or remove, by file name,
   * the record itself included: each entry the record lists that is a regular file (not a link).
   * Nothing when there is no record or it is not sparkform's. Entries that fail the allow-list are
   * not sparkform's: the record is a file anyone can edit.
   */
  static Set<String> owned(Path dir) throws IOException {
    Set<String> owned = new LinkedHashSet<>();
    Path record = dir.resolve(FILE);
    if (!Generated.marked(record)) {
      return owned;
    }
    owned.add(FILE);
    for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
      String name = line.startsWith("- ") ? line.substring(2) : null;
      if (name != null && SafeNames.file(name).isEmpty()
          && Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        owned.add(name);
      }
    }
    return owned;
  }
}
