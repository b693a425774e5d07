package dev.sparkform.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live object seen through the fields we manage: the fields we want now plus those we set
 * last time. Everything else (server-populated, defaulted, other writers' fields) drops out, so it
 * never shows as a change and never restarts a Spark job by a spurious spec change.
 */
final class Projection {
  private Projection() {}

  static Map<String, Object> of(Map<String, Object> live, Map<String, Object> desired, Map<String, Object> last) {
    return Plain.object(project(live, desired, last));
  }

  private static Object project(Object live, Object desired, Object last) {
    if (live instanceof Map<?, ?> l && (desired instanceof Map || last instanceof Map)) {
      Map<String, Object> d = Plain.map(desired);
      Map<String, Object> a = Plain.map(last);
      Set<String> keys = new LinkedHashSet<>(d.keySet());
      keys.addAll(a.keySet());
      Map<String, Object> out = new LinkedHashMap<>();
      for (String k : keys) {
        Object lv = l.get(k);
        if (lv != null) {
          out.put(k, project(lv, d.get(k), a.get(k)));
        }
      }
      return out;
    }
    if (live instanceof List<?> l && desired instanceof List<?> d && l.size() == d.size()) {
      // Element by element, so that defaults the server adds inside items (a container's
      // terminationMessagePath) do not count; a different length is a change anyway.
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        Object ai = last instanceof List<?> a && a.size() > i ? a.get(i) : null;
        out.add(project(l.get(i), d.get(i), ai));
      }
      return out;
    }
    return live;
  }
}
