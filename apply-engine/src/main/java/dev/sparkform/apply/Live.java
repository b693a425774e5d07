package dev.sparkform.apply;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the cluster holds for one stack, as read by {@link LiveReader}: the ApplySet parent, the
 * objects carrying the set's {@code part-of} label, and any object of a desired name that does not
 * (unlabelled, or another stack's). Objects are canonical plain data ({@link Plain}).
 */
public final class Live {
  final Map<String, Object> parent;
  final Map<ObjectRef, Map<String, Object>> members;
  final Map<ObjectRef, Map<String, Object>> others;
  /** Namespaces that objects go to and the stack does not declare, as they are (absent: missing). */
  final Map<String, Map<String, Object>> namespaces;
  /** Of those, the ones that do not exist. */
  final Set<String> missingNamespaces;
  final List<String> reads;
  /** What the plan should say but that does not stop it (a kind the server no longer serves). */
  final List<String> warnings;

  Live(Map<String, Object> parent, Map<ObjectRef, Map<String, Object>> members,
      Map<ObjectRef, Map<String, Object>> others, Map<String, Map<String, Object>> namespaces,
      Set<String> missingNamespaces, List<String> reads, List<String> warnings) {
    this.parent = parent;
    this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    this.others = Collections.unmodifiableMap(new LinkedHashMap<>(others));
    this.namespaces = Collections.unmodifiableMap(new LinkedHashMap<>(namespaces));
    this.missingNamespaces = Set.copyOf(missingNamespaces);
    this.reads = List.copyOf(reads);
    this.warnings = List.copyOf(warnings);
  }

  /** The live object of this name, whoever owns it. */
  Optional<Map<String, Object>> get(ObjectRef ref) {
    Map<String, Object> m = members.get(ref);
    return Optional.ofNullable(m != null ? m : others.get(ref));
  }

  /**
   * Whether nothing can be created in {@code namespace} as it is: an undeclared one that is missing,
   * or one being deleted (the plan says so once; asking the server about each object adds nothing).
   */
  boolean unusable(String namespace) {
    if (missingNamespaces.contains(namespace)) {
      return true;
    }
    Map<String, Object> ns = namespaces.containsKey(namespace) ? namespaces.get(namespace)
        : get(LiveReader.namespace(namespace)).orElse(null);
    return ns != null && Planner.terminating(ns);
  }

  /** What was read, one line per request ("list RoleBinding in spark-jobs", "get Secret ..."): for --debug. */
  public List<String> reads() {
    return reads;
  }
}
