package dev.sparkform.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FieldValidateable;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server-side apply (PATCH, {@code application/apply-patch+yaml}, {@code fieldManager=sparkform},
 * strict field validation): the server merges and tracks field ownership, so removing a field from
 * the stack removes it from the object without our last-applied record. Conflicts are forced when
 * the user asks ({@code --force-conflicts}) and for objects being adopted ({@code --adopt} takes
 * over what it adopts). An object written client-side before is upgraded first ({@link ManagerUpgrade}).
 * Needs a real API server (fabric8's in-memory server answers 404/415).
 */
final class ServerSideApply implements WriteStrategy {
  private static final Pattern MANAGER = Pattern.compile("conflict with \"([^\"]*)\"");

  private final KubernetesClient client;
  private final Cluster cluster;
  private final boolean forceConflicts;

  ServerSideApply(KubernetesClient client, boolean forceConflicts) {
    this.client = client;
    this.cluster = new Cluster(client);
    this.forceConflicts = forceConflicts;
  }

  @Override
  public String name() {
    return "server-side";
  }

  /**
   * A create is a POST, not an apply: an apply of an absent object creates it, but of an object
   * someone created since the plan read it would take that over (no precondition can say "must not
   * exist": a uid in the applied object is refused when there is none). The POST fails with 409
   * instead. Its fields are recorded as our Update entry, moved to our Apply entry by the first
   * update ({@link ManagerUpgrade}).
   */
  @Override
  public Map<String, Object> create(Map<String, Object> desired, boolean dryRun) {
    return cluster.create(desired, dryRun);
  }

  @Override
  public Map<String, Object> update(Change change, boolean dryRun) {
    Map<String, Object> live = change.live();
    boolean adopting = live != null && LiveReader.label(live, ApplySet.PART_OF_LABEL) == null;
    boolean force = forceConflicts || adopting;
    Set<String> upgrade = ManagerUpgrade.managers(live);
    // Guarded by the resourceVersion the plan read (or the upgrade left): if the object changed since,
    // the server refuses (409).
    Object version = !dryRun && !upgrade.isEmpty() ? upgrade(change) : Plain.at(live, "metadata.resourceVersion");
    Map<String, Object> desired = Plain.copy(change.desired());
    Plain.map(desired.get("metadata")).put("resourceVersion", version);
    try {
      try {
        return apply(desired, force, dryRun);
      } catch (KubernetesClientException e) {
        // A dry run cannot upgrade first: conflicts only with the entries the upgrade would move are none.
        if (dryRun && e.getCode() == HttpURLConnection.HTTP_CONFLICT && !upgrade.isEmpty()
            && upgrade.containsAll(managers(e))) {
          return apply(desired, true, true);
        }
        throw e;
      }
    } catch (KubernetesClientException e) {
      throw conflict(e, change.ref());
    }
  }

  /**
   * Moves our client-side entries to our Apply entry (a JSON patch guarded by the resourceVersion
   * read); returns the object's new resourceVersion (the apply that follows is guarded by it).
   */
  private String upgrade(Change change) {
    Map<String, Object> meta = Plain.map(change.live().get("metadata"));
    List<Map<String, Object>> fields = ManagerUpgrade.upgraded(change.live(), change.ref().apiVersion());
    List<Map<String, Object>> patch = new ArrayList<>();
    patch.add(op("test", "/metadata/resourceVersion", meta.get("resourceVersion")));
    patch.add(op("replace", "/metadata/managedFields", fields));
    try {
      GenericKubernetesResource after = resource(change.desired()).patch(PatchContext.of(PatchType.JSON),
          Plain.json(patch));
      return after.getMetadata().getResourceVersion();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 422) {
        throw e;
      }
      // The patch's "test" of the resourceVersion failed: someone wrote the object since the plan read it.
      throw new KubernetesClientException("the object's resourceVersion is no longer the one the plan read ("
          + Applier.message(e) + ")", HttpURLConnection.HTTP_CONFLICT, null);
    }
  }

  private static Map<String, Object> op(String op, String path, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("op", op);
    m.put("path", path);
    m.put("value", value);
    return m;
  }

  private Map<String, Object> apply(Map<String, Object> desired, boolean force, boolean dryRun) {
    var op = resource(desired).dryRun(dryRun).fieldValidation(FieldValidateable.Validation.STRICT)
        .fieldManager(FIELD_MANAGER);
    return Plain.object(force ? op.forceConflicts().serverSideApply() : op.serverSideApply());
  }

  private Resource<GenericKubernetesResource> resource(Map<String, Object> desired) {
    ObjectRef ref = ObjectRef.of(desired);
    var kind = client.genericKubernetesResources(ref.apiVersion(), ref.kind());
    GenericKubernetesResource body = Cluster.generic(desired);
    return ref.namespace() == null ? kind.resource(body) : kind.inNamespace(ref.namespace()).resource(body);
  }

  /** The managers a 409 apply conflict names. */
  static Set<String> managers(KubernetesClientException e) {
    Set<String> out = new TreeSet<>();
    for (StatusCause c : causes(e)) {
      Matcher m = MANAGER.matcher(String.valueOf(c.getMessage()));
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static List<StatusCause> causes(KubernetesClientException e) {
    return e.getStatus() == null || e.getStatus().getDetails() == null || e.getStatus().getDetails().getCauses() == null
        ? List.of() : e.getStatus().getDetails().getCauses();
  }

  /** A field conflict, said so that the user knows which fields, whose, and what to do. */
  private static KubernetesClientException conflict(KubernetesClientException e, ObjectRef ref) {
    if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || causes(e).isEmpty()) {
      return e;
    }
    List<String> fields = new ArrayList<>();
    for (StatusCause c : causes(e)) {
      fields.add(c.getField() + " (" + c.getMessage() + ")");
    }
    return new KubernetesClientException(ref + ": fields owned by another field manager: " + String.join(", ", fields)
        + "; pass --force-conflicts to take them over (objects the stack does not own yet: --adopt takes them over)",
        HttpURLConnection.HTTP_CONFLICT, null);
  }
}
