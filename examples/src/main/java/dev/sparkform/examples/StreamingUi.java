package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder;

/**
 * A long-running Structured Streaming app (restarted when it fails: a query that stops cleanly
 * was stopped on purpose) and the Kubernetes objects the DSL has no value for,
 * included as fabric8 model objects: a PriorityClass so its pods preempt batch work rather than
 * wait behind it, a PodDisruptionBudget so a node drain does not evict the driver (which would
 * restart the query), and an Ingress to the Spark UI service the kubeflow operator creates for the
 * app ({@code NAME-ui-svc}, port 4040).
 */
public final class StreamingUi implements Example {
  @Override
  public String name() {
    return "streaming-ui";
  }

  @Override
  public String description() {
    return "A streaming app with included fabric8 objects: PriorityClass, PodDisruptionBudget for the driver, Ingress to its UI";
  }

  @Override
  public Stack define() {
    return stack("clickstream")
        .namespace("streaming")
        .add(
            namespace("streaming"),
            include(new PriorityClassBuilder()
                .withNewMetadata().withName("streaming-high").endMetadata()
                .withValue(100000)
                .withDescription("Long-running streaming queries preempt batch Spark pods.")
                .build()),
            sparkApp("clickstream")
                .type(SCALA)
                .sparkVersion("4.0.1")
                .image("apache/spark:4.0.1")
                .mainClass("com.example.Clickstream")
                .mainApplicationFile("local:///opt/app/clickstream.jar")
                .driver(driver().cores(1).memory(gib(2)).label("stream", "clickstream")
                    .priorityClassName("streaming-high"))
                .executor(executor().instances(4).cores(2).memory(gib(4)).priorityClassName("streaming-high"))
                .restartPolicy(onFailure(3, java.time.Duration.ofMinutes(1))),
            include(new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("clickstream-driver").endMetadata()
                .withNewSpec()
                    .withMaxUnavailable(new IntOrString(0))
                    .withNewSelector().addToMatchLabels("spark-role", "driver").addToMatchLabels("stream", "clickstream")
                    .endSelector()
                .endSpec()
                .build()),
            include(new IngressBuilder()
                .withNewMetadata().withName("clickstream-ui")
                    .addToAnnotations("nginx.ingress.kubernetes.io/whitelist-source-range", "10.0.0.0/8")
                .endMetadata()
                .withNewSpec()
                    .withIngressClassName("nginx")
                    .addNewRule().withHost("clickstream.spark.example.com")
                        .withNewHttp().addNewPath().withPath("/").withPathType("Prefix")
                            .withNewBackend().withNewService().withName("clickstream-ui-svc")
                                .withNewPort().withNumber(4040).endPort()
                            .endService().endBackend()
                        .endPath().endHttp()
                    .endRule()
                .endSpec()
                .build()));
  }
}
