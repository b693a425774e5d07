package dev.sparkform.compile;

import dev.sparkform.dsl.SecretValue;
import dev.sparkform.dsl.ConfigMap;
import dev.sparkform.dsl.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
    return new SecretResolver() {
      @Override
      public Optional<byte[]> resolve(SecretValue value, StringBuilder problem) {
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
            Path file;
            try {
              file = baseDir.resolve(value.reference());
            } catch (InvalidPathException e) {
              problem.append("file \"").append(Texts.visible(value.reference())).append("\" is not a valid path: ")
                  .append(e.getReason());
              return Optional.empty();
            }
            // Read with a bound: a Secret holds at most 1 MiB, and /dev/zero or a huge file must not exhaust memory.
            try (InputStream in = Files.newInputStream(file)) {
              byte[] bytes = in.readNBytes(ConfigMap.MAX_DATA_BYTES + 1);
              if (bytes.length > ConfigMap.MAX_DATA_BYTES) {
                problem.append("file ").append(file).append(" is larger than ").append(ConfigMap.MAX_DATA_BYTES)
                    .append(" bytes (1 MiB), the most a Secret holds");
                return Optional.empty();
              }
              return Optional.of(bytes);
            } catch (IOException e) {
              problem.append("cannot read file ").append(file).append(": ").append(e.getClass().getSimpleName());
              return Optional.empty();
            }
          }
        }
      }
    };
  }
}
