package dev.sparkform.render;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The allow-lists for what becomes part of a file name or a line of {@code kustomization.yaml}.
 * Objects reach the writer without the DSL's checks too (the Java API, fabric8 objects, the
 * spark-submit files), and RBAC names are path segments that Kubernetes lets hold almost anything,
 * line feeds included: a Role named {@code "r\n- victim"} would add {@code - victim.yaml} to the
 * kustomization, and the next render would delete the user's {@code victim.yaml} as its own.
 */
final class SafeNames {
  /**
   * Object names: what DNS-1123 names allow, plus the capitals, '_' and ':' of RBAC names such as
   * {@code system:aggregate-to-edit} (a ':' becomes '-' in the file name). Each is a plain YAML
   * scalar character and means nothing to a file system or a shell. Ending with a letter or digit
   * keeps ".." out of the file name too ({@code a.} would make {@code 01-role-a..yaml}).
   */
  private static final Rule NAME = new Rule("name", "[A-Za-z0-9]([A-Za-z0-9._:-]*[A-Za-z0-9])?", "A-Za-z0-9._:-",
      "letters, digits, '-', '.', '_' and ':', starting and ending with a letter or digit, without \"..\"");
  /** Kinds are Go type names. */
  private static final Rule KIND =
      new Rule("kind", "[A-Za-z][A-Za-z0-9]*", "A-Za-z0-9", "letters and digits, starting with a letter");
  /** Files and directories beside the objects: as object names, without ':' (nothing maps it there). */
  private static final Rule FILE = new Rule("file name", "[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?", "A-Za-z0-9._-",
      "letters, digits, '-', '.' and '_', starting and ending with a letter or digit, without \"..\"");

  private SafeNames() {}

  /** Why an object name cannot be part of a file name, if it cannot. */
  static Optional<String> name(String name) {
    return NAME.problem(name);
  }

  /** Adds why the stack's name cannot be part of a file name to {@code problems}, if it cannot. */
  static void checkStack(String stackName, List<String> problems) {
    Optional<String> why = name(stackName);
    if (why.isPresent()) {
      problems.add("stack " + escape(stackName) + ": " + why.get());
    }
  }

  /** Why a kind cannot be part of a file name, if it cannot. */
  static Optional<String> kind(String kind) {
    return KIND.problem(kind);
  }

  /** Why a file or directory name (one path segment) cannot be written, if it cannot. */
  static Optional<String> file(String name) {
    return FILE.problem(name);
  }

  /** A value in double quotes, escaped as in Java, so a line feed or a control character shows instead of acting. */
  static String show(String s) {
    return s == null ? "null" : "\"" + escape(s) + "\"";
  }

  /** A value escaped as in Java, without quotes. */
  static String escape(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        default:
          if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
            sb.append(String.format("\\u%04x", c));
          } else {
            sb.appendCodePoint(c);
          }
      }
    }
    return sb.toString();
  }

  /** One allow-list: the whole value's pattern, the characters it allows, and the rule in words. */
  private static final class Rule {
    private final String what;
    private final Pattern whole;
    private final Pattern character;
    private final String words;

    Rule(String what, String whole, String allowed, String words) {
      this.what = what;
      this.whole = Pattern.compile(whole);
      this.character = Pattern.compile("[" + allowed + "]");
      this.words = words;
    }

    Optional<String> problem(String value) {
      if (value == null || value.isEmpty()) {
        return Optional.of("it has no " + what);
      }
      if (whole.matcher(value).matches() && !value.contains("..")) {
        return Optional.empty();
      }
      TreeSet<String> bad = new TreeSet<>();
      value.codePoints().mapToObj(Character::toString).filter(c -> !character.matcher(c).matches())
          .forEach(c -> bad.add(show(c)));
      String why = !bad.isEmpty() ? "it holds " + String.join(", ", bad)
          : value.contains("..") ? "it holds \"..\"" : "it starts or ends with " + show(edge(value));
      return Optional.of(what + " " + show(value) + " cannot be part of a file name: " + why + " (allowed: "
          + words + ")");
    }

    private static String edge(String value) {
      String first = value.substring(0, value.offsetByCodePoints(0, 1));
      return first.matches("[A-Za-z0-9]") ? value.substring(value.offsetByCodePoints(value.length(), -1)) : first;
    }
  }
}
