package dev.sparkform.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the upstream reference folder ({@code shared/reference}: the operators' CRDs and examples),
 * which CI keeps beside the checkout and a fresh clone elsewhere lacks. The system property
 * {@value #PROPERTY} names it explicitly; otherwise every directory from the working directory up
 * is tried for a {@code shared/reference} with {@code crds/} and {@code examples/}.
 */
public final class SharedReference {
  /** System property naming the reference folder. */
  public static final String PROPERTY = "sparkform.shared.reference";

  private SharedReference() {}

  /** The reference folder, if present. */
  public static Optional<Path> find() {
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      Path d = Path.of(explicit).toAbsolutePath();
      return isReference(d) ? Optional.of(d) : Optional.empty();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("reference");
      if (isReference(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The reference folder; skips the calling test (never fails it) when the folder is absent. */
  public static Path require() {
    Optional<Path> d = find();
    String explicit = System.getProperty(PROPERTY);
    Assumptions.assumeTrue(d.isPresent(), () -> "../shared/reference is absent: "
        + (explicit != null && !explicit.isBlank()
            ? "-D" + PROPERTY + "=" + explicit + " has no crds/ and examples/"
            : "no shared/reference (with crds/ and examples/) in or above " + Path.of("").toAbsolutePath())
        + "; the upstream CRD and example conformance tests are skipped");
    return d.get();
  }

  private static boolean isReference(Path d) {
    return Files.isDirectory(d.resolve("crds")) && Files.isDirectory(d.resolve("examples"));
  }
}
