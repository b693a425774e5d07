package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.SparkConfMapper.Aspect;
import dev.sparkform.dsl.Problem;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Typed fields as the Spark properties of docs/running-on-kubernetes.md, key by key. */
class SparkConfMapperTest {
  private static SparkApp app() {
    return sparkApp("etl").sparkVersion("4.0.1").image("apache/spark:4.0.1").imagePullPolicy(IF_NOT_PRESENT)
        .imagePullSecrets("regcred", "mirror")
        .mainApplicationFile("local:///opt/app/etl.jar").mainClass("com.example.Etl");
  }

  private static Map<String, String> map(SparkApp app) {
    Problems p = Problems.root();
    Map<String, String> m = SparkConfMapper.map(app, p).asMap();
    assertEquals(List.of(), p.all());
    return m;
  }

  @Test
  void imageServiceAccountAndResources() {
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("spark.kubernetes.container.image", "apache/spark:4.0.1"),
        Map.entry("spark.kubernetes.container.image.pullPolicy", "IfNotPresent"),
        Map.entry("spark.kubernetes.container.image.pullSecrets", "regcred,mirror"),
        Map.entry("spark.kubernetes.authenticate.driver.serviceAccountName", "etl"),
        Map.entry("spark.driver.cores", "2"),
        Map.entry("spark.kubernetes.driver.limit.cores", "2"),
        Map.entry("spark.driver.memory", "4g"),
        Map.entry("spark.executor.cores", "4"),
        Map.entry("spark.kubernetes.executor.request.cores", "3500m"),
        Map.entry("spark.executor.memory", "1536m"),
        Map.entry("spark.executor.memoryOverhead", "1g"),
        Map.entry("spark.executor.instances", "10")));
    assertEquals(expected, map(app()
        .driver(driver().cores(2).coreLimit(cores(2)).memory(gib(4)))
        .executor(executor().cores(4).coreRequest(millicores(3500)).memory(mib(1536)).memoryOverhead(gib(1))
            .instances(10))));
  }

  @Test
  void podDetailsThatSparkHasKeysFor() {
    Map<String, String> m = map(app().executor(executor()
        .label("team", "data").annotation("cost-center", "42")
        .env("MODE", "batch").env("DB_PASSWORD", secretKey("db", "password"))
        .scheduling(scheduling().nodeSelector("pool", "spark"))
        .schedulerName("volcano")
        .volumes(emptyDir("spark-local-dir-1", "/tmp/spark").sizeLimit(gib(50)).inMemory(),
            claimOnDemand("data", "/data").size(gib(100)).storageClass("fast"),
            hostPath("logs", "/var/log/spark", "/logs").readOnly(true),
            secretVolume("keytab", "krb-keytab", "/etc/keytab"))));
    assertEquals("data", m.get("spark.kubernetes.executor.label.team"));
    assertEquals("42", m.get("spark.kubernetes.executor.annotation.cost-center"));
    assertEquals("batch", m.get("spark.executorEnv.MODE"));
    assertEquals("db:password", m.get("spark.kubernetes.executor.secretKeyRef.DB_PASSWORD"));
    assertEquals("spark", m.get("spark.kubernetes.executor.node.selector.pool"));
    assertEquals("volcano", m.get("spark.kubernetes.executor.scheduler.name"));
    String ed = "spark.kubernetes.executor.volumes.emptyDir.spark-local-dir-1.";
    assertEquals("/tmp/spark", m.get(ed + "mount.path"));
    // Unset readOnly is Spark's default (read-write) and writes no key; an explicit one is written.
    assertEquals(null, m.get(ed + "mount.readOnly"));
    assertEquals("50Gi", m.get(ed + "options.sizeLimit"));
    assertEquals("Memory", m.get(ed + "options.medium"));
    String pvc = "spark.kubernetes.executor.volumes.persistentVolumeClaim.data.";
    assertEquals("OnDemand", m.get(pvc + "options.claimName"));
    assertEquals(null, m.get(pvc + "mount.readOnly"));
    assertEquals("fast", m.get(pvc + "options.storageClass"));
    assertEquals("100Gi", m.get(pvc + "options.sizeLimit"));
    assertEquals("/var/log/spark", m.get("spark.kubernetes.executor.volumes.hostPath.logs.options.path"));
    assertEquals("true", m.get("spark.kubernetes.executor.volumes.hostPath.logs.mount.readOnly"));
    assertEquals("/etc/keytab", m.get("spark.kubernetes.executor.secrets.krb-keytab"));
  }

  @Test
  void dynamicAllocationTurnsOnShuffleTracking() {
    Map<String, String> m = map(app().dynamicAllocation(dynamicAllocation().min(2).max(300).initial(20)
        .shuffleTrackingTimeout(Duration.ofMinutes(30))));
    assertEquals("true", m.get("spark.dynamicAllocation.enabled"));
    assertEquals("2", m.get("spark.dynamicAllocation.minExecutors"));
    assertEquals("300", m.get("spark.dynamicAllocation.maxExecutors"));
    assertEquals("20", m.get("spark.dynamicAllocation.initialExecutors"));
    assertEquals(null, m.get("spark.dynamicAllocation.shuffleTracking.enabled"), "Spark 3.4+ tracks by default");
    assertEquals("1800s", m.get("spark.dynamicAllocation.shuffleTracking.timeout"));
    assertEquals("true", map(app().sparkVersion("3.3.2").dynamicAllocation(dynamicAllocation()))
        .get("spark.dynamicAllocation.shuffleTracking.enabled"), "Spark 3.3 needs it turned on");
    assertEquals("false", map(app().dynamicAllocation(dynamicAllocation().shuffleTracking(false)))
        .get("spark.dynamicAllocation.shuffleTracking.enabled"));
  }

  @Test
  void packagesGetAWritableIvyDirectory() {
    SparkProperties conf = SparkConfMapper.map(app().deps(deps().packages("org.apache.spark:spark-avro_2.13:4.0.1")
        .jars("s3a://b/x.jar", "s3a://b/y.jar")), Problems.root());
    assertEquals("org.apache.spark:spark-avro_2.13:4.0.1", conf.asMap().get("spark.jars.packages"));
    assertEquals("s3a://b/x.jar,s3a://b/y.jar", conf.asMap().get("spark.jars"));
    assertEquals("/tmp/.ivy2", conf.asMap().get("spark.jars.ivy"));
    assertEquals(SparkProperties.Origin.SPARKFORM_DEFAULT, conf.entries().get("spark.jars.ivy").origin());
  }

  @Test
  void nativeAspectsAreLeftToTheTarget() {
    Map<String, String> m = SparkConfMapper.map(app().executor(executor().memory(gib(2)).instances(3)),
        EnumSet.of(Aspect.IMAGE, Aspect.MEMORY, Aspect.INSTANCES, Aspect.SERVICE_ACCOUNT)).asMap();
    assertEquals(Map.of(), m);
  }

  @Test
  void userConfWinsButAContradictionIsAProblem() {
    Problems p = Problems.root().at("app etl");
    SparkProperties conf = SparkConfMapper.map(app().executor(executor().memory(gib(2)))
        .sparkConf("spark.executor.memory", "3g").sparkConf("spark.eventLog.enabled", "true"), p);
    assertEquals(List.of(new Problem("app etl", "sparkConf spark.executor.memory=3g contradicts executor.memory (2g);"
        + " set it in one place")), p.all());
    assertEquals(SparkProperties.Origin.USER, conf.entries().get("spark.eventLog.enabled").origin());
    assertTrue(conf.entries().get("spark.executor.memory").because().equals("sparkConf"));
  }

  @Test
  void theUserMayReplaceASparkformDefaultWithoutAProblem() {
    Problems p = Problems.root().at("app etl");
    SparkProperties conf = SparkConfMapper.map(app().deps(deps().packages("org.apache.hadoop:hadoop-aws:3.4.2"))
        .sparkConf("spark.jars.ivy", "/tmp/.ivy2.5.2"), p);
    assertEquals(List.of(), p.all());
    assertEquals("/tmp/.ivy2.5.2", conf.asMap().get("spark.jars.ivy"));
    assertEquals(SparkProperties.Origin.USER, conf.entries().get("spark.jars.ivy").origin());
  }

  @Test
  void anExplicitReadOnlyFalseIsWritten() {
    Map<String, String> m = map(app().executor(executor().volumes(claimOnDemand("spark-local-dir-1", "/data")
        .readOnly(false).size(gib(1)))));
    assertEquals("false", m.get("spark.kubernetes.executor.volumes.persistentVolumeClaim.spark-local-dir-1.mount.readOnly"));
  }

  @Test
  void pluginsAllocatorAndEventLogAreSparkKeys() {
    Problems p = Problems.root();
    Map<String, String> m = SparkConfMapper.map(app().plugins("org.example.A", "org.example.B")
        .executor(executor().allocator(DEPLOYMENT)).sparkConf("spark.plugins", "org.example.C"), p).asMap();
    assertEquals("deployment", m.get("spark.kubernetes.allocation.pods.allocator"));
    Map<String, String> logged = map(app().eventLog("s3a://spark-events/"));
    assertEquals("true", logged.get("spark.eventLog.enabled"));
    assertEquals("s3a://spark-events/", logged.get("spark.eventLog.dir"));
    assertEquals(List.of(new Problem("", "sparkConf spark.plugins=org.example.C contradicts plugins"
        + " (org.example.A,org.example.B); set it in one place")), p.all());
  }

  @Test
  void whatDriverAndExecutorsShareIsWrittenOnceAppWide() {
    Map<String, String> m = map(app().scheduling(scheduling().nodeSelector("kubernetes.io/arch", "amd64"))
        .driver(driver().schedulerName("volcano").scheduling(scheduling().nodeSelector("pool", "drivers")))
        .executor(executor().schedulerName("volcano").scheduling(scheduling().nodeSelector("pool", "workers"))));
    assertEquals("amd64", m.get("spark.kubernetes.node.selector.kubernetes.io/arch"));
    assertEquals("volcano", m.get("spark.kubernetes.scheduler.name"));
    assertEquals("drivers", m.get("spark.kubernetes.driver.node.selector.pool"));
    assertEquals("workers", m.get("spark.kubernetes.executor.node.selector.pool"));
    for (String role : List.of("driver", "executor")) {
      assertEquals(null, m.get("spark.kubernetes." + role + ".node.selector.kubernetes.io/arch"));
      assertEquals(null, m.get("spark.kubernetes." + role + ".scheduler.name"));
    }
  }

  @Test
  void hadoopConfIsPrefixed() {
    assertEquals("org.apache.hadoop.fs.s3a.S3AFileSystem",
        map(app().hadoopConf("fs.s3a.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem")).get("spark.hadoop.fs.s3a.impl"));
  }
}
