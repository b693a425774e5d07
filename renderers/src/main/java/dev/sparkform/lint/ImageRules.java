package dev.sparkform.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Image references of every container of every pod: a tag that moves, and no digest. */
final class ImageRules {
  private ImageRules() {}

  static List<Finding> check(List<LintedPod> pods) {
    List<Finding> out = new ArrayList<>();
    for (LintedPod pod : pods) {
      Set<String> images = new LinkedHashSet<>();
      Stream.of(pod.spec().getInitContainers(), pod.spec().getContainers())
          .flatMap(l -> l == null ? Stream.empty() : l.stream())
          .forEach(c -> Optional.ofNullable(c.getImage()).ifPresent(images::add));
      for (String image : images) {
        check(pod.path(), image, out);
      }
    }
    return out;
  }

  static void check(String path, String image, List<Finding> out) {
    int at = image.indexOf('@');
    String nameAndTag = at < 0 ? image : image.substring(0, at);
    int colon = nameAndTag.lastIndexOf(':');
    // a colon before the last slash belongs to a registry's port: registry:5000/spark has no tag
    String tag = colon > nameAndTag.lastIndexOf('/') ? nameAndTag.substring(colon + 1) : "";
    if (at >= 0) {
      return;
    }
    if (tag.isEmpty() || tag.equals("latest")) {
      out.add(Finding.of(Rule.IMAGE_MUTABLE_TAG, path, "image " + image
          + (tag.isEmpty() ? " has no tag (Kubernetes pulls latest)" : " is tagged latest")
          + ": each node may run a different build"));
    } else {
      out.add(Finding.of(Rule.IMAGE_NO_DIGEST, path, "image " + image + " has no digest"));
    }
  }
}
