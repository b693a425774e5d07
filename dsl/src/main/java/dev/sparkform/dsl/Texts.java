package dev.sparkform.dsl;

/**
 * Text that cannot travel unchanged: an unpaired UTF-16 surrogate has no UTF-8 encoding (files and
 * the API server would get U+FFFD or '?'), and a NUL ends a C string (a command line, an
 * environment variable, the spark-submit script) though YAML and JSON escape it. Refused rather
 * than silently changed: surrogates everywhere, NUL where the text reaches a process.
 */
public final class Texts {
  private static final int SHOWN = 80;

  private Texts() {}

  /** Why {@code s} cannot be passed to a process unchanged, or null when it can. */
  public static String unwritable(String s) {
    return why(s, true);
  }

  private static String why(String s, boolean process) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 && process) {
        return "contains a NUL character (U+0000), which no command line, environment variable or C string"
            + " can carry";
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format("contains an unpaired surrogate (U+%04X), which UTF-8 cannot encode", (int) c);
      }
    }
    return null;
  }

  /** Why {@code s} cannot be written to a UTF-8 file unchanged, or null when it can. */
  public static String whyNotEncodable(String s) {
    return why(s, false);
  }

  /** Adds a problem when {@code s} cannot be passed to a process unchanged: {@code argument[0] "a\u0000b" contains a NUL ...}. */
  public static void check(Problems p, String what, String s) {
    add(p, what, s, why(s, true));
  }

  static void check(Problems p, String what, java.util.Optional<String> s) {
    if (s.isPresent()) {
      check(p, what, s.get());
    }
  }

  /** Adds a problem when {@code s} cannot be written to a UTF-8 file unchanged (NUL is escaped there). */
  public static void checkEncodable(Problems p, String what, String s) {
    add(p, what, s, why(s, false));
  }

  private static void add(Problems p, String what, String s, String why) {
    if (why != null) {
      p.add("%s \"%s\" %s", what, visible(s), why);
    }
  }

  /** {@code s} for a message: control characters and surrogates escaped, long text shortened. */
  public static String visible(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < SHOWN; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.length() >= SHOWN && s.length() > SHOWN ? sb + "... (" + s.length() + " characters)" : sb.toString();
  }
}
