package dev.sparkform.render;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Files in the target directory that a render would replace but sparkform's last render did not write. */
final class ForeignFiles {
  private ForeignFiles() {}

  /**
   * What is in the way: a file or link where a directory for files beside the objects goes, and
   * files at the new files' paths that the last render did not write.
   */
  static List<String> inTheWay(Path dir, List<OutputFile> files, Set<String> owned) {
    List<String> problems = new ArrayList<>();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      problems.add(dir + " is not a directory: remove it, or render to another directory");
      return problems;
    }
    Set<String> blocked = new LinkedHashSet<>();
    for (OutputFile f : files) {
      int slash = f.path().indexOf('/');
      Path d = slash < 0 ? null : dir.resolve(f.path().substring(0, slash));
      if (d != null && Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
          && blocked.add(f.path().substring(0, slash))) {
        problems.add(d + " is in the way of a directory sparkform writes files into (it is a file or a symbolic"
            + " link): move it away, or render to another directory");
      }
    }
    for (OutputFile f : files) {
      Path p = dir.resolve(f.path());
      int slash = f.path().indexOf('/');
      boolean inBlocked = slash > 0 && blocked.contains(f.path().substring(0, slash));
      if (!inBlocked && Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !owned.contains(f.path())) {
        problems.add(p + " was not written by sparkform (the " + DirectoryRecord.FILE + " of its last render there"
            + " does not list it): move it away, or render to another directory");
      }
    }
    return problems;
  }
}
