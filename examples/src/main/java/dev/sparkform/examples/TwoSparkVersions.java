package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;

/**
 * Two apps that need different Spark versions, each in its own namespace and image: upgrading one
 * team never touches the other. Each namespace gets its own service account and driver Role.
 */
public final class TwoSparkVersions implements Example {
  @Override
  public String name() {
    return "two-spark-versions";
  }

  @Override
  public String description() {
    return "A Spark 3.5 app and a Spark 4.0 app isolated in their own namespaces and images";
  }

  private static SparkApp pi(String name, String version, String scala) {
    return sparkApp(name)
        .sparkVersion(version)
        .image("apache/spark:" + version)
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_" + scala + "-" + version + ".jar")
        .arguments("1000")
        .driver(driver().cores(1).memory(gib(1)).serviceAccount("spark"))
        .executor(executor().instances(2).cores(1).memory(gib(2)));
  }

  @Override
  public Stack define() {
    return stack("two-spark-versions").namespace("spark-35").add(
        namespace("spark-35").label("spark-version", "3.5"),
        namespace("spark-40").label("spark-version", "4.0"),
        pi("legacy-report", "3.5.3", "2.12"),
        pi("new-report", "4.0.1", "2.13").namespace("spark-40"));
  }
}
