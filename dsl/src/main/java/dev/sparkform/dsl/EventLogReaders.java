package dev.sparkform.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Apps and the history servers of one stack: an app whose event log no history server of the stack
 * reads, or writes in a form its reader does not expect, gets a warning. Spark 4 writes rolling,
 * compressed event logs by default; Spark 3 a single uncompressed file unless told otherwise.
 */
final class EventLogReaders {
  static final String ROLLING_KEY = "spark.eventLog.rolling.enabled";

  private EventLogReaders() {}

  static void check(List<StackResource> resources, Problems p) {
    List<HistoryServer> servers = new ArrayList<>();
    for (StackResource r : resources) {
      if (r instanceof HistoryServer h && h.logDirectory().isPresent()) {
        servers.add(h);
      }
    }
    if (servers.isEmpty()) {
      return;
    }
    for (StackResource r : resources) {
      Optional<SparkApp> app = SparkApp.of(r);
      if (app.isEmpty() || app.get().eventLogDir().isEmpty()) {
        continue;
      }
      String dir = app.get().eventLogDir().get();
      Problems ep = p.at(r.describe()).at("eventLog");
      HistoryServer h = reader(servers, dir);
      if (h == null) {
        List<String> read = new ArrayList<>();
        for (HistoryServer s : servers) {
          read.add(s.name() + " reads " + s.logDirectory().get());
        }
        ep.warn("directory \"%s\" is read by no history server of this stack (%s): its runs will not show there",
            dir, String.join(", ", read));
        continue;
      }
      if (h.keepEventLogFiles().isPresent() && !rolls(app.get())) {
        ep.warn("history server %s compacts rolling event logs (keepEventLogFiles %d), but this app writes one"
            + " file (Spark %s%s): set sparkConf %s=true", h.name(), h.keepEventLogFiles().getAsInt(),
            app.get().sparkVersion().orElse("?"), app.get().sparkConf().containsKey(ROLLING_KEY)
                ? ", " + ROLLING_KEY + "=" + app.get().sparkConf().get(ROLLING_KEY) : "", ROLLING_KEY);
      }
      if (SparkVersions.major(h.sparkVersion()) < SparkVersions.major(app.get().sparkVersion())) {
        ep.warn("history server %s runs Spark %s, older than this app's %s: run it with the newest Spark of the"
            + " apps it reads", h.name(), h.sparkVersion().orElse("?"), app.get().sparkVersion().orElse("?"));
      }
    }
  }

  /** Whether the app writes a rolling event log: its sparkConf, else Spark 4's default (true; Spark 3: false). */
  static boolean rolls(SparkApp app) {
    String own = app.sparkConf().get(ROLLING_KEY);
    return own != null ? Boolean.parseBoolean(own.trim()) : SparkVersions.major(app.sparkVersion()) >= 4;
  }

  /** The first of {@code servers} reading {@code dir}, or null. */
  private static HistoryServer reader(List<HistoryServer> servers, String dir) {
    for (HistoryServer h : servers) {
      if (sameDirectory(h.logDirectory().get(), dir)) {
        return h;
      }
    }
    return null;
  }

  private static boolean sameDirectory(String a, String b) {
    return strip(a).equals(strip(b));
  }

  private static String strip(String dir) {
    String d = dir.trim();
    while (d.endsWith("/") && !d.endsWith("://")) {
      d = d.substring(0, d.length() - 1);
    }
    return d;
  }
}
