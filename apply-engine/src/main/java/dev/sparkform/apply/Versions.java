package dev.sparkform.apply;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Sparkform's version, from a resource Maven filters at build time (ApplySet tooling annotation, {@code --version}). */
public final class Versions {
  private static final String VERSION = load();

  private Versions() {}

  /** The version of the build, or {@code 0.0.0-development} when the resource was not filtered. */
  public static String sparkform() {
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
