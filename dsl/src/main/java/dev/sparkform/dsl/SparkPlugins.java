package dev.sparkform.dsl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules for an app's Spark plugins: Spark loads each by class name, and fails to start on a bad one. */
final class SparkPlugins {
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

  private SparkPlugins() {}

  static void validate(Problems p, List<String> plugins) {
    Set<String> seen = new HashSet<>();
    for (String plugin : plugins) {
      if (!CLASS_NAME.matcher(plugin).matches()) {
        p.add("plugin \"%s\" is not a class name", plugin);
      } else if (!seen.add(plugin)) {
        p.add("plugin %s is listed twice", plugin);
      }
    }
  }
}
