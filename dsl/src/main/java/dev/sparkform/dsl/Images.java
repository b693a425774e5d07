package dev.sparkform.dsl;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Container image references as the kubelet parses them (the grammar of the distribution project's
 * {@code reference} package): a lowercase repository path, optionally a registry host first, then
 * a tag and/or a digest. Anything else is accepted by the API server and fails on the node
 * ({@code InvalidImageName}).
 */
final class Images {
  private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\])"
      + "(?::[0-9]+)?";
  private static final Pattern REFERENCE = Pattern.compile("(?:" + DOMAIN + "/)?" + PATH_COMPONENT
      + "(?:/" + PATH_COMPONENT + ")*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*"
      + ":[0-9a-fA-F]{32,})?");

  private Images() {}

  static void check(Problems p, String what, Optional<String> image) {
    if (image.isPresent()) {
      check(p, what, image.get());
    }
  }

  static void check(Problems p, String what, String image) {
    if (image.isEmpty()) {
      p.add("%s must not be empty", what);
    } else if (image.length() > 4096 || !REFERENCE.matcher(image).matches()) {
      p.add("%s \"%s\" is not an image reference (e.g. apache/spark:4.0.1 or registry.example.com/team/app:1.0;"
          + " lowercase repository, no blanks)", what, Texts.visible(image));
    }
  }
}
