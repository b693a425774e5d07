package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.Texts;
import dev.sparkform.render.PlainData;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/**
 * The safety net behind the DSL's own text checks ({@link Texts}): any string of a compiled object
 * (pod templates included) that UTF-8 cannot encode, and any spark-submit argument a command line
 * cannot carry (NUL), is a problem at its field path, so that no renderer ever replaces or drops a
 * character.
 */
final class UnwritableText {
  private UnwritableText() {}

  static void check(HasMetadata object, Problems p) {
    walk(PlainData.of(object), null, p.at(object.getKind() + " " + Texts.visible(object.getMetadata().getName())));
  }

  /** spark-submit's arguments (its {@code --conf KEY=VALUE} pairs included). */
  static void check(List<String> arguments, Problems p) {
    for (String a : arguments) {
      Texts.check(p, "spark-submit argument", a);
    }
  }

  /**
   * Checks every key and string below {@code v}. {@code at} names where {@code v} is; its text is
   * made only for a problem (most objects have none, and the paths were half of a check's time).
   */
  private static void walk(Object v, Path at, Problems p) {
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (Texts.whyNotEncodable(key) != null) {
          Texts.checkEncodable(p, "key of " + (at == null ? "the object" : at), key);
        }
        walk(e.getValue(), new Path(at, key, -1), p);
      }
    } else if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(l.get(i), new Path(at, null, i), p);
      }
    } else if (v instanceof String s && Texts.whyNotEncodable(s) != null) {
      Texts.checkEncodable(p, at == null ? "" : at.toString(), s);
    }
  }

  /** A field path, {@code spec.driver.env[0].value}, as a chain: a key, or an index when {@code key} is null. */
  private record Path(Path parent, String key, int index) {
    @Override
    public String toString() {
      if (key == null) {
        return (parent == null ? "" : parent.toString()) + "[" + index + "]";
      }
      return parent == null ? Texts.visible(key) : parent + "." + Texts.visible(key);
    }
  }
}
