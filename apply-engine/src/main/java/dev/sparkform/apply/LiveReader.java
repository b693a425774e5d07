package dev.sparkform.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a plan needs and nothing more: the parent; one label-selected list per kind (and per
 * namespace, for namespaced kinds) that the desired stack or the parent names; one get per desired
 * object the lists did not return (to find unlabelled or other stacks' objects of that name).
 * Never a sweep over all API types (kapp #599).
 */
final class LiveReader {
  private final Cluster cluster;

  LiveReader(Cluster cluster) {
    this.cluster = cluster;
  }

  Live read(ApplySet set, List<ObjectRef> desired) {
    List<String> reads = new ArrayList<>();
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
        // Unknown kinds in the parent (another version's) cannot be listed without discovery: skipped.
        Kinds.apiVersion(gk).ifPresent(v -> kinds.putIfAbsent(gk, v));
      }
      namespaces.addAll(csv(annotation(parent, ApplySet.ADDITIONAL_NAMESPACES)));
    }

    Map<ObjectRef, Map<String, Object>> members = new LinkedHashMap<>();
    for (Map.Entry<String, String> k : kinds.entrySet()) {
      String kind = k.getKey().contains(".") ? k.getKey().substring(0, k.getKey().indexOf('.')) : k.getKey();
      boolean cluster = Kinds.clusterScoped(k.getKey()) || desiredClusterScoped(desired, k.getKey());
      for (String ns : cluster ? java.util.Collections.singletonList((String) null) : List.copyOf(namespaces)) {
        reads.add("list " + kind + (ns == null ? "" : " in " + ns) + " with " + ApplySet.PART_OF_LABEL + "=" + set.id());
        for (Map<String, Object> o : listServed(k.getValue(), kind, ns, set.id())) {
          members.put(ObjectRef.of(o), o);
        }
      }
    }

    Map<ObjectRef, Map<String, Object>> others = new LinkedHashMap<>();
    for (ObjectRef r : desired) {
      if (!members.containsKey(r)) {
        reads.add("get " + r);
        cluster.get(r).ifPresent(o -> others.put(r, o));
      }
    }
    return new Live(parent, members, others, reads);
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
