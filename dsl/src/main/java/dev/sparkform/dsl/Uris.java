package dev.sparkform.dsl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** The URI schemes Spark on Kubernetes can fetch application files from. */
final class Uris {
  static final List<String> SCHEMES = List.of("local", "s3a", "gs", "hdfs", "http", "https", "file", "abfss", "wasbs");

  private Uris() {}

  /**
   * Errors for unknown or missing schemes, for text {@code java.net.URI} (which Spark parses them
   * with) refuses, such as blanks, and for URIs naming no file; a warning for {@code file://}, which
   * needs an upload path.
   */
  static void check(Problems p, String uri) {
    int colon = uri.indexOf("://");
    if (colon <= 0) {
      p.add("\"%s\" has no scheme: use local:///path for a file in the image, or s3a://, gs://, hdfs://,"
          + " https://", Texts.visible(uri));
      return;
    }
    String scheme = uri.substring(0, colon);
    if (!SCHEMES.contains(scheme)) {
      p.add("\"%s\" has scheme %s; Spark on Kubernetes fetches from %s", Texts.visible(uri), Texts.visible(scheme),
          String.join(", ", SCHEMES));
      return;
    }
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      p.add("\"%s\" is not a valid URI (%s at index %d); write a blank as %%20", Texts.visible(uri), e.getReason(),
          e.getIndex());
      return;
    }
    String path = parsed.getPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      p.add("\"%s\" names no file (e.g. %s:///opt/app/app.jar)", Texts.visible(uri), scheme);
    } else if (scheme.equals("file")) {
      p.warn("\"%s\" is on the submitting machine: Spark uploads it only when"
          + " spark.kubernetes.file.upload.path is set; prefer local:// (in the image) or remote storage", uri);
    }
  }
}
