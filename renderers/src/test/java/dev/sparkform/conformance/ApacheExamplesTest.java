package dev.sparkform.conformance;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkConnect;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import dev.sparkform.model.UpstreamExamples;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpecBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Every upstream example of the Apache Spark Kubernetes operator
 * ({@code shared/reference/examples/apache-spark-kubernetes-operator}), built with the typed DSL,
 * compiled for {@code --target apache} and held to the upstream file by {@link ApacheConformance}.
 * Coverage is counted honestly: the covered files plus {@link #UNCOVERED} (each with its reason)
 * must be exactly the files present.
 */
class ApacheExamplesTest {
  /** The image tag the upstream files write as {@code {{SPARK_VERSION}}}, substituted by the test helpers. */
  static final String TAG = UpstreamExamples.SPARK_VERSION;
  static final String SCALA_IMAGE = "apache/spark:" + TAG + "-scala";
  private static final String JAVA25_IMAGE = "apache/spark:4.2.0-scala-java25";
  static final String EXAMPLES_JAR = "local:///opt/spark/examples/jars/spark-examples.jar";
  private static final String WORD_COUNT = "org.apache.spark.examples.JavaWordCount";

  private static final String NO_MAIN_FILE = "upstream has no spec.jars (no main application file): the main class"
      + " is already on the image's class path, but the DSL requires mainApplicationFile and the Apache target"
      + " renders it as spec.jars; an app that runs only a main class is missing. Main class: ";
  private static final String RESTART_FOREVER = "; also applicationTolerations.restartConfig restartPolicy Always with"
      + " maxRestartAttempts 9223372036854775807 (Long.MAX_VALUE): always() takes no count and the DSL's retry count"
      + " is an int set only by onFailure(retries, interval)";

  private static final String HISTORY_SERVER = "; Sparkform's own history server, historyServer(..), is a Deployment"
      + " and a Service for every target (neither operator manages one; a Deployment restarts forever by itself),"
      + " not a SparkApplication that spark-submit starts";

  /** Examples the DSL cannot express yet, with the reason. */
  static final Map<String, String> UNCOVERED = Map.ofEntries(
      // ---- not an operator resource
      Map.entry("job/pi-swift.yaml", "a plain batch/v1 Job, not an operator resource: a Spark Connect Swift client"
          + " that reaches spark-connect-server's driver Service; the DSL has no value for a plain Job"),
      Map.entry("job/cron-pi-swift.yaml", "a plain batch/v1 CronJob, not an operator resource: the Spark Connect"
          + " Swift client of job/pi-swift.yaml every minute; the DSL has no value for a plain CronJob"),
      Map.entry("localstack.yml", "a plain v1 Pod + Service, not an operator resource: LocalStack as an S3 stand-in"
          + " that the s3a examples point at; the DSL has no value for a plain Pod or Service"),
      // ---- servers whose main class is in the image: no main application file (the Spark Connect
      // servers are sparkConnect(..) values, below; a history server is a Deployment, historyServer(..))
      Map.entry("spark-thrift-server.yaml", NO_MAIN_FILE + "HiveThriftServer2" + RESTART_FOREVER),
      Map.entry("spark-history-server.yaml", NO_MAIN_FILE + "HistoryServer" + RESTART_FOREVER + HISTORY_SERVER),
      Map.entry("spark-history-server-with-jws-filter.yaml", NO_MAIN_FILE + "HistoryServer" + RESTART_FOREVER
          + HISTORY_SERVER));

  static final Map<String, Supplier<StackResource>> EXAMPLES = new LinkedHashMap<>();

  static {
    // ---- SparkApplications
    EXAMPLES.put("pi.yaml", () -> pi("pi").image(SCALA_IMAGE)
        .dynamicAllocation(dynamicAllocation().max(3))
        .apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE))
        .timeToLive(Duration.ofSeconds(10)));
    EXAMPLES.put("pi-java17.yaml", () -> pi("pi-java17").image("apache/spark:" + TAG + "-scala-java17"));
    EXAMPLES.put("pi-java25.yaml", () -> pi("pi-java25").image(JAVA25_IMAGE)
        .apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE))
        .timeToLive(Duration.ofSeconds(10)));
    EXAMPLES.put("pi-java25-deployment.yaml", () -> pi("pi-java25-deployment").image(JAVA25_IMAGE)
        .arguments("20000")
        .executor(executor().instances(3).allocator(DEPLOYMENT)));
    EXAMPLES.put("pi-java25-with-executor-pvc-resize-plugin.yaml", () -> pi("pi-java25-with-executor-pvc-resize-plugin")
        .image(JAVA25_IMAGE)
        .arguments("200000")
        .executor(executor().volumes(claimOnDemand("spark-local-dir-1", "/data").size(gib(1))))
        .sparkConf("spark.kubernetes.executor.pvc.resizeInterval", "5min")
        .sparkConf("spark.kubernetes.executor.pvc.resizeThreshold", "0.5")
        .sparkConf("spark.kubernetes.executor.pvc.resizeFactor", "1.0")
        .plugins("org.apache.spark.scheduler.cluster.k8s.ExecutorPVCResizePlugin")
        .apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE))
        .timeToLive(Duration.ofSeconds(10)));
    EXAMPLES.put("pi-java25-with-executor-resize-plugin.yaml", () -> pi("pi-java25-with-executor-resize-plugin")
        .image(JAVA25_IMAGE)
        .arguments("200000")
        .dynamicAllocation(dynamicAllocation().max(1))
        .sparkConf("spark.kubernetes.executor.resizeInterval", "1min")
        .sparkConf("spark.kubernetes.executor.resizeThreshold", "0.25")
        .plugins("org.apache.spark.scheduler.cluster.k8s.ExecutorResizePlugin")
        .apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE))
        .timeToLive(Duration.ofSeconds(10)));
    EXAMPLES.put("pi-on-volcano.yaml", () -> pi("pi-on-volcano").image(SCALA_IMAGE)
        .arguments("20000")
        .driver(driver().schedulerName("volcano"))
        .executor(executor().schedulerName("volcano")));
    EXAMPLES.put("pi-on-yunikorn.yaml", () -> pi("pi-on-yunikorn").image(SCALA_IMAGE)
        .arguments("20000")
        // {{APP_ID}} is Spark's own placeholder, replaced with the app id when it builds the pods.
        .driver(driver().schedulerName("yunikorn").label("queue", "root.default")
            .annotation("yunikorn.apache.org/app-id", "{{APP_ID}}"))
        .executor(executor().schedulerName("yunikorn").label("queue", "root.default")
            .annotation("yunikorn.apache.org/app-id", "{{APP_ID}}")));
    EXAMPLES.put("pi-python.yaml", () -> sparkApp("pi-python").sparkVersion("4.2.0")
        .image("apache/spark:" + TAG + "-python3")
        .mainApplicationFile("local:///opt/spark/examples/src/main/python/pi.py")
        .existingServiceAccount("spark"));
    EXAMPLES.put("pi-statefulset.yaml", () -> pi("pi-statefulset").image(SCALA_IMAGE)
        .arguments("20000")
        .executor(executor().instances(3).allocator(STATEFULSET)));
    EXAMPLES.put("pi-v1beta1.yaml", () -> pi("pi-v1beta1").image(SCALA_IMAGE));
    EXAMPLES.put("pi-with-comet.yaml", ApacheExamplesTest::comet);
    EXAMPLES.put("pi-with-driver-timeout.yaml", () -> pi("pi-with-driver-timeout").image(SCALA_IMAGE)
        .arguments("200000")
        .sparkConf("spark.driver.timeout", "1min")
        .plugins("org.apache.spark.deploy.DriverTimeoutPlugin")
        .apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE)));
    EXAMPLES.put("pi-with-eventlog.yaml", () -> pi("pi-with-eventlog").image(SCALA_IMAGE)
        .arguments("3000")
        .deps(deps().packages("org.apache.hadoop:hadoop-aws:3.4.2"))
        // The example's own writable Ivy directory replaces sparkform's default one.
        .sparkConf("spark.jars.ivy", "/tmp/.ivy2.5.2")
        .eventLog("s3a://spark-events/")
        .sparkConf("spark.eventLog.rolling.maxFileSize", "2MB")
        .hadoopConf("fs.s3a.endpoint", "http://localstack:4566")
        .hadoopConf("fs.s3a.path.style.access", "true")
        .hadoopConf("fs.s3a.access.key", "test")
        .hadoopConf("fs.s3a.secret.key", "test")
        .driver(driver().memory(gib(2))));
    EXAMPLES.put("pi-with-gluten.yaml", ApacheExamplesTest::gluten);
    EXAMPLES.put("pi-with-instanceconfig.yaml", () -> pi("pi-with-instanceconfig").image(SCALA_IMAGE)
        .arguments("20000")
        .executor(executor().instances(3))
        .apacheOptions(apacheOptions().executors(3, 3)));
    EXAMPLES.put("pi-with-on-demand-pvc.yaml", () -> pi("pi-with-on-demand-pvc").image(SCALA_IMAGE)
        .arguments("20000")
        .executor(executor().volumes(claimOnDemand("spark-local-dir-1", "/data")
            .readOnly(false).size(gib(1)).storageClass("local-path"))));
    EXAMPLES.put("pi-with-one-pod.yaml", () -> pi("pi-with-one-pod").image(SCALA_IMAGE)
        .sparkConf("spark.kubernetes.driver.master", "local[10]")
        .driver(driver().coreRequest(cores(5)).coreLimit(cores(5))));
    EXAMPLES.put("pi-with-spark-connect-plugin.yaml", () -> pi("pi-with-spark-connect-plugin").image(SCALA_IMAGE)
        .arguments("200000")
        .plugins("org.apache.spark.sql.connect.SparkConnectPlugin"));
    EXAMPLES.put("pi-with-template.yaml", () -> pi("pi-with-template").image(SCALA_IMAGE)
        .driver(driver().priorityClassName("system-cluster-critical").template(noGracePeriod()))
        .executor(executor().priorityClassName("system-cluster-critical").template(noGracePeriod())));

    // ---- SparkApplications running other Spark examples
    EXAMPLES.put("sql.yaml", () -> example("sql", "org.apache.spark.examples.sql.JavaSparkSQLCli").image(SCALA_IMAGE)
        .arguments("SHOW DATABASES", "SHOW TABLES", "SELECT VERSION()"));
    EXAMPLES.put("word-count.yaml", () -> example("word-count", WORD_COUNT).image(SCALA_IMAGE)
        .arguments("/opt/spark/RELEASE"));
    EXAMPLES.put("word-count-celeborn.yaml", () -> example("word-count-celeborn", WORD_COUNT).image(SCALA_IMAGE)
        .arguments("/opt/spark/RELEASE")
        .deps(deps().packages("org.apache.celeborn:celeborn-client-spark-4-shaded_2.13:0.7.0"))
        .sparkConf("spark.jars.ivy", "/tmp/.ivy2.5.2")
        .sparkConf("spark.celeborn.master.endpoints", "celeborn-master-0.celeborn-master-svc:9097")
        .sparkConf("spark.kubernetes.driver.master", "local[10]")
        .driver(driver().coreRequest(cores(5)).coreLimit(cores(5)))
        .sparkConf("spark.shuffle.manager", "org.apache.spark.shuffle.celeborn.SparkShuffleManager")
        .sparkConf("spark.shuffle.service.enabled", "false")
        .sparkConf("spark.sql.adaptive.localShuffleReader.enabled", "false")
        .sparkConf("spark.serializer", "org.apache.spark.serializer.KryoSerializer"));
    EXAMPLES.put("stream-word-count.yaml", () -> localStackS3(example("stream-word-count",
        "org.apache.spark.examples.streaming.HdfsWordCount")).image(SCALA_IMAGE)
        .arguments("s3a://ingest")
        .sparkConf("spark.log.level", "WARN"));
    EXAMPLES.put("dfs-read-write.yaml", () -> localStackS3(example("dfs-read-write",
        "org.apache.spark.examples.DFSReadWriteTest")).image(SCALA_IMAGE)
        .arguments("/opt/spark/RELEASE", "s3a://data/")
        .driver(driver().memory(gib(2)))
        .hadoopConf("fs.defaultFS", "s3a://data"));
    EXAMPLES.put("group-by-with-recovery-mode.yaml", () -> example("group-by-with-recovery-mode",
        "org.apache.spark.examples.GroupByTest").image(SCALA_IMAGE)
        .arguments("6", "450000", "1000", "6")
        .sparkConf("spark.kubernetes.allocation.recoveryMode.enabled", "true")
        .executor(executor().instances(2).cores(3).memory(gib(1)))
        .apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE)));

    // ---- Spark Connect servers: SparkApplications of the server's main class, with no main file
    EXAMPLES.put("spark-connect-server.yaml", () -> connectServer("spark-connect-server", "4.2.0")
        .image("apache/spark:" + TAG)
        .sparkConf("spark.kubernetes.executor.podNamePrefix", "spark-connect-server")
        .sparkConf("spark.scheduler.mode", "FAIR"));
    EXAMPLES.put("spark-connect-server-usw2-az2.yaml", () -> connectServer("spark-connect-server-usw2-az2", "4.2.0")
        .image("apache/spark:" + TAG)
        .sparkConf("spark.kubernetes.executor.podNamePrefix", "spark-connect-server")
        .sparkConf("spark.scheduler.mode", "FAIR")
        .server(driver().template(inZone("usw2-az2")))
        .executor(executor().template(inZone("usw2-az2"))));
    EXAMPLES.put("spark-connect-server-iceberg.yaml", () -> connectServer("spark-connect-server-iceberg", "4.1.3")
        .image("apache/spark:4.1.3")
        .deps(deps().packages("org.apache.hadoop:hadoop-aws:3.4.2",
            "org.apache.iceberg:iceberg-spark-runtime-4.1_2.13:1.11.0"))
        .sparkConf("spark.jars.ivy", "/tmp/.ivy2.5.2")
        .hadoopConf("fs.s3a.endpoint", "http://localstack:4566")
        .hadoopConf("fs.s3a.path.style.access", "true")
        .hadoopConf("fs.s3a.access.key", "test")
        .hadoopConf("fs.s3a.secret.key", "test")
        .sparkConf("spark.kubernetes.executor.podNamePrefix", "spark-connect-server-iceberg")
        .sparkConf("spark.scheduler.mode", "FAIR")
        .sparkConf("spark.sql.catalog.s3", "org.apache.iceberg.spark.SparkCatalog")
        .sparkConf("spark.sql.catalog.s3.type", "hadoop")
        .sparkConf("spark.sql.catalog.s3.warehouse", "s3a://warehouse")
        .sparkConf("spark.sql.defaultCatalog", "s3")
        .sparkConf("spark.sql.extensions", "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions"));
    // Sessions run on a standalone cluster (cluster.yaml's prod master) instead of Kubernetes pods.
    EXAMPLES.put("spark-connect-server-with-spark-cluster.yaml", () -> connectServer("spark-connect-server", "4.2.0")
        .image(SCALA_IMAGE)
        .sparkConf("spark.master", "spark://prod-master-svc:7077")
        .executor(executor().cores(1))
        .sparkConf("spark.cores.max", "3")
        .sparkConf("spark.ui.reverseProxy", "true"));

    // ---- SparkClusters
    EXAMPLES.put("cluster.yaml", () -> prodCluster("cluster"));
    EXAMPLES.put("cluster-with-jws-filter.yaml", () -> prodCluster("cluster-with-jws-filter")
        .sparkConf("spark.ui.filters", "org.apache.spark.ui.JWSFilter")
        .sparkConf("spark.master.rest.filters", "org.apache.spark.ui.JWSFilter")
        .sparkConf("spark.org.apache.spark.ui.JWSFilter.param.secretKey",
            "VmlzaXQgaHR0cHM6Ly9zcGFyay5hcGFjaGUub3JnIHRvIGRvd25sb2FkIEFwYWNoZSBTcGFyay4="));
    EXAMPLES.put("cluster-on-yunikorn.yaml", () -> cluster("cluster-on-yunikorn", "Spark Cluster on YuniKorn Scheduler")
        .workerInstances(1, 1, 1)
        .sparkConf("spark.kubernetes.scheduler.name", "yunikorn"));
    EXAMPLES.put("cluster-with-hpa.yaml", () -> cluster("cluster-with-hpa", "Cluster with HorizontalPodAutoscaler")
        .workerInstances(3, 1, 3)
        .workers(clusterNode().resources(cores(3), gib(3))));
    EXAMPLES.put("cluster-with-hpa-template.yaml", () -> cluster("cluster-with-hpa-template",
        "Cluster with HorizontalPodAutoscaler Template")
        .workerInstances(1, 1, 2)
        .workers(clusterNode().resources(cores(3), gib(3)))
        .workerAutoscaling(workerCpuAutoscaling()));
    EXAMPLES.put("cluster-with-template.yaml", () -> cluster("cluster-with-template", "Spark Cluster with Template")
        .workerInstances(1, 1, 1)
        .master(templated("master", "svc1"))
        .workers(templated("worker", "annotation")));
    EXAMPLES.put("prod-cluster-with-three-workers.yaml", () -> cluster("prod", "Prod Spark Cluster")
        .workerInstances(3, 3, 3));
    EXAMPLES.put("qa-cluster-with-one-worker.yaml", () -> cluster("qa", "QA Spark Cluster")
        .workerInstances(1, 1, 1));
  }

  private static SparkApp pi(String name) {
    return example(name, "org.apache.spark.examples.SparkPi");
  }

  /** A class of Spark's examples jar, run as the existing service account "spark". */
  /** A Spark Connect server as the examples run it: with the operator's service account {@code spark}. */
  static SparkConnect connectServer(String name, String sparkVersion) {
    return sparkConnect(name).sparkVersion(sparkVersion).existingServiceAccount("spark");
  }

  /** Only nodes of one AWS availability zone. */
  static PodTemplateSpec inZone(String zoneId) {
    return new PodTemplateSpecBuilder().withNewSpec().addToNodeSelector("topology.k8s.aws/zone-id", zoneId).endSpec()
        .build();
  }

  static SparkApp example(String name, String mainClass) {
    return sparkApp(name).sparkVersion("4.2.0")
        .mainClass(mainClass)
        .mainApplicationFile(EXAMPLES_JAR)
        .existingServiceAccount("spark");
  }

  /** Uses s3a:// on localstack.yml's S3 stand-in; hadoop-aws resolved into the examples' own Ivy directory. */
  static SparkApp localStackS3(SparkApp app) {
    return app.deps(deps().packages("org.apache.hadoop:hadoop-aws:3.4.2"))
        .sparkConf("spark.jars.ivy", "/tmp/.ivy2.5.2")
        .hadoopConf("fs.s3a.endpoint", "http://localstack:4566")
        .hadoopConf("fs.s3a.path.style.access", "true")
        .hadoopConf("fs.s3a.access.key", "test")
        .hadoopConf("fs.s3a.secret.key", "test");
  }

  // ---- pod templates: what the DSL has no typed field for (init containers, grace period)

  private static PodTemplateSpec noGracePeriod() {
    return new PodTemplateSpecBuilder().withNewSpec().withTerminationGracePeriodSeconds(0L).endSpec().build();
  }

  /** An init container downloading {@code url} into an emptyDir that the Spark container mounts. */
  private static PodTemplateSpec download(String what, String container, String size, String script) {
    return new PodTemplateSpecBuilder().withNewSpec()
        .addNewInitContainer().withName("download-" + what).withImage("busybox")
            .withCommand("sh", "-c").withArgs(script)
            .addNewVolumeMount().withName(what).withMountPath("/" + what).endVolumeMount()
        .endInitContainer()
        .addNewContainer().withName(container)
            .addNewVolumeMount().withName(what).withMountPath("/" + what).endVolumeMount()
        .endContainer()
        .addNewVolume().withName(what).withNewEmptyDir().withSizeLimit(new Quantity(size)).endEmptyDir().endVolume()
        .endSpec().build();
  }

  private static SparkApp comet() {
    String script = "wget -O /comet/comet.jar \"https://maven.example.com/maven2/org/apache/datafusion/"
        + "comet-spark-spark4.1_2.13/1.0.0/comet-spark-spark4.1_2.13-1.0.0.jar\"\n";
    return pi("pi-with-comet").sparkVersion("4.1.3").image("apache/spark:4.1.3-scala")
        .sparkConf("spark.comet.enabled", "true")
        .sparkConf("spark.comet.exec.enabled", "true")
        .sparkConf("spark.comet.exec.shuffle.enabled", "true")
        .sparkConf("spark.comet.exec.shuffle.mode", "auto")
        .sparkConf("spark.driver.extraClassPath", "local:///comet/comet.jar")
        .sparkConf("spark.executor.extraClassPath", "local:///comet/comet.jar")
        .sparkConf("spark.memory.offHeap.enabled", "true")
        .sparkConf("spark.memory.offHeap.size", "1g")
        .plugins("org.apache.spark.CometPlugin")
        .sparkConf("spark.shuffle.manager", "org.apache.spark.sql.comet.execution.shuffle.CometShuffleManager")
        .apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE))
        .driver(driver().template(download("comet", "spark-kubernetes-driver", "200Mi", script)))
        .executor(executor().template(download("comet", "spark-kubernetes-executor", "200Mi", script)));
  }

  private static SparkApp gluten() {
    String script = "wget -O /tmp/gluten.tar.gz \"https://www.apache.org/dyn/closer.lua/gluten/1.6.0/"
        + "apache-gluten-1.6.0-bin-spark-4.0.tar.gz?action=download\" && \\\n"
        + "tar -xzf /tmp/gluten.tar.gz -C /tmp && \\\n"
        + "cp /tmp/gluten-velox-bundle-spark4.0_2.13-linux_amd64-1.6.0.jar /gluten/gluten.jar\n";
    return pi("pi-with-gluten").sparkVersion("4.0.4").image("apache/spark:4.0.4-scala")
        .sparkConf("spark.driver.extraClassPath", "local:///gluten/gluten.jar")
        .sparkConf("spark.executor.extraClassPath", "local:///gluten/gluten.jar")
        .scheduling(scheduling().nodeSelector("kubernetes.io/arch", "amd64"))
        .sparkConf("spark.memory.offHeap.enabled", "true")
        .sparkConf("spark.memory.offHeap.size", "1g")
        .plugins("org.apache.gluten.GlutenPlugin")
        .sparkConf("spark.shuffle.manager", "org.apache.spark.shuffle.sort.ColumnarShuffleManager")
        .sparkConf("spark.sql.ansi.enabled", "false")
        .apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE))
        .driver(driver().template(download("gluten", "spark-kubernetes-driver", "500Mi", script)))
        .executor(executor().template(download("gluten", "spark-kubernetes-executor", "500Mi", script)));
  }

  // ---- clusters

  private static dev.sparkform.dsl.SparkCluster cluster(String name, String title) {
    return sparkCluster(name).sparkVersion("4.2.0").image(SCALA_IMAGE)
        .sparkConf("spark.master.ui.title", title)
        .sparkConf("spark.master.rest.host", "0.0.0.0")
        .sparkConf("spark.ui.reverseProxy", "true");
  }

  private static dev.sparkform.dsl.SparkCluster prodCluster(String name) {
    return sparkCluster(name).sparkVersion("4.2.0").image("apache/spark:" + TAG)
        .workerInstances(3, 3, 3)
        .sparkConf("spark.master.ui.title", "Prod Spark Cluster")
        .sparkConf("spark.master.rest.host", "0.0.0.0")
        .sparkConf("spark.ui.reverseProxy", "true");
  }

  private static HorizontalPodAutoscalerSpec workerCpuAutoscaling() {
    return new HorizontalPodAutoscalerSpecBuilder()
        .addNewMetric().withType("ContainerResource")
            .withNewContainerResource().withName("cpu").withContainer("worker")
                .withNewTarget().withType("Utilization").withAverageUtilization(10).endTarget()
            .endContainerResource()
        .endMetric()
        .withNewBehavior()
            .withNewScaleUp().addNewPolicy().withType("Pods").withValue(1).withPeriodSeconds(10).endPolicy().endScaleUp()
            .withNewScaleDown().addNewPolicy().withType("Pods").withValue(1).withPeriodSeconds(1200).endPolicy()
            .endScaleDown()
        .endBehavior()
        .build();
  }

  /** A master or workers with typed resources, annotations and priority, plus a sidecar from a StatefulSet spec. */
  private static dev.sparkform.dsl.ClusterNode templated(String role, String serviceAnnotation) {
    Quantity cpu = new Quantity("0.1");
    Quantity memory = new Quantity("10Mi");
    StatefulSetSpec sidecar = new StatefulSetSpecBuilder().withNewTemplate().withNewSpec()
        .addToContainers(new ContainerBuilder().withName("sidecar").withImage("registry.k8s.io/pause:3.9")
            .withNewResources().withRequests(Map.of("cpu", cpu, "memory", memory))
                .withLimits(Map.of("cpu", cpu, "memory", memory)).endResources()
            .build())
        .endSpec().endTemplate().build();
    return clusterNode().resources(cores(2), gib(2))
        .annotation("cluster-autoscaler.kubernetes.io/safe-to-evict", "false")
        .priorityClassName("system-cluster-critical")
        .podSecurityContext(securityContext().runAsUser(0))
        .statefulSetAnnotation("customAnnotation", "annotation")
        .serviceAnnotation("customAnnotation", serviceAnnotation)
        .statefulSetSpec(sidecar);
  }

  // ---- the tests

  @TestFactory
  Stream<DynamicTest> everyCoveredExampleMatchesUpstream() {
    ApacheConformance.exampleFiles();
    return EXAMPLES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> ApacheConformance.check(e.getKey(), stackOf(e.getValue().get()))));
  }

  @Test
  void coveredPlusUncoveredAreExactlyTheUpstreamFiles() {
    List<String> files = ApacheConformance.exampleFiles();
    TreeSet<String> accounted = new TreeSet<>(EXAMPLES.keySet());
    UNCOVERED.keySet().forEach(f -> assertTrue(accounted.add(f), f + " is both covered and uncovered"));
    assertEquals(new TreeSet<>(files), accounted, "covered + uncovered vs the upstream files");
    // 41 SparkApplications and SparkClusters, job/pi-swift.yaml, job/cron-pi-swift.yaml and localstack.yml
    assertEquals(44, files.size(), "upstream Apache example files");
    System.out.printf("Apache operator examples covered: %d/%d%n", EXAMPLES.size(), files.size());
  }

  /** The comparison can fail: a missing option, an extra key, a foreign label are each caught. */
  @Test
  void theComparisonCatchesDifferences() {
    ApacheConformance.exampleFiles();
    AssertionFailedError missing = assertThrows(AssertionFailedError.class, () -> ApacheConformance.check("pi.yaml",
        stackOf(pi("pi").image(SCALA_IMAGE).dynamicAllocation(dynamicAllocation().max(3))
            .timeToLive(Duration.ofSeconds(10)))));
    assertTrue(missing.getMessage().contains("spec.applicationTolerations.resourceRetainPolicy: upstream OnFailure"),
        missing.getMessage());
    AssertionFailedError extraKey = assertThrows(AssertionFailedError.class, () -> ApacheConformance.check(
        "pi-java17.yaml", stackOf(pi("pi-java17").image("apache/spark:" + TAG + "-scala-java17")
            .executor(executor().instances(2)))));
    assertTrue(extraKey.getMessage().contains("spec.sparkConf.spark.executor.instances: upstream nothing"),
        extraKey.getMessage());
    AssertionFailedError label = assertThrows(AssertionFailedError.class, () -> ApacheConformance.check(
        "pi-java17.yaml", stackOf(pi("pi-java17").image("apache/spark:" + TAG + "-scala-java17").label("team", "x"))));
    assertTrue(label.getMessage().contains("labels upstream lacks: [team]"), label.getMessage());
  }

  @Test
  void everyUncoveredExampleSaysWhy() {
    UNCOVERED.forEach((f, why) -> assertTrue(why.length() > 20, f + ": the reason must say what is missing"));
  }

  static Stack stackOf(StackResource r) {
    return stack("apache-examples").add(AsUpstream.unrestricted(r));
  }
}
