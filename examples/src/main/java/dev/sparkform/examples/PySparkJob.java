package dev.sparkform.examples;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Stack;

/**
 * A PySpark job: Python's 0.4 memory overhead factor applies, dependencies come from object
 * storage and Maven (Ivy is pointed at a writable directory), and credentials come from an existing
 * Secret. Its service account, Role and RoleBinding are derived.
 */
public final class PySparkJob implements Example {
  @Override
  public String name() {
    return "pyspark-job";
  }

  @Override
  public String description() {
    return "PySpark job reading from S3 with --packages, credentials from an existing secret, derived RBAC";
  }

  @Override
  public Stack define() {
    return stack("pyspark-job").namespace("spark-jobs").add(
        sparkApp("sessionize")
            .type(PYTHON)
            .sparkVersion("4.0.1")
            .image("apache/spark:4.0.1-python3")
            .imagePullPolicy(IF_NOT_PRESENT)
            .mainApplicationFile("s3a://analytics-code/jobs/sessionize.py")
            .arguments("--date", "2026-11-24")
            .deps(deps()
                .pyFiles("s3a://analytics-code/jobs/common.zip")
                .packages("org.apache.hadoop:hadoop-aws:3.4.1"))
            .sparkConf("spark.sql.shuffle.partitions", "400")
            .hadoopConf("fs.s3a.aws.credentials.provider", "com.amazonaws.auth.EnvironmentVariableCredentialsProvider")
            .driver(driver().cores(1).memory(gib(2))
                .env("AWS_ACCESS_KEY_ID", secretKey("s3-credentials", "access-key"))
                .env("AWS_SECRET_ACCESS_KEY", secretKey("s3-credentials", "secret-key")))
            .executor(executor().instances(10).cores(2).memory(gib(6))
                .env("AWS_ACCESS_KEY_ID", secretKey("s3-credentials", "access-key"))
                .env("AWS_SECRET_ACCESS_KEY", secretKey("s3-credentials", "secret-key")))
            .restartPolicy(onFailure(2, java.time.Duration.ofMinutes(5))));
  }
}
