package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Creates foreign objects as their owners would, keeps each exactly as the server stored it (the
 * response body of a GET: resourceVersion, uid, labels, data, everything), and checks later that
 * each is still there, byte for byte.
 */
final class ForeignGuard {
  private final KubernetesClient client;
  private final Map<ForeignSpec, String> stored = new LinkedHashMap<>();

  ForeignGuard(KubernetesClient client) {
    this.client = client;
  }

  void create(List<ForeignSpec> foreign, ApplySet ours) {
    for (ForeignSpec f : foreign) {
      client.resource(f.build(ours)).create();
      String now = client.raw(f.path());
      assertNotNull(now, f + " was not stored");
      stored.put(f, now);
    }
  }

  /** Checks every object not {@code exempt}; returns how many it checked. */
  int check(String when, Predicate<ForeignSpec> exempt) {
    int checked = 0;
    for (Map.Entry<ForeignSpec, String> e : stored.entrySet()) {
      ForeignSpec f = e.getKey();
      if (exempt.test(f)) {
        continue;
      }
      String now = client.raw(f.path());
      assertNotNull(now, "foreign " + f + " was deleted " + when);
      assertEquals(e.getValue(), now, "foreign " + f + " was changed " + when);
      checked++;
    }
    return checked;
  }
}
