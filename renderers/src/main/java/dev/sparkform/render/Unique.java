package dev.sparkform.render;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new file or directory under a name nobody else has, with the default permissions (unlike
 * {@code Files.createTempFile}'s 600) and without the SecureRandom that {@code Files.createTemp*}
 * seeds: about 40 ms of a cold {@code render} on a 2-core machine. The name only has to be free,
 * not secret: creating it fails if it is taken, and another is tried (the clock has moved on by
 * then). Not the process id either: {@code ProcessHandle}'s set-up costs a cold run more than it adds.
 */
final class Unique {
  private Unique() {}

  static Path create(Path dir, String prefix, String suffix, boolean directory) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path p = dir.resolve(prefix + Long.toHexString(System.nanoTime()) + suffix);
      try {
        return directory ? Files.createDirectory(p) : Files.createFile(p);
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 9) {
          throw taken;
        }
      }
    }
  }
}
