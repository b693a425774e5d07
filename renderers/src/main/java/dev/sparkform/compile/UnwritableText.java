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
    walk(PlainData.of(object), "", p.at(object.getKind() + " " + Texts.visible(object.getMetadata().getName())));
  }

  /** spark-submit's arguments (its {@code --conf KEY=VALUE} pairs included). */
  static void check(List<String> arguments, Problems p) {
    arguments.forEach(a -> Texts.check(p, "spark-submit argument", a));
  }

  private static void walk(Object v, String path, Problems p) {
    if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> {
        String key = String.valueOf(k);
        Texts.checkEncodable(p, "key of " + (path.isEmpty() ? "the object" : path), key);
        walk(x, path.isEmpty() ? Texts.visible(key) : path + "." + Texts.visible(key), p);
      });
    } else if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(l.get(i), path + "[" + i + "]", p);
      }
    } else if (v instanceof String s) {
      Texts.checkEncodable(p, path, s);
    }
  }
}
