package dev.sparkform.dsl;

import java.util.List;

/** The URI schemes Spark on Kubernetes can fetch application files from. */
final class Uris {
  static final List<String> SCHEMES = List.of("local", "s3a", "gs", "hdfs", "http", "https", "file", "abfss", "wasbs");

  private Uris() {}

  /** Errors for unknown or missing schemes; a warning for {@code file://}, which needs an upload path. */
  static void check(Problems p, String uri) {
    int colon = uri.indexOf("://");
    if (colon <= 0) {
      p.add("\"%s\" has no scheme: use local:///path for a file in the image, or s3a://, gs://, hdfs://,"
          + " https://", uri);
      return;
    }
    String scheme = uri.substring(0, colon);
    if (!SCHEMES.contains(scheme)) {
      p.add("\"%s\" has scheme %s; Spark on Kubernetes fetches from %s", uri, scheme, String.join(", ", SCHEMES));
    } else if (scheme.equals("file")) {
      p.warn("\"%s\" is on the submitting machine: Spark uploads it only when"
          + " spark.kubernetes.file.upload.path is set; prefer local:// (in the image) or remote storage", uri);
    }
  }
}
