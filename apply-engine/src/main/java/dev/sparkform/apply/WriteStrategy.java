package dev.sparkform.apply;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;

/**
 * How objects get written: the one capability that differs between servers. Client-side works on
 * every server, fabric8's in-memory one included; server-side apply needs a real API server.
 * Deletes are the same for both and not part of this.
 */
public interface WriteStrategy {
  /** Our field manager name on the server. */
  String FIELD_MANAGER = "sparkform";

  String name();

  /** Creates an absent object; returns it as the server stored it. */
  default Map<String, Object> create(Map<String, Object> desired) {
    return create(desired, false);
  }

  /** Makes an existing object match {@code change.desired()}; returns it as the server stored it. */
  default Map<String, Object> update(Change change) {
    return update(change, false);
  }

  /**
   * {@code dryRun}: the same request with {@code dryRun=All}: the server validates, admits and
   * checks ownership as for the real write, and stores nothing; returns what it would store.
   */
  Map<String, Object> create(Map<String, Object> desired, boolean dryRun);

  Map<String, Object> update(Change change, boolean dryRun);

  static WriteStrategy clientSide(KubernetesClient client) {
    return new ClientSideApply(new Cluster(client));
  }

  /**
   * Server-side apply where the server has it (Kubernetes 1.22 and later, where it is GA), else
   * client-side: a server that does not answer {@code /version} (fabric8's in-memory one) or an
   * older one gets the strategy that works everywhere.
   */
  static WriteStrategy detect(KubernetesClient client, boolean forceConflicts) {
    return ServerVersion.supportsServerSideApply(client) ? serverSide(client, forceConflicts) : clientSide(client);
  }

  /** Server-side apply as field manager {@value #FIELD_MANAGER}, optionally forcing conflicts. */
  static WriteStrategy serverSide(KubernetesClient client, boolean forceConflicts) {
    return new ServerSideApply(client, forceConflicts);
  }
}
