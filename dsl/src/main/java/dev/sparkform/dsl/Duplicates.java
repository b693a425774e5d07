package dev.sparkform.dsl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reports names that appear more than once in a list, naming the positions. */
final class Duplicates {
  private Duplicates() {}

  static <T> void check(Problems p, String what, List<T> items, Function<T, String> key) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String k = key.apply(items.get(i));
      Integer prev = first.putIfAbsent(k, i);
      if (prev != null) {
        p.add("duplicate %s \"%s\" (declared at [%d] and [%d])", what, k, prev, i);
      }
    }
  }
}
