package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sparkform.dsl.Problem;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.render.PlainData;
import dev.sparkform.render.YamlRenderer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Apache-operator options and user pod templates: how they compile, and that other targets refuse them. */
class ApacheFeaturesCompileTest {
  private static SparkApp pi() {
    return sparkApp("pi").sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(SparkApp app) {
    List<HasMetadata> out = StackCompiler.create().target(Target.APACHE).compile(stack("s").add(app));
    HasMetadata a = out.stream().filter(o -> o.getKind().equals("SparkApplication")).findFirst().orElseThrow();
    return (Map<String, Object>) PlainData.of(a).get("spec");
  }

  @Test
  void optionsBecomeApplicationTolerations() {
    Map<String, Object> spec = spec(pi().timeToLive(Duration.ofSeconds(10)).restartPolicy(onFailure(3, Duration.ofSeconds(5)))
        .apacheOptions(apacheOptions().retain(RETAIN_ALWAYS).retainFor(Duration.ofMinutes(1)).initExecutors(2)
            .executors(1, 3).driverStartTimeout(Duration.ofMinutes(2)).driverReadyTimeout(Duration.ofMinutes(3))
            .executorStartTimeout(Duration.ofMinutes(4)).forceTerminationGracePeriod(Duration.ofSeconds(30))
            .terminationRequeuePeriod(Duration.ofSeconds(2)).restartCounterReset(Duration.ofHours(1))));
    assertEquals("""
        applicationTimeoutConfig:
          driverReadyTimeoutMillis: 180000
          driverStartTimeoutMillis: 120000
          executorStartTimeoutMillis: 240000
          forceTerminationGracePeriodMillis: 30000
          terminationRequeuePeriodMillis: 2000
        instanceConfig:
          initExecutors: 2
          maxExecutors: 3
          minExecutors: 1
        resourceRetainDurationMillis: 60000
        resourceRetainPolicy: Always
        restartConfig:
          maxRestartAttempts: 3
          restartBackoffMillis: 5000
          restartCounterResetMillis: 3600000
          restartPolicy: OnFailure
        ttlAfterStopMillis: 10000
        """, YamlRenderer.renderData(PlainData.of(new java.util.TreeMap<>((Map<?, ?>) spec.get("applicationTolerations")))));
  }

  @Test
  void submissionRetriesAreRefusedByTheApacheTarget() {
    ValidationException e = assertThrows(ValidationException.class, () -> StackCompiler.create().target(Target.APACHE)
        .compile(stack("s").add(pi().restartPolicy(onFailure(3, Duration.ofSeconds(5))
            .submissionRetries(2, Duration.ofSeconds(10))))));
    assertEquals(List.of("stack s > spark application pi: restartPolicy submission-failure retries cannot be expressed"
        + " for target apache: the Apache operator has no submission retries (use onFailure retries, or --target"
        + " kubeflow)"), e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void clusterModeIsTheOperatorsDefaultAndNotWritten() {
    assertEquals(null, spec(pi()).get("deploymentMode"));
    assertEquals("ClientMode", spec(pi().client(clientDriver("driver"))).get("deploymentMode"));
  }

  @Test
  void typedSettingsMergeIntoTheUsersTemplate() {
    PodTemplateSpec user = new PodTemplateSpecBuilder().withNewSpec().withTerminationGracePeriodSeconds(0L)
        .addNewInitContainer().withName("fetch").withImage("busybox").endInitContainer()
        .addNewContainer().withName("spark-kubernetes-executor").addNewVolumeMount().withName("cache")
            .withMountPath("/cache").endVolumeMount().endContainer()
        .addNewVolume().withName("cache").withNewEmptyDir().endEmptyDir().endVolume()
        .endSpec().build();
    Map<String, Object> spec = spec(pi().executor(executor().template(user).priorityClassName("high")
        .volumes(configMapVolume("conf", "spark-conf", "/etc/conf"))));
    String restricted = """
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  drop:
                  - ALL
                runAsGroup: 185
                runAsNonRoot: true
                runAsUser: 185
                seccompProfile:
                  type: RuntimeDefault
        """;
    assertEquals("""
        podTemplateSpec:
          spec:
            containers:
            - name: spark-kubernetes-executor
        """ + restricted + """
              volumeMounts:
              - name: cache
                mountPath: /cache
              - name: conf
                mountPath: /etc/conf
            initContainers:
            - name: fetch
              image: busybox
        """ + restricted + """
            priorityClassName: high
            terminationGracePeriodSeconds: 0
            volumes:
            - name: cache
              emptyDir: {}
            - name: conf
              configMap:
                name: spark-conf
        """, YamlRenderer.renderData(spec.get("executorSpec")));
    // The user's object is copied, not changed.
    assertEquals(1, user.getSpec().getVolumes().size());
  }

  @Test
  void otherTargetsRefuseApacheOnlyFields() {
    ValidationException e = assertThrows(ValidationException.class, () -> StackCompiler.create()
        .compile(stack("s").add(pi().apacheOptions(apacheOptions().retain(RETAIN_ON_FAILURE)))));
    assertEquals(List.of(
        "stack s > spark application pi: apacheOptions cannot be expressed for target kubeflow: they are the Apache"
            + " operator's (use --target apache)"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
