package dev.sparkform.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helper: everything under a directory, to compare before and after. */
final class Tree {
  private Tree() {}

  /** Every entry under {@code dir} by relative path: a file's content, "(directory)" or "(link to T)". */
  static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(dir)) {
      entries = walk.filter(p -> !p.equals(dir)).collect(Collectors.toList());
    }
    for (Path p : entries) {
      String what;
      if (Files.isSymbolicLink(p)) {
        what = "(link to " + Files.readSymbolicLink(p) + ")";
      } else if (Files.isDirectory(p)) {
        what = "(directory)";
      } else {
        what = Files.readString(p, StandardCharsets.UTF_8) + (Files.isExecutable(p) ? " (executable)" : "");
      }
      out.put(dir.relativize(p).toString(), what);
    }
    return out;
  }
}
