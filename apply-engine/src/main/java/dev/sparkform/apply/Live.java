package dev.sparkform.apply;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the cluster holds for one stack, as read by {@link LiveReader}: the ApplySet parent, the
 * objects carrying the set's {@code part-of} label, and any object of a desired name that does not
 * (unlabelled, or another stack's). Objects are canonical plain data ({@link Plain}).
 */
public final class Live {
  final Map<String, Object> parent;
  final Map<ObjectRef, Map<String, Object>> members;
  final Map<ObjectRef, Map<String, Object>> others;
  final List<String> reads;

  Live(Map<String, Object> parent, Map<ObjectRef, Map<String, Object>> members,
      Map<ObjectRef, Map<String, Object>> others, List<String> reads) {
    this.parent = parent;
    this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    this.others = Collections.unmodifiableMap(new LinkedHashMap<>(others));
    this.reads = List.copyOf(reads);
  }

  /** The live object of this name, whoever owns it. */
  Optional<Map<String, Object>> get(ObjectRef ref) {
    Map<String, Object> m = members.get(ref);
    return Optional.ofNullable(m != null ? m : others.get(ref));
  }

  /** What was read, one line per request ("list RoleBinding in spark-jobs", "get Secret ..."): for --debug. */
  public List<String> reads() {
    return reads;
  }
}
