package dev.sparkform.dsl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports names that appear more than once in a list, naming the positions. Takes the names, not
 * the items and a function: a method reference would cost a call-site link even for an empty list.
 */
final class Duplicates {
  private Duplicates() {}

  static void check(Problems p, String what, List<String> keys) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      Integer prev = first.putIfAbsent(k, i);
      if (prev != null) {
        p.add("duplicate %s \"%s\" (declared at [%d] and [%d])", what, k, prev, i);
      }
    }
  }
}
