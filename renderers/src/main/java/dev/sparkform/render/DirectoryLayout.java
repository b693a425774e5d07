package dev.sparkform.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of a directory render: one per object, numbered in install order
 * ({@code 01-namespace-spark-jobs.yaml}); the files beside them ({@code spark-submit/APP.sh}); the
 * {@linkplain DirectoryRecord record} last. Every name that reaches a file name or the record is
 * checked here, and every problem reported at once, before anything is written.
 */
final class DirectoryLayout {
  private DirectoryLayout() {}

  /** The files in the order they are moved into place, the record last; throws if any name is not safe. */
  static List<OutputFile> of(List<? extends HasMetadata> objects, Format format, String stackName,
      List<OutputFile> beside, String where) throws OutputRefusedException {
    List<String> problems = new ArrayList<>();
    SafeNames.checkStack(stackName, problems);
    int width = Math.max(2, Integer.toString(objects.size()).length());
    Map<String, OutputFile> files = new LinkedHashMap<>();
    for (int i = 0; i < objects.size(); i++) {
      HasMetadata o = objects.get(i);
      String label = label(o, i);
      List<String> own = objectProblems(o);
      for (String p : own) {
        problems.add(label + ": " + p);
      }
      if (own.isEmpty()) {
        String number = Integer.toString(i + 1);
        String file = "0".repeat(width - number.length()) + number + "-" + o.getKind().toLowerCase(Locale.ROOT)
            + "-" + o.getMetadata().getName().replace(':', '-') + "." + format.extension();
        files.put(file, new OutputFile(file, format.render(o), false, label));
      }
    }
    List<String> resources = new ArrayList<>(files.keySet());
    Set<String> topLevel = new HashSet<>(resources);
    topLevel.add(DirectoryRecord.FILE);
    Map<String, String> ownerOf = new LinkedHashMap<>();
    for (OutputFile f : beside) {
      Optional<String> p = besideProblem(f.path(), topLevel);
      if (p.isPresent()) {
        problems.add(f.of() + ": " + p.get());
      } else if (ownerOf.containsKey(f.path())) {
        problems.add(f.path() + " would be written for both " + ownerOf.get(f.path()) + " and " + f.of());
      } else {
        ownerOf.put(f.path(), f.of());
        files.put(f.path(), f);
      }
    }
    if (!problems.isEmpty()) {
      throw new OutputRefusedException(where, problems);
    }
    List<String> besidePaths = new ArrayList<>(files.keySet());
    besidePaths.removeAll(resources);
    List<OutputFile> out = new ArrayList<>(files.values());
    out.add(new OutputFile(DirectoryRecord.FILE, DirectoryRecord.render(stackName, resources, besidePaths), false,
        "the record of this render"));
    return out;
  }

  private static List<String> objectProblems(HasMetadata o) {
    List<String> problems = new ArrayList<>();
    Optional<String> kind = SafeNames.kind(o.getKind());
    if (kind.isPresent()) {
      problems.add(kind.get());
    }
    ObjectMeta meta = o.getMetadata();
    Optional<String> name = SafeNames.name(meta == null ? null : meta.getName());
    if (name.isPresent()) {
      problems.add(name.get());
    }
    return problems;
  }

  /** "Role spark-jobs/driver", escaped; the position when there is no name. */
  private static String label(HasMetadata o, int index) {
    ObjectMeta meta = o.getMetadata();
    String name = meta == null || meta.getName() == null ? "object " + (index + 1) + " of the stack"
        : (meta.getNamespace() == null ? "" : SafeNames.escape(meta.getNamespace()) + "/") + SafeNames.escape(meta.getName());
    return (o.getKind() == null ? "(no kind)" : SafeNames.escape(o.getKind())) + " " + name;
  }

  /** A file beside the objects is DIRECTORY/NAME, both safe, the directory not one of the objects' files. */
  private static Optional<String> besideProblem(String path, Set<String> topLevel) {
    String[] segments = path == null ? new String[0] : path.split("/", -1);
    if (segments.length != 2) {
      return Optional.of("file " + SafeNames.show(path) + " is not DIRECTORY/NAME (files beside the objects go in"
          + " a directory of their own)");
    }
    for (String s : segments) {
      Optional<String> p = SafeNames.file(s);
      if (p.isPresent()) {
        return Optional.of("file " + SafeNames.show(path) + ": " + p.get());
      }
    }
    if (topLevel.contains(segments[0])) {
      return Optional.of("file " + SafeNames.show(path) + ": its directory has the name of a file of the render");
    }
    return Optional.empty();
  }
}
