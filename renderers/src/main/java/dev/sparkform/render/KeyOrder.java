package dev.sparkform.render;

import java.util.Comparator;
import java.util.List;

/**
 * The fixed order of an object's fields in rendered output, the same in YAML and JSON:
 * <ol>
 *   <li>{@code apiVersion, kind, metadata}, then {@code name, namespace, labels, annotations, type,
 *       spec} wherever they occur (so metadata reads name, namespace, labels, annotations; a
 *       container or volume starts with its name; a Secret's type precedes its data);</li>
 *   <li>every other field in alphabetical order (by UTF-16 code unit, independent of locale);</li>
 *   <li>{@code status} last.</li>
 * </ol>
 * Keys of maps (labels, annotations, data, Spark configuration) are sorted alphabetically.
 */
public final class KeyOrder {
  private static final List<String> FIRST = List.of(
      "apiVersion", "kind", "metadata", "name", "namespace", "labels", "annotations", "type", "spec");

  /** Orders field names of an object. */
  public static final Comparator<String> FIELDS = new Comparator<>() {
    @Override
    public int compare(String a, String b) {
      int ra = rank(a);
      int rb = rank(b);
      return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
    }
  };

  private KeyOrder() {}

  private static int rank(String key) {
    int i = FIRST.indexOf(key);
    if (i >= 0) {
      return i;
    }
    return key.equals("status") ? FIRST.size() + 1 : FIRST.size();
  }
}
