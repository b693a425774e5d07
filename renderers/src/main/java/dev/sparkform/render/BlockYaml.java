package dev.sparkform.render;

import java.util.List;
import java.util.Map;

/**
 * Writes the plain data of most objects as block YAML directly, byte for byte what SnakeYAML's
 * dumper writes with {@link YamlRenderer}'s options, and declines (returns false) for anything
 * else: multi-line strings, strings that are not printable ASCII or start with "...", keys SnakeYAML
 * would write as explicit keys, numbers other than int and long, and any other type. Going through SnakeYAML's
 * representer, serializer and emitter costs several times the writing itself, and its first use
 * in a process starts java.util.logging.
 */
final class BlockYaml {
  /**
   * SnakeYAML writes an empty key, or one whose length plus its tag's ("!!str") reaches 128, as an
   * explicit ("? ") key.
   */
  private static final int LONGEST_SIMPLE_KEY = 122;

  private final StringBuilder out;

  private BlockYaml(StringBuilder out) {
    this.out = out;
  }

  /** Appends {@code data} as one document and returns true, or appends nothing and returns false. */
  static boolean write(Object data, StringBuilder out) {
    int start = out.length();
    try {
      BlockYaml w = new BlockYaml(out);
      if (data instanceof Map && !((Map<?, ?>) data).isEmpty()) {
        w.mapping((Map<?, ?>) data, 0, false);
      } else if (data instanceof List && !((List<?>) data).isEmpty()) {
        w.sequence((List<?>) data, 0, false);
      } else {
        return false;
      }
      return true;
    } catch (Unsupported e) {
      out.setLength(start);
      return false;
    }
  }

  private void mapping(Map<?, ?> map, int indent, boolean onThisLine) {
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(first && onThisLine)) {
        indent(indent);
      }
      first = false;
      if (!(e.getKey() instanceof String) || ((String) e.getKey()).isEmpty()
          || ((String) e.getKey()).length() > LONGEST_SIMPLE_KEY) {
        throw Unsupported.INSTANCE;
      }
      scalar(e.getKey());
      out.append(':');
      Object v = e.getValue();
      if (v instanceof Map && !((Map<?, ?>) v).isEmpty()) {
        out.append('\n');
        mapping((Map<?, ?>) v, indent + 2, false);
      } else if (v instanceof List && !((List<?>) v).isEmpty()) {
        // A sequence in a mapping is not indented (SnakeYAML's default indicator indent, 0).
        out.append('\n');
        sequence((List<?>) v, indent, false);
      } else {
        out.append(' ');
        leaf(v);
      }
    }
  }

  private void sequence(List<?> list, int indent, boolean onThisLine) {
    boolean first = true;
    for (Object v : list) {
      if (!(first && onThisLine)) {
        indent(indent);
      }
      first = false;
      out.append("- ");
      if (v instanceof Map && !((Map<?, ?>) v).isEmpty()) {
        mapping((Map<?, ?>) v, indent + 2, true);
      } else if (v instanceof List && !((List<?>) v).isEmpty()) {
        sequence((List<?>) v, indent + 2, true);
      } else {
        leaf(v);
      }
    }
  }

  /** A scalar or an empty collection, then the line's end. */
  private void leaf(Object v) {
    if (v instanceof Map) {
      out.append("{}");
    } else if (v instanceof List) {
      out.append("[]");
    } else {
      scalar(v);
    }
    out.append('\n');
  }

  private void scalar(Object v) {
    if (v instanceof String) {
      string((String) v);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
      out.append(v);
    } else {
      throw Unsupported.INSTANCE;
    }
  }

  private void string(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw Unsupported.INSTANCE;
      }
    }
    // SnakeYAML single-quotes a string that starts like a document end marker.
    if (s.startsWith("...")) {
      throw Unsupported.INSTANCE;
    }
    if (YamlRenderer.plainSafe(s)) {
      out.append(s);
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }

  private void indent(int n) {
    for (int i = 0; i < n; i++) {
      out.append(' ');
    }
  }

  /** Something only SnakeYAML writes the way it does; thrown without a stack trace. */
  private static final class Unsupported extends RuntimeException {
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super(null, null, false, false);
    }
  }
}
