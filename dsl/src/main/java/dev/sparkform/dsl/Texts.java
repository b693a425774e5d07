package dev.sparkform.dsl;

/**
 * Text that cannot travel unchanged: a NUL ends a C string (a command line, an environment
 * variable, the spark-submit script), and an unpaired UTF-16 surrogate has no UTF-8 encoding (files
 * and the API server would get U+FFFD or '?'). Both are refused rather than silently changed.
 */
public final class Texts {
  private static final int SHOWN = 80;

  private Texts() {}

  /** Why {@code s} cannot be written unchanged, or null when it can. */
  public static String unwritable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
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

  /** Adds a problem when {@code s} cannot be written unchanged: {@code argument[0] "a\u0000b" contains a NUL ...}. */
  public static void check(Problems p, String what, String s) {
    String why = unwritable(s);
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
