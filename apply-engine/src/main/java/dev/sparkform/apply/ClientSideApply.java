package dev.sparkform.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.Map;

/**
 * Create, or update by a client-side three-way {@link Merge} sent as a PUT carrying the live
 * {@code resourceVersion}: if someone wrote the object since we read it, the server answers 409
 * and we read it again and redo the merge (a bounded number of times), never overwriting their write blindly.
 */
final class ClientSideApply implements WriteStrategy {
  static final int ATTEMPTS = 5;

  private final Cluster cluster;

  ClientSideApply(Cluster cluster) {
    this.cluster = cluster;
  }

  @Override
  public String name() {
    return "client-side";
  }

  @Override
  public Map<String, Object> create(Map<String, Object> desired, boolean dryRun) {
    return cluster.create(desired, dryRun);
  }

  @Override
  public Map<String, Object> update(Change change, boolean dryRun) {
    Map<String, Object> live = change.live();
    for (int attempt = 1; ; attempt++) {
      Map<String, Object> merged = Merge.apply(live, LastApplied.read(live), change.desired());
      try {
        return cluster.update(merged, dryRun);
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt >= ATTEMPTS) {
          throw e;
        }
        live = cluster.get(change.ref()).orElseThrow(() -> new KubernetesClientException(
            change.ref() + " was deleted while being updated", HttpURLConnection.HTTP_NOT_FOUND, null));
        String owner = LiveReader.label(live, ApplySet.PART_OF_LABEL);
        String ours = LiveReader.label(change.desired(), ApplySet.PART_OF_LABEL);
        if (owner != null && !owner.equals(ours)) {
          throw new KubernetesClientException(change.ref() + " was taken over by another stack (" + owner
              + ") while being updated", HttpURLConnection.HTTP_CONFLICT, null);
        }
      }
    }
  }
}
