package dev.sparkform.compile;

import dev.sparkform.dsl.GatewayRoute;
import dev.sparkform.dsl.HistoryServer;
import dev.sparkform.dsl.Memory;
import dev.sparkform.dsl.SparkPod;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReferenceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link HistoryServer}, the same for every target (neither operator manages one): a Deployment
 * of one pod running {@code spark-class org.apache.spark.deploy.history.HistoryServer} (Spark's
 * {@code start-history-server.sh} without the daemon wrapper) with its settings as {@code -D} options
 * in {@code SPARK_HISTORY_OPTS} and its heap as {@code SPARK_DAEMON_MEMORY}, replaced rather than
 * rolled (two servers would both compact and clean the directory); a Service {@code NAME} on port
 * {@value HistoryServer#PORT}; and with a route, an HTTPRoute {@code NAME} to it. The pod is sized
 * like a driver (heap + overhead), restricted unless it has its own security context, and mounts no
 * service account token unless it names a service account (the server calls no Kubernetes API).
 */
final class HistoryServerCompiler {
  static final String CONTAINER = "spark-history-server";
  static final String SELECTOR_LABEL = "sparkform.dev/history-server";

  private HistoryServerCompiler() {}

  static List<HasMetadata> compile(HistoryServer h, ObjectMeta meta) {
    Map<String, String> selector = Map.of(SELECTOR_LABEL, h.name());
    SparkPod server = h.server();
    PodTemplateSpec pod = ServerPods.template(server, CONTAINER, h.image().orElseThrow(),
        PodParts.pullPolicy(h.imagePullPolicy()), List.of(), server.serviceAccount().orElse(null), selector);
    if (server.serviceAccount().isEmpty()) {
      pod.getSpec().setAutomountServiceAccountToken(false);
    }
    Container main = Containers.named(pod.getSpec().getContainers(), CONTAINER);
    main.setCommand(List.of("/opt/spark/bin/spark-class", "org.apache.spark.deploy.history.HistoryServer"));
    List<io.fabric8.kubernetes.api.model.EnvVar> env = new ArrayList<>(main.getEnv());
    env.add(new EnvVarBuilder().withName("SPARK_HISTORY_OPTS")
        .withValue(StandaloneClusterCompiler.options(h.effectiveSparkConf())).build());
    Memory memory = server.memory().isPresent() ? server.memory().get() : Memory.parse(SparkSizing.DEFAULT_MEMORY);
    env.add(new EnvVarBuilder().withName("SPARK_DAEMON_MEMORY").withValue(memory.toSpark()).build());
    main.setEnv(env);
    main.setPorts(List.of(new ContainerPortBuilder().withName("http").withContainerPort(HistoryServer.PORT).build()));
    main.setReadinessProbe(new io.fabric8.kubernetes.api.model.ProbeBuilder().withNewHttpGet().withPath("/")
        .withPort(new IntOrString("http")).endHttpGet().withPeriodSeconds(10).build());

    List<HasMetadata> out = new ArrayList<>();
    out.add(new ServiceBuilder().withMetadata(meta).withNewSpec().withSelector(selector)
        .addNewPort().withName("http").withPort(HistoryServer.PORT).withTargetPort(new IntOrString("http"))
        .withAppProtocol("http").endPort()
        .endSpec().build());
    out.add(new DeploymentBuilder().withMetadata(meta).withNewSpec()
        .withReplicas(1)
        .withNewStrategy().withType("Recreate").endStrategy()
        .withNewSelector().withMatchLabels(selector).endSelector()
        .withTemplate(pod)
        .endSpec().build());
    if (h.route().isPresent()) {
      out.add(route(h, h.route().get(), meta));
    }
    return out;
  }

  private static HasMetadata route(HistoryServer h, GatewayRoute r, ObjectMeta meta) {
    return new HTTPRouteBuilder().withMetadata(meta).withNewSpec()
        .withParentRefs(new ParentReferenceBuilder().withName(r.gateway()).withNamespace(r.gatewayNamespace().orElse(null))
            .build())
        .withHostnames(r.hostnames())
        .addNewRule().addNewBackendRef().withName(h.name()).withPort(HistoryServer.PORT).endBackendRef().endRule()
        .endSpec().build();
  }
}
