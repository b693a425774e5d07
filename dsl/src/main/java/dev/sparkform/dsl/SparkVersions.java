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

  /** Whether a valid version is before {@code major.minor}; false when missing or not like 4.0.1 ({@link #check} says so). */
  static boolean before(Optional<String> version, int major, int minor) {
    if (version.isEmpty() || !VERSION.matcher(version.get()).matches()) {
      return false;
    }
    String[] v = version.get().split("\\.");
    int ma = Integer.parseInt(v[0]);
    return ma < major || (ma == major && Integer.parseInt(v[1]) < minor);
  }

  /** The major version of a valid version; 0 when missing or not like 4.0.1. */
  static int major(Optional<String> version) {
    if (version.isEmpty() || !VERSION.matcher(version.get()).matches()) {
      return 0;
    }
    return Integer.parseInt(version.get().split("\\.")[0]);
  }
}
