package dev.sparkform.dsl;

import java.util.Optional;
import java.util.regex.Pattern;

/** The Spark version every app and cluster must name, checked alike. */
final class SparkVersions {
  private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+(\\.[0-9]+)?");

  private SparkVersions() {}

  static void check(Problems p, Optional<String> version) {
    if (version.isEmpty()) {
      p.add("has no Spark version (sparkVersion(\"4.0.1\"))");
    } else if (!VERSION.matcher(version.get()).matches()) {
      p.add("Spark version \"%s\" is not like 4.0.1", version.get());
    }
  }
}
