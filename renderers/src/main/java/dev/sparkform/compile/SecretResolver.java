package dev.sparkform.compile;

import dev.sparkform.dsl.SecretValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Reads a {@link SecretValue} at compile time; tests give their own environment and files. */
@FunctionalInterface
public interface SecretResolver {
  /** The bytes of the value, or empty with {@code problem} told why. */
  Optional<byte[]> resolve(SecretValue value, StringBuilder problem);

  /** The process environment and the file system. */
  static SecretResolver system() {
    return of(System.getenv(), Path.of(""));
  }

  static SecretResolver of(Map<String, String> environment, Path baseDir) {
    return (value, problem) -> {
      switch (value.source()) {
        case LITERAL:
          return Optional.of(value.reference().getBytes(StandardCharsets.UTF_8));
        case ENVIRONMENT: {
          String v = environment.get(value.reference());
          if (v == null) {
            problem.append("environment variable ").append(value.reference()).append(" is not set");
            return Optional.empty();
          }
          return Optional.of(v.getBytes(StandardCharsets.UTF_8));
        }
        default: {
          Path file = baseDir.resolve(value.reference());
          try {
            return Optional.of(Files.readAllBytes(file));
          } catch (IOException e) {
            problem.append("cannot read file ").append(file).append(": ").append(e.getClass().getSimpleName());
            return Optional.empty();
          }
        }
      }
    };
  }
}
