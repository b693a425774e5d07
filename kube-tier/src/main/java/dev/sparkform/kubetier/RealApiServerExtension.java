package dev.sparkform.kubetier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: one real API server per test class (started on first use, stopped after the class),
 * given to tests and constructors as a {@link KubeApiServer} parameter, with the operators' CRDs
 * from {@code ../shared/reference/crds/} installed when that folder is there. Never skips: a
 * server that cannot be built or started fails the tests with the reason.
 *
 * <pre>{@code
 * @ExtendWith(RealApiServerExtension.class)
 * class MyTest {
 *   @Test void applies(KubeApiServer server) { ... server.client() ... }
 * }
 * }</pre>
 */
public final class RealApiServerExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(RealApiServerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext context) {
    return p.getParameter().getType() == KubeApiServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext.getStore(NS).getOrComputeIfAbsent("server", k -> startWithCrds(), KubeApiServer.class);
  }

  private static ExtensionContext classContext(ExtensionContext c) {
    ExtensionContext at = c;
    while (at.getTestMethod().isPresent() && at.getParent().isPresent()) {
      at = at.getParent().get();
    }
    return at;
  }

  private static KubeApiServer startWithCrds() {
    long t0 = System.nanoTime();
    KubeApiServer server = KubeApiServer.start();
    Optional<Path> crds = crdFolder();
    if (crds.isPresent()) {
      server.installCrds(crds.get());
    } else {
      System.err.println("RealApiServerExtension: no shared/reference/crds in or above the working directory: "
          + "the operators' CRDs are not installed; tests of custom resources skip");
    }
    System.err.printf("RealApiServerExtension: kube-apiserver ready at %s in %.1f s%n", server.url(),
        (System.nanoTime() - t0) / 1e9);
    return server;
  }

  /** {@code shared/reference/crds}, from the working directory up. */
  public static Optional<Path> crdFolder() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path c = d.resolve("shared").resolve("reference").resolve("crds");
      if (Files.isDirectory(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
