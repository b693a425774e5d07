package dev.sparkform.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.Map;

/**
 * Server-side apply (PATCH, {@code application/apply-patch+yaml}, {@code fieldManager=sparkform},
 * {@code force=true} when asked): the server merges and tracks field ownership, so removing a
 * field from the stack removes it from the object without our last-applied record. Needs a real
 * API server (fabric8's in-memory server answers 404/415).
 */
final class ServerSideApply implements WriteStrategy {
  private final KubernetesClient client;
  private final boolean forceConflicts;

  ServerSideApply(KubernetesClient client, boolean forceConflicts) {
    this.client = client;
    this.forceConflicts = forceConflicts;
  }

  @Override
  public String name() {
    return "server-side";
  }

  @Override
  public Map<String, Object> create(Map<String, Object> desired) {
    return apply(desired);
  }

  @Override
  public Map<String, Object> update(Change change) {
    return apply(change.desired());
  }

  private Map<String, Object> apply(Map<String, Object> desired) {
    ObjectRef ref = ObjectRef.of(desired);
    var kind = client.genericKubernetesResources(ref.apiVersion(), ref.kind());
    GenericKubernetesResource body = Cluster.generic(desired);
    Resource<GenericKubernetesResource> r = ref.namespace() == null ? kind.resource(body)
        : kind.inNamespace(ref.namespace()).resource(body);
    var op = r.fieldManager(FIELD_MANAGER);
    return Plain.object(forceConflicts ? op.forceConflicts().serverSideApply() : op.serverSideApply());
  }
}
