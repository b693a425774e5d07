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
 * it wrote there, recognised by its {@linkplain Generated marker}. Its {@code resources} are the
 * object files; the files written beside them ({@code spark-submit/APP.sh} ...) follow as comment
 * lines {@code # - spark-submit/APP.sh}, which kustomize does not read, so {@code kubectl apply -k}
 * never creates a pod template. A render replaces or removes only what this record lists.
 */
final class DirectoryRecord {
  static final String FILE = "kustomization.yaml";
  private static final String BESIDE = "# - ";

  private DirectoryRecord() {}

  /** The record's text; every name in it must have passed {@link SafeNames}. */
  static String render(String stackName, List<String> resources, List<String> beside) {
    StringBuilder k = new StringBuilder(Generated.header(stackName))
        .append("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    for (String name : resources) {
      k.append("- ").append(name).append('\n');
    }
    if (!beside.isEmpty()) {
      k.append("# Also written by this render, not applied (sparkform replaces or removes only files listed here):\n");
      for (String path : beside) {
        k.append(BESIDE).append(path).append('\n');
      }
    }
    return k.toString();
  }

  /**
   * What sparkform's last render in {@code dir} wrote and may now replace or remove, by relative
   * path, the record itself included: each entry the record lists that is a regular file (not a
   * link, not under a link). Nothing when there is no record or it is not sparkform's. Entries
   * that fail the allow-list are not sparkform's: the record is a file anyone can edit.
   */
  static Set<String> owned(Path dir) throws IOException {
    Set<String> owned = new LinkedHashSet<>();
    Path record = dir.resolve(FILE);
    if (!Generated.marked(record)) {
      return owned;
    }
    owned.add(FILE);
    for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
      String path = line.startsWith("- ") ? line.substring(2) : line.startsWith(BESIDE) ? line.substring(BESIDE.length())
          : null;
      if (path != null && safe(path, line.startsWith(BESIDE)) && regularFile(dir, path)) {
        owned.add(path);
      }
    }
    return owned;
  }

  /** A resource is one file name; a file beside them is one directory and one file name. */
  private static boolean safe(String path, boolean beside) {
    String[] segments = path.split("/", -1);
    if (segments.length != (beside ? 2 : 1)) {
      return false;
    }
    for (String s : segments) {
      if (SafeNames.file(s).isPresent()) {
        return false;
      }
    }
    return true;
  }

  private static boolean regularFile(Path dir, String path) {
    Path file = dir.resolve(path);
    Path parent = file.getParent();
    return (parent.equals(dir) || Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS))
        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
  }
}
