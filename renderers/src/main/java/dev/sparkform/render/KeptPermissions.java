package dev.sparkform.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * A replaced file keeps its permissions. Files are replaced by renaming a new file over them, which
 * would otherwise give them the default mode: a rendered Secret that its user made readable only
 * to themselves ({@code chmod 600}) must not become readable to all by a re-render.
 */
final class KeptPermissions {
  private KeptPermissions() {}

  /** Gives {@code to} the permissions of {@code from}, where the file system has POSIX permissions. */
  static void copy(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (source != null) {
      Files.setPosixFilePermissions(to, source.readAttributes().permissions());
    }
  }
}
