package dev.sparkform.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces the files sparkform's last render wrote into a directory with a new render, all or
 * nothing, and touches no other file.
 *
 * <ol>
 *   <li>The new tree is written into a staging directory, {@code .sparkform-render-*}, created
 *       inside the target: inside rather than beside it so that every rename stays on one file
 *       system even when the target is a mount point (a container volume), and the directory
 *       itself (its permissions, a mount, a shell's working directory) stays what it is. A failure
 *       here (a full disk, a name the file system refuses) leaves the target as it was.
 *   <li>The files the last render wrote are renamed into the staging directory, the record first;
 *       then the new files are renamed into the target, the record last. So {@code
 *       kustomization.yaml} exists only while every file it lists does. A failure here renames
 *       everything back.
 *   <li>The staging directory, which now holds only files sparkform wrote, is removed.
 * </ol>
 *
 * A rename never replaces a file: one that appeared meanwhile stops the swap instead. Only a crash
 * during step 2 (a few renames) can leave a mix; the previous files are then in the staging directory.
 */
final class DirectorySwap {
  static final String STAGING_PREFIX = ".sparkform-render-";

  /** The two file operations a swap makes, so that tests can make either fail at any step. */
  interface Disk {
    void write(Path file, String text) throws IOException;

    void move(Path from, Path to) throws IOException;
  }

  static final Disk DISK = new Disk() {
    @Override
    public void write(Path file, String text) throws IOException {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      Files.move(from, to); // no REPLACE_EXISTING: a file that appeared meanwhile is not overwritten
    }
  };

  private DirectorySwap() {}

  /** Swaps {@code files} (record last) in for {@code owned} (relative paths the last render wrote). */
  static void swap(Path dir, List<OutputFile> files, Set<String> owned, Disk disk) throws IOException {
    List<Path> created = createDirectories(dir);
    Path stage;
    try {
      stage = Unique.create(dir, STAGING_PREFIX, "", true);
    } catch (IOException e) {
      removeIfEmpty(created);
      throw new IOException("could not write to " + dir + ": " + reason(e), e);
    }
    Path fresh = stage.resolve("new");
    Path previous = stage.resolve("previous");
    String unchanged = created.isEmpty() ? "the previous output in " + dir + " is unchanged" : "nothing was written";
    for (OutputFile f : files) {
      Path p = fresh.resolve(f.path());
      try {
        Files.createDirectories(p.getParent());
        disk.write(p, f.text());
        if (owned.contains(f.path())) {
          KeptPermissions.copy(dir.resolve(f.path()), p);
        }
        if (f.executable() && !p.toFile().setExecutable(true, false)) {
          throw new IOException("could not make it executable");
        }
      } catch (IOException e) {
        deleteTree(stage);
        removeIfEmpty(created);
        throw new IOException("could not write " + dir.resolve(f.path()) + ": " + reason(e) + "; " + unchanged, e);
      }
    }
    commit(dir, files, owned, disk, stage, fresh, previous, created);
    deleteTree(stage);
    removeEmptyParents(dir, owned);
  }

  private static void commit(Path dir, List<OutputFile> files, Set<String> owned, Disk disk, Path stage, Path fresh,
      Path previous, List<Path> created) throws IOException {
    List<String> aside = new ArrayList<>();
    List<String> in = new ArrayList<>();
    List<Path> made = new ArrayList<>();
    try {
      for (String o : recordFirst(owned)) {
        Path to = previous.resolve(o);
        Files.createDirectories(to.getParent());
        disk.move(dir.resolve(o), to);
        aside.add(o);
      }
      for (OutputFile f : files) {
        Path to = dir.resolve(f.path());
        made.addAll(createDirectories(to.getParent()));
        disk.move(fresh.resolve(f.path()), to);
        in.add(f.path());
      }
    } catch (IOException e) {
      try {
        Collections.reverse(in);
        for (String p : in) {
          disk.move(dir.resolve(p), fresh.resolve(p));
        }
        removeIfEmpty(made);
        Collections.reverse(aside);
        for (String o : aside) {
          disk.move(previous.resolve(o), dir.resolve(o));
        }
      } catch (IOException restoring) {
        e.addSuppressed(restoring);
        throw new IOException("could not swap the new render into " + dir + " (" + reason(e)
            + "), nor put the previous files back (" + reason(restoring) + "): the previous files are in " + previous
            + ", the new ones in " + fresh, e);
      }
      deleteTree(stage);
      removeIfEmpty(created);
      throw new IOException("could not swap the new render into " + dir + ": " + reason(e)
          + "; the previous output is restored", e);
    }
  }

  /** The record moves aside before the files it lists, so it never lists a file that is gone. */
  private static List<String> recordFirst(Set<String> owned) {
    Set<String> ordered = new LinkedHashSet<>();
    if (owned.contains(DirectoryRecord.FILE)) {
      ordered.add(DirectoryRecord.FILE);
    }
    ordered.addAll(owned);
    return new ArrayList<>(ordered);
  }

  /** Creates {@code dir} and its missing parents; returns those it created, outermost first. */
  private static List<Path> createDirectories(Path dir) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    Files.createDirectories(dir);
    return missing;
  }

  /** Removes the directories this swap created, innermost first, while they are empty. */
  private static void removeIfEmpty(List<Path> created) {
    List<Path> innermostFirst = new ArrayList<>(created);
    Collections.reverse(innermostFirst);
    for (Path p : innermostFirst) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException notEmptyOrGone) {
        return; // someone else's file is in it now: it stays, and so do its parents
      }
    }
  }

  /** A directory the last render wrote files into (spark-submit/) goes when nothing is left in it. */
  private static void removeEmptyParents(Path dir, Set<String> owned) {
    for (String o : owned) {
      Path parent = dir.resolve(o).getParent();
      if (!parent.equals(dir)) {
        try {
          Files.deleteIfExists(parent);
        } catch (DirectoryNotEmptyException stillUsed) {
          // this render's files or the user's are in it
        } catch (IOException e) {
          // the render is in place; an empty directory left over harms nothing
        }
      }
    }
  }

  /** Removes the staging directory: only files sparkform wrote or moved there, and no link is followed. */
  private static void deleteTree(Path stage) {
    try {
      Files.walkFileTree(stage, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // What matters is in place (or restored); a hidden staging directory left over harms nothing.
    }
  }

  static String reason(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
  }
}
