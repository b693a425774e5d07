package dev.sparkform.cli;

import dev.sparkform.apply.Engine;
import dev.sparkform.apply.WriteStrategy;
import dev.sparkform.sandbox.Sandbox;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** The cluster to work on: the kubeconfig's (--context), or the in-process sandbox; and how to write. */
final class ClusterOptions {
  private final OptionSpec sandbox;
  private final OptionSpec context;
  private final OptionSpec namespace;
  private final OptionSpec strategy;
  private final OptionSpec forceConflicts;
  private final OptionSpec parallelism;

  ClusterOptions(CommandSpec command) {
    sandbox = Options.add(command, Options.flag("--sandbox")
        .description("Use an in-memory Kubernetes API server in this process (fabric8's; no cluster needed, nothing kept)."));
    context = Options.add(command, Options.value(String.class, "NAME", "--context")
        .description("The kubeconfig context (default: the current one)."));
    namespace = Options.add(command, Options.value(String.class, "NS", "-n", "--namespace")
        .description("Namespace of the stack's objects that name none (default: the stack's)."));
    strategy = Options.add(command, Options.value(String.class, "auto|client-side|server-side", "--strategy")
        .defaultValue("auto")
        .description("How objects are written (default: ${DEFAULT-VALUE}: server-side apply on Kubernetes 1.22+,"
            + " client-side elsewhere and in the sandbox)."));
    forceConflicts = Options.add(command, Options.flag("--force-conflicts")
        .description("Server-side apply: take over fields other field managers own (the plan names them and their manager)."));
    parallelism = Options.add(command, Options.value(int.class, "N", "--parallelism").defaultValue("4")
        .description("Objects of one install level written at once, and a plan's dry runs asked at once"
            + " (default: ${DEFAULT-VALUE}); levels stay in order."));
  }

  /** --namespace, or null. */
  String namespace() {
    return namespace.getValue();
  }

  Cluster open(CommandSpec spec) {
    int parallelism = this.parallelism.getValue();
    String strategy = this.strategy.getValue();
    String context = this.context.getValue();
    boolean forceConflicts = this.forceConflicts.getValue();
    if (parallelism < 1) {
      throw new ParameterException(spec.commandLine(), "--parallelism must be at least 1, not " + parallelism);
    }
    if (!strategy.equals("auto") && !strategy.equals("client-side") && !strategy.equals("server-side")) {
      throw new ParameterException(spec.commandLine(),
          "--strategy must be auto, client-side or server-side, not " + strategy);
    }
    QuietVertx.apply();
    if (sandbox.<Boolean>getValue()) {
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
