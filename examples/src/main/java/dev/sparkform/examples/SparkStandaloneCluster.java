package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Stack;

/**
 * A long-running Spark cluster that interactive and short jobs submit to: a master and 2-10 workers
 * on the Spark node pool. Render it with {@code --target apache} (a SparkCluster for the Apache
 * operator) or {@code --target spark-submit} (no operator: the Services, StatefulSets, NetworkPolicy,
 * HorizontalPodAutoscaler and PodDisruptionBudget the operator would create; submit with
 * {@code spark-submit --master spark://shared-master-svc.spark-shared:7077}).
 */
public final class SparkStandaloneCluster implements Example {
  @Override
  public String name() {
    return "spark-cluster";
  }

  @Override
  public String description() {
    return "Long-running Spark standalone cluster (--target apache, or spark-submit for plain objects): master + 2-10 workers";
  }

  @Override
  public Stack define() {
    return stack("spark-cluster").namespace("spark-shared").add(
        namespace("spark-shared"),
        sparkCluster("shared")
            .sparkVersion("4.0.1")
            .scalaVersion("2.13")
            .image("apache/spark:4.0.1-scala")
            .master(clusterNode().resources(cores(2), gib(4)).scheduling(SparkPi.SPARK_POOL))
            .workers(clusterNode().resources(cores(8), gib(32)).scheduling(SparkPi.SPARK_POOL)
                .annotation("cluster-autoscaler.kubernetes.io/safe-to-evict", "false"))
            .workerInstances(2, 2, 10)
            .sparkConf("spark.master.ui.title", "Shared Spark cluster")
            .sparkConf("spark.master.rest.enabled", "true"));
  }
}
