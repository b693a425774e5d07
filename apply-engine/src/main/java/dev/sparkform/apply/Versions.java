package dev.sparkform.apply;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Sparkform's version, from a resource Maven filters at build time (the ApplySet tooling annotation needs it). */
final class Versions {
  private static final String VERSION = load();

  private Versions() {}

  static String sparkform() {
    return VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the development version
    }
    String v = p.getProperty("version", "");
    return v.isEmpty() || v.startsWith("${") ? "0.0.0-development" : v;
  }
}
