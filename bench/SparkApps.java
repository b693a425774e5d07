import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Scheduling;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark stack: N Spark apps (system property {@code apps}, default 1000) in one stack, each a
 * kubeflow SparkApplication with a node selector and tolerations that brings no service account,
 * so that its ServiceAccount, Role and RoleBinding are derived: 4 objects per app. This is the
 * workload the cdk8s comparison uses (ThousandApps has RBAC only, no apps).
 */
public final class SparkApps {
  private static final Scheduling POOL = scheduling()
      .nodeSelector("node-pool", "spark")
      .tolerations(tolerate("dedicated", "spark", NO_SCHEDULE));

  private SparkApps() {}

  public static Stack define() {
    int n = Integer.getInteger("apps", 1000);
    List<StackResource> resources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      resources.add(sparkApp("app-" + i)
          .type(SCALA)
          .mode(CLUSTER)
          .sparkVersion("4.0.1")
          .image("apache/spark:4.0.1")
          .mainClass("org.apache.spark.examples.SparkPi")
          .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_2.13-4.0.1.jar")
          .scheduling(POOL)
          .driver(driver().cores(1).memory(mib(512)))
          .executor(executor().instances(2).cores(1).memory(gib(1))));
    }
    return stack("bench").namespace("spark-jobs").add(resources.toArray(new StackResource[0]));
  }
}
