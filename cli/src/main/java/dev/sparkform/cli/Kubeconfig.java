package dev.sparkform.cli;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kubeconfig files the client would read ({@code KUBECONFIG}, else {@code ~/.kube/config}) and
 * the contexts they name, read before any request: a context the user names must be one of them
 * (fabric8 would silently fall back to the current context, and a mistyped {@code --context prdo}
 * would then act on whatever cluster is current).
 */
record Kubeconfig(List<String> files, Set<String> contexts, String current) {
  private static final Path SERVICE_ACCOUNT_TOKEN = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");

  static Kubeconfig read() {
    List<String> files = new ArrayList<>();
    Set<String> contexts = new LinkedHashSet<>();
    String current = null;
    for (String name : Config.getKubeconfigFilenames()) {
      File f = new File(name);
      if (!f.isFile()) {
        continue;
      }
      files.add(name);
      io.fabric8.kubernetes.api.model.Config parsed = KubeConfigUtils.parseConfig(f);
      if (parsed.getContexts() != null) {
        parsed.getContexts().stream().map(NamedContext::getName).forEach(contexts::add);
      }
      if (current == null && parsed.getCurrentContext() != null && !parsed.getCurrentContext().isBlank()) {
        current = parsed.getCurrentContext(); // the first file that sets it wins, as in kubectl
      }
    }
    return new Kubeconfig(files, contexts, current);
  }

  /** Running in a pod: the service account's token and the API server's address are there. */
  static boolean inCluster() {
    return System.getenv("KUBERNETES_SERVICE_HOST") != null && Files.isRegularFile(SERVICE_ACCOUNT_TOKEN);
  }

  /** Why {@code context} (null: the current one) cannot be used, or null when it can. */
  String problem(String context) {
    if (files.isEmpty()) {
      if (context == null && inCluster()) {
        return null;
      }
      return "no kubeconfig (" + String.join(", ", Config.getKubeconfigFilenames()) + " does not exist"
          + (inCluster() ? "" : ", and this is not a pod") + "): set KUBECONFIG and pass --context NAME,"
          + " or use --sandbox for an in-memory API server";
    }
    if (context != null && !contexts.contains(context)) {
      return "kubeconfig " + String.join(", ", files) + " has no context \"" + context + "\"; its contexts: "
          + (contexts.isEmpty() ? "none" : String.join(", ", contexts)) + (current == null ? "" : " (current: " + current + ")");
    }
    if (context == null && (current == null || !contexts.contains(current))) {
      return "kubeconfig " + String.join(", ", files) + (current == null ? " sets no current context"
          : " names current context \"" + current + "\", which it does not define")
          + "; pass --context NAME (contexts: " + (contexts.isEmpty() ? "none" : String.join(", ", contexts)) + ")";
    }
    return null;
  }
}
