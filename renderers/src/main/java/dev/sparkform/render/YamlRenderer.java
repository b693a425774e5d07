package dev.sparkform.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/**
 * Multi-document YAML, byte-identical across runs and JVMs: fields in {@link KeyOrder}, no null or
 * empty fields, block style, two-space indent, LF line ends, documents separated by {@code ---}.
 *
 * <p>A string is written plain only when every YAML reader reads it back as the same string;
 * otherwise it is double-quoted. That covers YAML 1.1 booleans and numbers that SnakeYAML knows
 * ({@code yes}, {@code on}, {@code 1e3}, {@code 0x1F}, {@code 1:20}, dates, {@code null}, {@code ~}),
 * the single letters {@code y}/{@code n} that Kubernetes' Go reader takes as booleans, what that
 * reader takes as numbers ({@code 0X1F}, {@code 1e3_}), YAML 1.2 octals ({@code 0o17}), and any
 * indicator character at the start ({@code *}, {@code &}, {@code :}, {@code -}, ...). Strings with line breaks are literal blocks ({@code |}),
 * unless they hold NEL, LS or PS (U+0085, U+2028, U+2029), which only double quotes keep.
 */
public final class YamlRenderer {
  private static final Pattern OTHER_READERS = Pattern.compile("[yYnN]|0o[0-7]+|[-+]?0b[01_]+");
  /**
   * Numbers to Kubernetes' Go reader, which drops every '_' and then tries strconv's integer syntax
   * (prefixes {@code 0x 0o 0b} in either case) and a float syntax: {@code 0X1F}, {@code 0o1_7}, {@code 1e3_}.
   */
  private static final Pattern GO_NUMBER = Pattern.compile(
      "[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
  private static final StringResolver RESOLVER = new StringResolver();

  private YamlRenderer() {}

  /** All objects as one multi-document stream. */
  public static String render(List<? extends HasMetadata> objects) {
    StringBuilder sb = new StringBuilder();
    Dumper dumper = null;
    for (HasMetadata o : objects) {
      if (sb.length() > 0) {
        sb.append("---\n");
      }
      Map<String, Object> data = PlainData.of(o);
      if (!BlockYaml.write(data, sb)) {
        dumper = dumper == null ? new Dumper() : dumper;
        sb.append(dumper.dump(data));
      }
    }
    return sb.toString();
  }

  /** One object as one document. */
  public static String render(HasMetadata object) {
    return renderData(PlainData.of(object));
  }

  /** Any plain data (maps, lists, scalars) with the same conventions. */
  public static String renderData(Object plainData) {
    StringBuilder sb = new StringBuilder();
    return BlockYaml.write(plainData, sb) ? sb.toString() : dump(plainData);
  }

  /** Whether {@code s} may be written without quotes. */
  static boolean plainSafe(String s) {
    if (!plainCharacters(s) || s.endsWith(" ") || s.endsWith(":") || s.contains(": ") || s.contains(" #")) {
      return false;
    }
    // OTHER_READERS and GO_NUMBER match only strings that start (once '_' are dropped) with one of
    // these: most strings (names, images, labels) skip both patterns, half of a large render's time.
    String numberStart = s.charAt(0) == '_' ? s.replace("_", "") : s;
    if ("yYnN0123456789-+.".indexOf(s.charAt(0)) >= 0
        || !numberStart.isEmpty() && "0123456789-+.".indexOf(numberStart.charAt(0)) >= 0) {
      if (OTHER_READERS.matcher(s).matches() || GO_NUMBER.matcher(s.replace("_", "")).matches()) {
        return false;
      }
    }
    return !RESOLVER.mayResolve(s) || RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
  }

  /** SnakeYAML's YAML 1.1 resolver, which also tells which strings none of its patterns can match. */
  private static final class StringResolver extends Resolver {
    /**
     * Whether the patterns tried on every string (not chosen by a first character) match only "".
     * Their class is not public: read from its text ({@code Tuple tag=... regexp=^$ limit=...});
     * any other text means no shortcut.
     */
    private final boolean othersMatchOnlyEmpty = othersMatchOnlyEmpty(yamlImplicitResolvers.get(null));

    private static boolean othersMatchOnlyEmpty(List<?> tuples) {
      if (tuples != null) {
        for (Object t : tuples) {
          if (!t.toString().contains(" regexp=^$ ")) {
            return false;
          }
        }
      }
      return true;
    }

    /** False when {@code s} (not empty) is a string to SnakeYAML without trying a pattern. */
    boolean mayResolve(String s) {
      return !othersMatchOnlyEmpty || yamlImplicitResolvers.containsKey(s.charAt(0));
    }
  }

  /**
   * Our conservative subset of plain scalars, {@code [A-Za-z0-9_./][A-Za-z0-9_./:=@+,~ ()-]*}, without
   * a regular expression.
   */
  private static boolean plainCharacters(String s) {
    if (s.isEmpty() || !plainStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!plainStart(c) && ":=@+,~ ()-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainStart(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '/';
  }

  /** One document through {@link Dumper}. */
  static String dump(Object plainData) {
    return new Dumper().dump(plainData);
  }

  /**
   * What {@link #yaml()}{@code .dump(data)} writes (a test holds them equal), through SnakeYAML's
   * representer, serializer and emitter without a {@link Yaml}: a Yaml also makes its loading half,
   * whose first use starts {@code System.Logger}, which looks for a logger provider in every jar.
   * One per render, like a Yaml: its representer is reused, a serializer is made per document.
   */
  static final class Dumper {
    private final DumperOptions options = options();
    private final Representer representer = new QuotingRepresenter(options);
    private final Resolver resolver = new Resolver();

    Dumper() {
      representer.setDefaultFlowStyle(options.getDefaultFlowStyle());
      representer.setDefaultScalarStyle(options.getDefaultScalarStyle());
    }

    String dump(Object plainData) {
      StringWriter out = new StringWriter();
      Serializer serializer = new Serializer(new Emitter(out, options), resolver, options, null);
      try {
        serializer.open();
        serializer.serialize(representer.represent(plainData));
        serializer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
      return out.toString();
    }
  }

  /** SnakeYAML with these conventions: the test oracle of {@link BlockYaml} and of {@link #dump}. */
  static Yaml yaml() {
    DumperOptions options = options();
    return new Yaml(new QuotingRepresenter(options), options);
  }

  private static DumperOptions options() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setWidth(Integer.MAX_VALUE);
    options.setSplitLines(false);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    options.setAllowUnicode(true);
    return options;
  }

  private static final class QuotingRepresenter extends Representer {
    QuotingRepresenter(DumperOptions options) {
      super(options);
      this.representers.put(String.class, new Strings());
    }

    private final class Strings implements Represent {
      @Override
      public Node representData(Object data) {
        String s = (String) data;
        DumperOptions.ScalarStyle style;
        // A literal block keeps NEL, LS and PS raw, and readers take them for line breaks: quote those.
        if (s.indexOf('\n') >= 0 && s.indexOf('\u0085') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
          style = DumperOptions.ScalarStyle.LITERAL;
        } else if (plainSafe(s)) {
          style = DumperOptions.ScalarStyle.PLAIN;
        } else {
          style = DumperOptions.ScalarStyle.DOUBLE_QUOTED;
        }
        return representScalar(Tag.STR, s, style);
      }
    }
  }
}
