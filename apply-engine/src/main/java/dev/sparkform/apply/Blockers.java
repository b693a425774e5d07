package dev.sparkform.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What failed so far during an apply, and so which later objects cannot be written: those in a
 * namespace that could not be created, bindings of a role that could not be written, custom
 * resources whose CRD is not Established, and every member when the ApplySet parent could not be
 * written (Namespaces come before the parent, so they are exempt). Deletes are never blocked.
 */
final class Blockers {
  private final Set<String> namespaces = new HashSet<>();
  private final Set<String> roles = new HashSet<>();
  private final Map<String, String> customKinds = new HashMap<>();
  private String parent;

  void parentFailed(String why) {
    parent = why;
  }

  boolean parentFailed() {
    return parent != null;
  }

  /**
   * Notes a Namespace or role that could not be created (or re-created); other outcomes block
   * nothing: after a failed update the namespace or role still exists, and what uses it can be written.
   */
  void record(Outcome o) {
    if (o.status() == Outcome.Status.UNCHANGED || o.status() == Outcome.Status.APPLIED
        || (o.action() != Action.CREATE && o.action() != Action.REPLACE)) {
      return;
    }
    if (o.ref().kind().equals("Namespace")) {
      namespaces.add(o.ref().name());
    } else if (o.ref().kind().endsWith("Role")) {
      roles.add(roleKey(o.ref().kind(), o.ref().name(), o.ref().namespace()));
    }
  }

  /** Custom resources of {@code groupKind} ({@code Kind.group}) cannot be written, because {@code why}. */
  void block(String groupKind, String why) {
    customKinds.put(groupKind, why);
  }

  /** Why {@code c} cannot be written now; null when it can. */
  String reason(Change c) {
    if (c.action() == Action.DELETE || c.action() == Action.NOOP) {
      return null;
    }
    if (parent != null && !c.ref().kind().equals("Namespace")) {
      return parent;
    }
    if (customKinds.containsKey(c.ref().groupKind())) {
      return customKinds.get(c.ref().groupKind());
    }
    if (c.ref().namespace() != null && namespaces.contains(c.ref().namespace())) {
      return "skipped: its namespace " + c.ref().namespace() + " could not be created";
    }
    Map<String, Object> roleRef = Plain.map(c.desired().get("roleRef"));
    if (!roleRef.isEmpty()) {
      String kind = String.valueOf(roleRef.get("kind"));
      String ns = kind.equals("ClusterRole") ? null : c.ref().namespace();
      if (roles.contains(roleKey(kind, String.valueOf(roleRef.get("name")), ns))) {
        return "skipped: its " + kind + " " + roleRef.get("name") + " could not be created";
      }
    }
    return null;
  }

  private static String roleKey(String kind, String name, String namespace) {
    return kind + " " + name + " " + namespace;
  }
}
