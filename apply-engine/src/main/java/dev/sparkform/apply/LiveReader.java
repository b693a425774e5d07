package dev.sparkform.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a plan needs and nothing more: the parent; one label-selected list per kind (and per
 * namespace, for namespaced kinds) that the desired stack or the parent names; for the desired
 * objects those lists did not return, one list of names per kind and namespace (metadata only, no
 * selector: it finds unlabelled and other stacks' objects of those names), and a get of each name
 * that exists. No get per object that does not exist.
 * Never a sweep over all API types (kapp #599).
 */
final class LiveReader {
  private final Cluster cluster;

  LiveReader(Cluster cluster) {
    this.cluster = cluster;
  }

  Live read(ApplySet set, List<ObjectRef> desired) {
    List<String> reads = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    reads.add("get " + set.parent());
    Map<String, Object> parent = cluster.get(set.parent()).orElse(null);

    // Group-kind -> API version to list it with; desired objects say theirs, the parent only names kinds.
    Map<String, String> kinds = new LinkedHashMap<>();
    Set<String> namespaces = new LinkedHashSet<>();
    namespaces.add(set.parent().namespace());
    for (ObjectRef r : desired) {
      kinds.putIfAbsent(r.groupKind(), r.apiVersion());
      if (r.namespace() != null) {
        namespaces.add(r.namespace());
      }
    }
    if (parent != null) {
      for (String gk : csv(annotation(parent, ApplySet.GROUP_KINDS))) {
        if (kinds.containsKey(gk)) {
          continue;
        }
        // Kinds the engine does not know by heart (an Ingress, a CRD's): the server's discovery says.
        Optional<String> version = Kinds.apiVersion(gk);
        if (version.isEmpty()) {
          reads.add("discovery of " + gk);
          version = discover(gk);
        }
        if (version.isPresent()) {
          kinds.put(gk, version.get());
        } else {
          warnings.add("the stack owned objects of kind " + gk + ", which the server no longer serves (or does not"
              + " say it serves): they cannot be found, and are not pruned");
        }
      }
      namespaces.addAll(csv(annotation(parent, ApplySet.ADDITIONAL_NAMESPACES)));
    }

    Map<ObjectRef, Map<String, Object>> members = new LinkedHashMap<>();
    for (Map.Entry<String, String> k : kinds.entrySet()) {
      String kind = k.getKey().contains(".") ? k.getKey().substring(0, k.getKey().indexOf('.')) : k.getKey();
      boolean cluster = Kinds.clusterScoped(k.getKey()) || desiredClusterScoped(desired, k.getKey())
          || discoveredClusterScoped.contains(k.getKey());
      for (String ns : cluster ? java.util.Collections.singletonList((String) null) : List.copyOf(namespaces)) {
        reads.add("list " + kind + (ns == null ? "" : " in " + ns) + " with " + ApplySet.PART_OF_LABEL + "=" + set.id());
        try {
          for (Map<String, Object> o : listServed(k.getValue(), kind, ns, set.id())) {
            members.put(ObjectRef.of(o), o);
          }
        } catch (KubernetesClientException e) {
          if (!cluster || e.getCode() != HttpURLConnection.HTTP_FORBIDDEN) {
            throw e;
          }
          // A namespace-scoped deployer may not list a cluster-scoped kind, but may get the names it needs.
          for (ObjectRef r : byName(k.getKey(), k.getValue(), kind, desired, namespaces)) {
            reads.add("get " + r + " (may not list " + kind + ")");
            cluster(r).filter(o -> set.id().equals(label(o, ApplySet.PART_OF_LABEL))).ifPresent(o -> members.put(r, o));
          }
        }
      }
    }

    // Desired objects the labelled lists did not return may exist unlabelled, or as another stack's.
    // One read per kind and namespace finds their names (a get when only one is missing); only
    // the names that exist are then read whole (their owner decides the plan).
    Map<List<String>, List<ObjectRef>> missingByKind = new LinkedHashMap<>();
    for (ObjectRef r : desired) {
      if (!members.containsKey(r)) {
        missingByKind.computeIfAbsent(Arrays.asList(r.groupKind(), r.apiVersion(), r.namespace()),
            k -> new ArrayList<>()).add(r);
      }
    }
    Map<ObjectRef, Map<String, Object>> others = new LinkedHashMap<>();
    for (List<ObjectRef> missing : missingByKind.values()) {
      ObjectRef first = missing.get(0);
      Set<String> existing = missing.size() == 1 ? null : names(first, reads);
      for (ObjectRef r : missing) {
        if (existing == null || existing.contains(r.name())) {
          reads.add("get " + r);
          cluster.get(r).ifPresent(o -> others.put(r, o));
        }
      }
    }

    // The namespaces objects go to that the stack does not declare: missing or Terminating ones are plan errors.
    Set<String> declared = new LinkedHashSet<>();
    desired.stream().filter(r -> r.kind().equals("Namespace")).forEach(r -> declared.add(r.name()));
    Set<String> used = new LinkedHashSet<>();
    used.add(set.parent().namespace());
    desired.stream().filter(r -> r.namespace() != null).forEach(r -> used.add(r.namespace()));
    Map<String, Map<String, Object>> namespaceObjects = new LinkedHashMap<>();
    Set<String> missing = new LinkedHashSet<>();
    for (String ns : used) {
      if (declared.contains(ns)) {
        continue;
      }
      reads.add("get Namespace " + ns);
      try {
        cluster.get(namespace(ns)).ifPresentOrElse(o -> namespaceObjects.put(ns, o), () -> missing.add(ns));
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_FORBIDDEN) {
          throw e;
        }
        // A namespace-scoped deployer may not read it: unknown; the dry run finds out whether objects can go there.
      }
    }
    return new Live(parent, members, others, namespaceObjects, missing, reads, warnings);
  }

  /**
   * The names of all objects of {@code r}'s kind in its namespace, whoever's; null when the
   * deployer may not list them (then each is read by name, as before).
   */
  private Set<String> names(ObjectRef r, List<String> reads) {
    reads.add("list " + r.kind() + (r.namespace() == null ? "" : " in " + r.namespace()) + " (names only)");
    try {
      return cluster.names(r);
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return Set.of(); // a kind the server does not serve (yet): none of its objects exists
      }
      if (e.getCode() == HttpURLConnection.HTTP_FORBIDDEN) {
        return null;
      }
      throw e;
    }
  }

  /** Group-kinds discovery found to be cluster-scoped. */
  private final Set<String> discoveredClusterScoped = new LinkedHashSet<>();

  /** The served (preferred) API version of {@code Kind.group}, from the server's discovery; empty when not served. */
  private Optional<String> discover(String groupKind) {
    int dot = groupKind.indexOf('.');
    String kind = dot < 0 ? groupKind : groupKind.substring(0, dot);
    String group = dot < 0 ? "" : groupKind.substring(dot + 1);
    try {
      var client = cluster.client();
      String gv = group.isEmpty() ? "v1" : client.getApiGroup(group) == null ? null
          : client.getApiGroup(group).getPreferredVersion().getGroupVersion();
      var resources = gv == null ? null : client.getApiResources(gv);
      if (resources == null) {
        return Optional.empty();
      }
      for (var r : resources.getResources()) {
        if (kind.equals(r.getKind()) && !r.getName().contains("/")) {
          if (!Boolean.TRUE.equals(r.getNamespaced())) {
            discoveredClusterScoped.add(groupKind);
          }
          return Optional.of(gv);
        }
      }
      return Optional.empty();
    } catch (KubernetesClientException e) {
      return Optional.empty(); // a server without discovery (the sandbox's)
    }
  }

  static ObjectRef namespace(String name) {
    return new ObjectRef("v1", "Namespace", null, name);
  }

  private java.util.Optional<Map<String, Object>> cluster(ObjectRef r) {
    return cluster.get(r);
  }

  /** The objects of a cluster-scoped kind to get by name: the desired ones, and for Namespaces those the set lists. */
  private static List<ObjectRef> byName(String groupKind, String apiVersion, String kind, List<ObjectRef> desired,
      Set<String> namespaces) {
    Set<ObjectRef> out = new LinkedHashSet<>();
    desired.stream().filter(r -> r.groupKind().equals(groupKind)).forEach(out::add);
    if (kind.equals("Namespace")) {
      namespaces.forEach(ns -> out.add(new ObjectRef(apiVersion, kind, null, ns)));
    }
    return List.copyOf(out);
  }

  /** A kind the server does not serve (its CRD was removed) has no objects left to find: empty, not an error. */
  private List<Map<String, Object>> listServed(String apiVersion, String kind, String namespace, String id) {
    try {
      return cluster.list(apiVersion, kind, namespace, ApplySet.PART_OF_LABEL, id);
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return List.of();
      }
      throw e;
    }
  }

  private static boolean desiredClusterScoped(List<ObjectRef> desired, String groupKind) {
    return desired.stream().anyMatch(r -> r.groupKind().equals(groupKind) && r.clusterScoped());
  }

  static String annotation(Map<String, Object> object, String key) {
    Object v = Plain.map(Plain.map(object.get("metadata")).get("annotations")).get(key);
    return v == null ? null : v.toString();
  }

  static String label(Map<String, Object> object, String key) {
    Object v = Plain.map(Plain.map(object.get("metadata")).get("labels")).get(key);
    return v == null ? null : v.toString();
  }

  static List<String> csv(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::trim)
        .filter(x -> !x.isEmpty()).toList();
  }
}
