package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Stack;

/**
 * Two jobs moved over from {@code spark-submit --conf} lines, their sizes kept as Spark keys in
 * {@code sparkConf} instead of typed fields: a Scala job with 50 executors of 8 GiB and 4 cores, and
 * a PySpark job with dynamic allocation and a GPU per executor, the deprecated app-wide overhead factor overridden for the
 * executors, and a driver CPU request and limit. Every target sizes their pods exactly as typed
 * fields would (50 executor pods of 9011Mi), and so does {@code explain}.
 */
public final class SizedByConf implements Example {
  @Override
  public String name() {
    return "sized-by-conf";
  }

  @Override
  public String description() {
    return "jobs moved from spark-submit lines: pod sizes, instances and dynamic allocation only in sparkConf";
  }

  @Override
  public Stack define() {
    return stack("sized-by-conf").namespace("batch").add(
        sparkApp("clickstream")
            .type(SCALA)
            .sparkVersion("4.0.1")
            .image("apache/spark:4.0.1")
            .mainClass("com.example.clickstream.Main")
            .mainApplicationFile("local:///opt/app/clickstream.jar")
            // executor pods labelled for cost reports (the kubeflow CRD needs an executor section anyway)
            .executor(executor().label("team", "web-analytics"))
            .sparkConf("spark.executor.memory", "8g")
            .sparkConf("spark.executor.instances", "50")
            .sparkConf("spark.executor.cores", "4")
            .sparkConf("spark.driver.memory", "4g")
            .sparkConf("spark.driver.memoryOverhead", "1024")
            .sparkConf("spark.driver.cores", "2"),
        sparkApp("features")
            .type(PYTHON)
            .sparkVersion("4.0.1")
            .image("apache/spark:4.0.1-python3")
            .mainApplicationFile("local:///opt/app/features.py")
            .executor(executor().label("team", "ml-platform"))
            .sparkConf("spark.driver.memory", "2048m")
            .sparkConf("spark.kubernetes.memoryOverheadFactor", "0.5")
            .sparkConf("spark.executor.memory", "6g")
            .sparkConf("spark.executor.memoryOverheadFactor", "0.45")
            .sparkConf("spark.kubernetes.driver.request.cores", "500m")
            .sparkConf("spark.kubernetes.driver.limit.cores", "1")
            .sparkConf("spark.dynamicAllocation.enabled", "true")
            .sparkConf("spark.dynamicAllocation.minExecutors", "2")
            .sparkConf("spark.dynamicAllocation.maxExecutors", "20")
            .sparkConf("spark.executor.resource.gpu.amount", "1")
            .sparkConf("spark.executor.resource.gpu.vendor", "nvidia.com"));
  }
}
