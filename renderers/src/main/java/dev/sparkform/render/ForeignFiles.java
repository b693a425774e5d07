package dev.sparkform.render;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Files in the target directory that a render would replace but sparkform's last render did not write. */
final class ForeignFiles {
  private ForeignFiles() {}

  /** What is in the way: files (or links) at the new files' paths that the last render did not write. */
  static List<String> inTheWay(Path dir, List<OutputFile> files, Set<String> owned) {
    List<String> problems = new ArrayList<>();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      problems.add(dir + " is not a directory: remove it, or render to another directory");
      return problems;
    }
    for (OutputFile f : files) {
      Path p = dir.resolve(f.path());
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !owned.contains(f.path())) {
        problems.add(p + " was not written by sparkform (the " + DirectoryRecord.FILE + " of its last render there"
            + " does not list it): move it away, or render to another directory");
      }
    }
    return problems;
  }
}
