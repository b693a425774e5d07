import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Scheduling;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark stacks: each app a kubeflow SparkApplication with a node selector and tolerations that
 * brings no service account, so that its ServiceAccount, Role and RoleBinding are derived: 4
 * objects per app. With system property {@code apps} (default 1000): one stack "bench" of that
 * many apps; with {@code stacks}: that many one-app stacks "bench-0", "bench-1", ... All in
 * namespace {@code spark-jobs}, or the one system property {@code namespace} names (the apply
 * benchmark applies each run into a fresh one). This is the workload bench/cdk8s-apps.js mirrors
 * (ThousandApps has RBAC only, no apps).
 */
public final class SparkApps {
  private static final Scheduling POOL = scheduling()
      .nodeSelector("node-pool", "spark")
      .tolerations(tolerate("dedicated", "spark", NO_SCHEDULE));

  private SparkApps() {}

  public static List<Stack> define() {
    String namespace = System.getProperty("namespace", "spark-jobs");
    int stacks = Integer.getInteger("stacks", 0);
    if (stacks > 0) {
      List<Stack> out = new ArrayList<>();
      for (int i = 0; i < stacks; i++) {
        out.add(stack("bench-" + i).namespace(namespace).add(app("app-" + i)));
      }
      return out;
    }
    int n = Integer.getInteger("apps", 1000);
    List<StackResource> resources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      resources.add(app("app-" + i));
    }
    return List.of(stack("bench").namespace(namespace).add(resources.toArray(new StackResource[0])));
  }

  private static SparkApp app(String name) {
    return sparkApp(name)
        .type(SCALA)
        .mode(CLUSTER)
        .sparkVersion("4.0.1")
        .image("apache/spark:4.0.1")
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_2.13-4.0.1.jar")
        .scheduling(POOL)
        .driver(driver().cores(1).memory(mib(512)))
        .executor(executor().instances(2).cores(1).memory(gib(1)));
  }
}
