package dev.sparkform.dsl;

/**
 * Rules for an app's event log directory. The driver writes it through Hadoop's file systems, and a
 * driver pod's own disk disappears with the pod, so only remote storage serves a history server.
 */
final class EventLogs {
  private EventLogs() {}

  static void validate(Problems p, String dir) {
    int colon = dir.indexOf("://");
    if (colon <= 0) {
      p.add("directory \"%s\" has no scheme: use a file system URI such as s3a://bucket/spark-events/", dir);
      return;
    }
    String scheme = dir.substring(0, colon);
    if (scheme.equals("local")) {
      p.add("directory \"%s\": local:// names files in the image, not a place to write; use s3a://, gs://,"
          + " hdfs:// or abfss://", dir);
    } else if (scheme.equals("file")) {
      p.warn("directory \"%s\" is on the driver pod's disk and goes with the pod; a history server will not"
          + " see it", dir);
    }
  }
}
