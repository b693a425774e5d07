package dev.sparkform.apply;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.kubetier.KubeApiServer;
import dev.sparkform.kubetier.RealApiServerExtension;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** What the engine tests on the real API server share: engines per strategy, CRD checks, namespace clean-up. */
final class RealServer {
  private RealServer() {}

  static Engine engine(KubeApiServer server, String strategy) {
    return engine(server, KubeApiServer.ADMIN, strategy);
  }

  static Engine engine(KubeApiServer server, String user, String strategy) {
    KubernetesClient client = server.client(user);
    return Engine.on(client).withStrategy(strategy.equals("server-side")
        ? WriteStrategy.serverSide(client, false) : WriteStrategy.clientSide(client));
  }

  static List<HasMetadata> compile(Stack stack, Target target) {
    return StackCompiler.create().target(target).compile(stack);
  }

  /** Skips (with the reason) a test whose objects include custom resources when the CRDs could not be installed. */
  static void assumeCrdsFor(List<? extends HasMetadata> objects) {
    boolean custom = objects.stream().anyMatch(o -> o.getApiVersion().contains("spark"));
    Assumptions.assumeTrue(!custom || RealApiServerExtension.crdFolder().isPresent(),
        "no ../shared/reference/crds: the operators' CRDs are not installed, custom resources cannot be applied");
  }

  /** The namespaces the objects live in, and those they declare. */
  static Set<String> namespaces(List<? extends HasMetadata> objects) {
    Set<String> out = new LinkedHashSet<>();
    for (HasMetadata o : objects) {
      if (o.getKind().equals("Namespace")) {
        out.add(o.getMetadata().getName());
      } else if (o.getMetadata().getNamespace() != null) {
        out.add(o.getMetadata().getNamespace());
      }
    }
    return out;
  }

  /** The namespaces the objects live in that they do not declare (a platform team made them before). */
  static Set<String> undeclaredNamespaces(List<? extends HasMetadata> objects) {
    Set<String> out = new LinkedHashSet<>();
    objects.stream().filter(o -> o.getMetadata().getNamespace() != null).forEach(o -> out.add(o.getMetadata().getNamespace()));
    objects.stream().filter(o -> o.getKind().equals("Namespace")).forEach(o -> out.remove(o.getMetadata().getName()));
    return out;
  }

  /** Removes the namespaces (finalizing them: no namespace controller runs). */
  static void removeNamespaces(KubeApiServer server, Set<String> names) {
    names.forEach(server::deleteNamespace);
  }
}
