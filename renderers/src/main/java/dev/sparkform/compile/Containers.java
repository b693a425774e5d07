package dev.sparkform.compile;

import io.fabric8.kubernetes.api.model.Container;
import java.util.List;

/** Finding a pod's container by name, as templates are merged and completed. */
final class Containers {
  private Containers() {}

  /** The first container called {@code name}; null when none is (or {@code containers} is null). */
  static Container named(List<Container> containers, String name) {
    if (containers != null) {
      for (Container c : containers) {
        if (name.equals(c.getName())) {
          return c;
        }
      }
    }
    return null;
  }
}
