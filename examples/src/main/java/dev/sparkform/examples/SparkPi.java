package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Scheduling;
import dev.sparkform.dsl.Stack;

/**
 * The seed story's first job: Spark's Pi example in cluster mode, in its own namespace, with a
 * service account whose Role lets the driver create and clean up executor pods, its services and
 * config maps, on a dedicated Spark node pool ({@link #SPARK_POOL}), running as Spark's non-root
 * user under the "restricted" security profile.
 */
public final class SparkPi implements Example {
  /** The Spark node pool: nodes labelled {@code node-pool=spark}, tainted {@code dedicated=spark:NoSchedule}. */
  public static final Scheduling SPARK_POOL = scheduling()
      .nodeSelector("node-pool", "spark")
      .tolerations(tolerate("dedicated", "spark", NO_SCHEDULE));

  @Override
  public String name() {
    return "spark-pi";
  }

  @Override
  public String description() {
    return "Spark Pi (Scala, cluster mode) in namespace spark-jobs: service account, driver Role, Spark node pool";
  }

  @Override
  public Stack define() {
    return stack("spark-pi")
        .namespace("spark-jobs")
        .label("team", "data-platform")
        .add(
            namespace("spark-jobs")
                .podNodeSelector("node-pool", "spark")
                .quota(quota("spark-compute").requests(cores(32), gib(128)).limits(cores(64), gib(128)).pods(100))
                .limitRange(limitRange("spark-bounds").max(cores(8), gib(64))),
            serviceAccount("spark"),
            // What Spark's driver does through the API: create, watch and delete executor pods,
            // its headless service and its config map (Spark on Kubernetes docs, RBAC section).
            role("spark-driver").rules(rule()
                .apiGroups("")
                .resources("pods", "services", "configmaps")
                .verbs(GET, LIST, WATCH, CREATE, UPDATE, PATCH, DELETE, DELETECOLLECTION)),
            roleBinding("spark-driver").role("spark-driver").serviceAccount("spark"),
            sparkApp("spark-pi")
                .type(SCALA)
                .mode(CLUSTER)
                .sparkVersion("4.0.1")
                .image("apache/spark:4.0.1")
                .imagePullPolicy(IF_NOT_PRESENT)
                .mainClass("org.apache.spark.examples.SparkPi")
                .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_2.13-4.0.1.jar")
                .arguments("1000")
                .scheduling(SPARK_POOL)
                .driver(driver().cores(1).memory(mib(512)).serviceAccount("spark").securityContext(restricted(185, 185)))
                .executor(executor().instances(2).cores(1).memory(gib(1)).securityContext(restricted(185, 185)))
                .restartPolicy(never())
                .timeToLive(java.time.Duration.ofHours(1)));
  }
}
