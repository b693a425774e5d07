package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;

import dev.sparkform.dsl.Stack;

/** Stacks shared by the render tests and by {@link RenderMain}, which renders them in another JVM. */
public final class SampleStacks {
  private SampleStacks() {}

  /**
   * Every kind the compiler knows, with the optional fields set: a namespace with quota, limit
   * range and pod node selector; service accounts; roles and bindings of both scopes; config maps
   * and secrets. Literal secrets only, so it compiles anywhere with {@code StackCompiler.create()}.
   */
  public static Stack platform() {
    return stack("spark-platform").namespace("spark-jobs").label("team", "data-eng").add(
        namespace("spark-jobs")
            .label("tier", "batch")
            .annotation("owner", "Data Engineering – Größe ✓ İstanbul")
            .podNodeSelector("node-pool", "spark")
            .podNodeSelector("zone", "eu-west-1a")
            .quota(quota("compute").requests(cores(64), gib(256)).limits(cores(128), gib(512)).pods(200)
                .persistentVolumeClaims(10).storage(tib(1)))
            .limitRange(limitRange("container-bounds").defaultLimit(cores(2), gib(8))
                .defaultRequest(millicores(500), mib(1536)).min(millicores(100), mib(256))
                .max(cores(16), gib(120))),
        serviceAccount("spark").imagePullSecrets("regcred", "mirror-cred").automountToken(false)
            .annotation("eks.amazonaws.com/role-arn", "arn:aws:iam::123456789012:role/spark"),
        serviceAccount("history-server"),
        role("spark-driver").rules(
            rule().apiGroups("").resources("pods", "services", "configmaps")
                .verbs(GET, LIST, WATCH, CREATE, UPDATE, PATCH, DELETE, DELETECOLLECTION),
            rule().apiGroups("").resources("persistentvolumeclaims").resourceNames("scratch").verbs(GET)),
        clusterRole("spark-health").rules(rule().nonResourceUrls("/healthz", "/readyz").verbs(GET),
            rule().apiGroups("").resources("nodes").verbs(GET, LIST)),
        roleBinding("spark-driver").role("spark-driver").serviceAccount("spark")
            .user("alice@example.com").group("data-engineers"),
        clusterRoleBinding("spark-health").clusterRole("spark-health").serviceAccount("spark")
            .existingServiceAccount("monitoring", "prometheus").user("bob").group("sre"),
        configMap("spark-defaults")
            .data("spark-defaults.conf", "spark.executor.memory 8g\nspark.eventLog.enabled true\n")
            .data("log4j2.properties", "rootLogger.level = info\n  # indented comment\nlast line without newline")
            .data("enabled", "yes")
            .data("image", "apache/spark:3.5.0")
            .data("greeting", "Grüße – ✓ 日本 İı")
            .immutable(true),
        configMap("empty-config"),
        secret("regcred").type("kubernetes.io/dockerconfigjson")
            .data(".dockerconfigjson", literal("{\"auths\":{\"registry.example.com\":{\"auth\":\"dTpw\"}}}")),
        secret("mirror-cred").type("kubernetes.io/dockerconfigjson")
            .data(".dockerconfigjson", literal("{\"auths\":{\"mirror.example.com\":{\"auth\":\"bTpw\"}}}")),
        secret("db").data("password", literal("hunter2")).data("user", literal("spark")).immutable(false));
  }
}
