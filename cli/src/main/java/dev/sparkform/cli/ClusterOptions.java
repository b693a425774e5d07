package dev.sparkform.cli;

import dev.sparkform.apply.Engine;
import dev.sparkform.apply.WriteStrategy;
import dev.sparkform.sandbox.Sandbox;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The cluster to work on: the kubeconfig's (--context), or the in-process sandbox; and how to write. */
final class ClusterOptions {
  @Option(names = "--sandbox",
      description = "Use an in-memory Kubernetes API server in this process (fabric8's; no cluster needed, nothing kept).")
  boolean sandbox;

  @Option(names = "--context", paramLabel = "NAME", description = "The kubeconfig context (default: the current one).")
  String context;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
      description = "Namespace of the stack's objects that name none (default: the stack's).")
  String namespace;

  @Option(names = "--strategy", paramLabel = "auto|client-side|server-side", defaultValue = "auto",
      description = "How objects are written (default: ${DEFAULT-VALUE}: server-side apply on Kubernetes 1.22+,"
          + " client-side elsewhere and in the sandbox).")
  String strategy;

  @Option(names = "--force-conflicts",
      description = "Server-side apply: take over fields other field managers own (the plan names them and their manager).")
  boolean forceConflicts;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4",
      description = "Objects of one install level written at once, and a plan's dry runs asked at once"
          + " (default: ${DEFAULT-VALUE}); levels stay in order.")
  int parallelism;

  Cluster open(CommandSpec spec) {
    if (parallelism < 1) {
      throw new ParameterException(spec.commandLine(), "--parallelism must be at least 1, not " + parallelism);
    }
    if (!strategy.equals("auto") && !strategy.equals("client-side") && !strategy.equals("server-side")) {
      throw new ParameterException(spec.commandLine(),
          "--strategy must be auto, client-side or server-side, not " + strategy);
    }
    QuietVertx.apply();
    if (sandbox) {
      if (context != null) {
        throw new ParameterException(spec.commandLine(), "--sandbox and --context exclude each other");
      }
      if (strategy.equals("server-side")) {
        throw new UserError("the sandbox cannot do server-side apply (fabric8's in-memory server answers 415);"
            + " use --strategy client-side");
      }
      Sandbox s = Sandbox.start();
      return new Cluster(s.engine().withParallelism(parallelism), Sandbox.LABEL, true, s);
    }
    String problem = Kubeconfig.read().problem(context);
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), problem);
    }
    Config config = Config.autoConfigure(context);
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    Engine engine = Engine.on(client).withParallelism(parallelism);
    if (strategy.equals("server-side")) {
      engine = engine.withStrategy(WriteStrategy.serverSide(client, forceConflicts));
    } else if (strategy.equals("auto")) {
      engine = engine.withStrategy(WriteStrategy.detect(client, forceConflicts));
    }
    String label = "cluster " + config.getMasterUrl()
        + (context != null ? " (context " + context + ")" : config.getCurrentContext() != null
            ? " (context " + config.getCurrentContext().getName() + ")" : "");
    return new Cluster(engine, label, false, client);
  }
}
