package dev.sparkform.lint;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.Target;
import dev.sparkform.dsl.PodAllocator;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lint on whole stacks, per target: each rule fires where it should, and a sound stack is clean. */
class LintTest {
  static final String DIGEST = "@sha256:" + "a".repeat(64);
  static final String IMAGE = "apache/spark:4.0.1" + DIGEST;

  /** A Scala app whose pods are restricted and whose image is pinned: nothing to find. */
  static SparkApp soundApp(String name) {
    return sparkApp(name).sparkVersion("4.0.1").image(IMAGE)
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_2.13-4.0.1.jar")
        .driver(driver().securityContext(restricted(185, 185)))
        .executor(executor().instances(2).securityContext(restricted(185, 185)));
  }

  static SparkApp pythonApp(String name) {
    return sparkApp(name).sparkVersion("4.0.1").image(IMAGE).mainApplicationFile("local:///opt/app/etl.py")
        .driver(driver().securityContext(restricted(185, 185)))
        .executor(executor().instances(2).securityContext(restricted(185, 185)));
  }

  static Set<String> ids(LintReport r, Severity severity) {
    return r.findings().stream().filter(f -> f.severity() == severity).map(f -> f.rule().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static List<Finding> of(LintReport r, Rule rule) {
    return r.findings().stream().filter(f -> f.rule() == rule).toList();
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void aSoundStackWithDerivedRbacHasNoFindings(Target target) {
    // GIVEN restricted pods, a pinned image and the driver RBAC Sparkform derives
    Stack s = stack("sound").namespace("jobs").add(namespace("jobs"), soundApp("pi"));
    // WHEN it is linted THEN nothing is found: the derived Role passes the RBAC rules
    LintReport r = Lint.of(s, target);
    assertEquals(List.of(), r.findings(), r.toText());
    assertFalse(r.hasErrors());
  }

  /** The done-when stack of issue 12: a Role that reads all Secrets, a binding to cluster-admin. */
  static Stack secretsAndClusterAdmin() {
    return stack("risky").namespace("jobs").add(namespace("jobs"), serviceAccount("spark"),
        role("secret-reader").rules(rule().apiGroups("").resources("secrets").verbs(GET, LIST, WATCH)),
        roleBinding("secret-reader").role("secret-reader").serviceAccount("spark"),
        clusterRoleBinding("spark-admin").existingClusterRole("cluster-admin").serviceAccount("jobs", "spark"),
        soundApp("pi").driver(driver().serviceAccount("spark").securityContext(restricted(185, 185))));
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void readingAllSecretsAndBindingClusterAdminAreBothErrors(Target target) {
    LintReport r = Lint.of(secretsAndClusterAdmin(), target);
    assertTrue(r.hasErrors());
    assertEquals(Set.of("rbac/powerful-binding", "rbac/secrets-read"), ids(r, Severity.ERROR), r.toText());
    Finding secrets = of(r, Rule.RBAC_SECRETS_READ).get(0);
    assertEquals("Role jobs/secret-reader rules[0]", secrets.path());
    assertEquals("may get, list, watch every Secret of its namespace", secrets.message());
    Finding admin = of(r, Rule.RBAC_POWERFUL_BINDING).get(0);
    assertEquals("ClusterRoleBinding spark-admin roleRef", admin.path());
    assertEquals(Rule.RBAC_POWERFUL_BINDING.fix(), admin.fix());
  }

  @Test
  void jsonIsOneDocumentWithEveryFindingsFields() throws Exception {
    LintReport r = Lint.of(secretsAndClusterAdmin(), Target.KUBEFLOW);
    JsonNode doc = JsonMapper.builder().build().readTree(r.toJson());
    assertEquals("risky", doc.get("stack").asString());
    assertEquals("kubeflow", doc.get("target").asString());
    assertEquals(2, doc.get("errors").asInt());
    assertEquals(2, doc.get("findings").size());
    JsonNode first = doc.get("findings").get(0);
    assertEquals(List.of("id", "severity", "path", "message", "fix"), iterable(first.propertyNames()));
    assertEquals("error", first.get("severity").asString());
  }

  private static List<String> iterable(java.util.Collection<String> names) {
    return List.copyOf(names);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void wildcardsEscalationAndNamedSecrets(Target target) {
    Stack s = stack("rbac").namespace("jobs").add(namespace("jobs"), serviceAccount("ops"),
        role("ops").rules(
            rule().apiGroups("*").resources("pods").verbs(GET),
            rule().apiGroups("rbac.authorization.k8s.io").resources("roles").verbs("escalate", "bind"),
            rule().apiGroups("").resources("secrets").resourceNames("db-password").verbs(GET)),
        roleBinding("ops").role("ops").serviceAccount("ops"));
    LintReport r = Lint.of(s, target);
    assertEquals(List.of(
        "error rbac/wildcard Role jobs/ops rules[0]",
        "error rbac/escalation-verb Role jobs/ops rules[1]",
        "warning rbac/secrets-read Role jobs/ops rules[2]"),
        r.findings().stream().map(f -> f.severity().label() + " " + f.rule().id() + " " + f.path()).toList());
    assertEquals("may get the Secrets db-password", of(r, Rule.RBAC_SECRETS_READ).get(0).message());
  }

  @Test
  void aClusterRoleBoundToOneNamespacesAccountsCouldBeARole() {
    Stack s = stack("cr").namespace("jobs").add(namespace("jobs"), serviceAccount("watcher"),
        clusterRole("pod-watcher").rules(rule().apiGroups("").resources("pods", "pods/log").verbs(GET, LIST, WATCH)),
        clusterRoleBinding("pod-watcher").clusterRole("pod-watcher").serviceAccount("jobs", "watcher"));
    LintReport r = Lint.of(s, Target.KUBEFLOW);
    assertEquals(Set.of("rbac/cluster-role-suffices"), ids(r, Severity.WARNING), r.toText());
    assertEquals("ClusterRole pod-watcher", of(r, Rule.RBAC_CLUSTER_ROLE_SUFFICES).get(0).path());
  }

  @Test
  void aClusterRoleIsNeededForNodesOrForAccountsOfSeveralNamespaces() {
    Stack nodes = stack("cr").namespace("jobs").add(namespace("jobs"), serviceAccount("watcher"),
        clusterRole("node-reader").rules(rule().apiGroups("").resources("nodes").verbs(GET, LIST)),
        clusterRoleBinding("node-reader").clusterRole("node-reader").serviceAccount("jobs", "watcher"));
    assertEquals(List.of(), Lint.of(nodes, Target.KUBEFLOW).findings());
    Stack twoNamespaces = stack("cr").namespace("jobs").add(namespace("jobs"), namespace("etl"),
        serviceAccount("watcher"), serviceAccount("watcher").namespace("etl"),
        clusterRole("pod-watcher").rules(rule().apiGroups("").resources("pods").verbs(GET, LIST, WATCH)),
        clusterRoleBinding("pod-watcher").clusterRole("pod-watcher").serviceAccount("jobs", "watcher")
            .serviceAccount("etl", "watcher"));
    assertEquals(List.of(), Lint.of(twoNamespaces, Target.KUBEFLOW).findings());
    Stack customGroup = stack("cr").namespace("jobs").add(namespace("jobs"), serviceAccount("watcher"),
        clusterRole("x").rules(rule().apiGroups("example.com").resources("widgets").verbs(GET)),
        clusterRoleBinding("x").clusterRole("x").serviceAccount("jobs", "watcher"));
    assertEquals(List.of(), Lint.of(customGroup, Target.KUBEFLOW).findings(), "a custom resource may be cluster-scoped");
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void sparkPodsOptedOutOfTheDefaultsAreNotRestricted(Target target) {
    // GIVEN an app whose pods set no security context: restricted by default
    Stack restricted = stack("open").namespace("jobs").add(namespace("jobs"), soundApp("pi")
        .driver(driver()).executor(executor().instances(1)));
    assertEquals(Set.of(), ids(Lint.of(restricted, target), Severity.ERROR), Lint.of(restricted, target).toText());
    // WHEN they opt out: the operator's or Spark's container has no security context
    Stack s = stack("open").namespace("jobs").add(namespace("jobs"), soundApp("pi")
        .driver(driver().securityProfile(UNRESTRICTED)).executor(executor().instances(1).securityProfile(UNRESTRICTED)));
    LintReport r = Lint.of(s, target);
    assertEquals(Set.of("pod/capabilities", "pod/privilege-escalation", "pod/run-as-non-root", "pod/seccomp"),
        ids(r, Severity.ERROR), r.toText());
    assertEquals(Set.of("stack open > spark application pi > driver", "stack open > spark application pi > executor"),
        r.findings().stream().map(Finding::path).collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @EnumSource(value = Target.class, names = {"APACHE", "SPARK_SUBMIT"})
  void aTemplateWithoutAContainerGetsSparksBareOne(Target target) {
    // GIVEN only a pod-level security context: a template without a container
    Stack s = stack("half").namespace("jobs").add(namespace("jobs"), soundApp("pi")
        .driver(driver().securityProfile(UNRESTRICTED)
            .podSecurityContext(securityContext().runAsNonRoot(true).seccompProfile("RuntimeDefault"))));
    // THEN Spark's own container lacks what only a container can set
    LintReport r = Lint.of(s, target);
    assertEquals(Set.of("pod/capabilities", "pod/privilege-escalation"), ids(r, Severity.ERROR), r.toText());
    assertEquals("container spark-kubernetes-driver: allowPrivilegeEscalation is not false",
        of(r, Rule.POD_PRIVILEGE_ESCALATION).get(0).message());
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void hostPathVolumesAreFoundWhereverTheTargetPutsThem(Target target) {
    Stack s = stack("disk").namespace("jobs").add(namespace("jobs"), soundApp("pi")
        .executor(executor().instances(1).securityContext(restricted(185, 185))
            .volumes(hostPath("scratch", "/mnt/disks/ssd0", "/scratch"))));
    LintReport r = Lint.of(s, target);
    assertEquals(Set.of("pod/host-path"), ids(r, Severity.ERROR), r.toText());
    Finding f = of(r, Rule.POD_HOST_PATH).get(0);
    assertEquals("stack disk > spark application pi > executor", f.path());
    assertEquals("volume scratch is the node's directory /mnt/disks/ssd0", f.message());
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void anOptedOutPodIsReportedAsSuchNotAsErrors(Target target) {
    Stack s = stack("root").namespace("jobs").add(namespace("jobs"), soundApp("pi")
        .driver(driver().securityProfile(UNRESTRICTED)
            .annotation(Lint.POD_SECURITY_OPT_OUT, "installs packages as root at start")));
    LintReport r = Lint.of(s, target);
    assertFalse(r.hasErrors(), r.toText());
    assertEquals(1, r.findings().size(), r.toText());
    Finding f = r.findings().get(0);
    assertEquals(Rule.POD_OPTED_OUT, f.rule());
    assertEquals("stack root > spark application pi > driver", f.path());
    assertEquals("opted out of restricted (installs packages as root at start); it violates pod/run-as-non-root,"
        + " pod/privilege-escalation, pod/capabilities, pod/seccomp", f.message());
  }

  @Test
  void imagesWithoutATagOrTaggedLatestAreErrorsWithoutADigestInfos() {
    for (String[] c : new String[][] {
        {"apache/spark", "image/mutable-tag"}, {"apache/spark:latest", "image/mutable-tag"},
        {"registry.local:5000/spark", "image/mutable-tag"}, {"registry.local:5000/spark:4.0.1", "image/no-digest"},
        {"apache/spark:4.0.1", "image/no-digest"}, {"apache/spark" + DIGEST, ""},
        {"apache/spark:latest" + DIGEST, ""}}) {
      List<Finding> out = new java.util.ArrayList<>();
      ImageRules.check("p", c[0], out);
      assertEquals(c[1], out.stream().map(f -> f.rule().id()).collect(Collectors.joining(",")), c[0]);
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void aPythonAppWithASmallOverheadFactorIsWarned(Target target) {
    Stack s = stack("py").namespace("jobs").add(namespace("jobs"), pythonApp("etl").memoryOverheadFactor(0.1));
    LintReport r = Lint.of(s, target);
    assertEquals(List.of("stack py > spark application etl > driver", "stack py > spark application etl > executor"),
        of(r, Rule.SPARK_OVERHEAD_FACTOR).stream().map(Finding::path).toList(), r.toText());
    // Spark's own default for Python, 0.4, is fine
    Stack dflt = stack("py").namespace("jobs").add(namespace("jobs"), pythonApp("etl"));
    assertEquals(List.of(), Lint.of(dflt, target).findings());
    // an explicit overhead amount replaces the factor
    Stack amount = stack("py").namespace("jobs").add(namespace("jobs"), pythonApp("etl").memoryOverheadFactor(0.1)
        .driver(driver().memoryOverhead(gib(1)).securityContext(restricted(185, 185))));
    assertEquals(List.of("stack py > spark application etl > executor"),
        of(Lint.of(amount, target), Rule.SPARK_OVERHEAD_FACTOR).stream().map(Finding::path).toList());
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void dynamicAllocationWithoutShuffleTrackingIsAnError(Target target) {
    Stack s = stack("da").namespace("jobs").add(namespace("jobs"), soundApp("etl")
        .dynamicAllocation(dynamicAllocation().max(10).shuffleTracking(false)));
    assertEquals(Set.of("spark/dynamic-allocation-shuffle"), ids(Lint.of(s, target), Severity.ERROR));
    Stack service = stack("da").namespace("jobs").add(namespace("jobs"), soundApp("etl")
        .dynamicAllocation(dynamicAllocation().max(10).shuffleTracking(false))
        .sparkConf("spark.shuffle.service.enabled", "true"));
    assertEquals(List.of(), Lint.of(service, target).findings());
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void podsWithoutACpuLimitUnderAQuotaThatLimitsCpu(Target target) {
    Stack s = stack("q").namespace("jobs").add(
        namespace("jobs").quota(quota("compute").limits(cores(64), gib(256))), soundApp("etl"));
    LintReport r = Lint.of(s, target);
    assertEquals(List.of("stack q > spark application etl > driver", "stack q > spark application etl > executor"),
        of(r, Rule.SPARK_QUOTA_LIMIT).stream().map(Finding::path).toList(), r.toText());
    Stack limited = stack("q").namespace("jobs").add(
        namespace("jobs").quota(quota("compute").limits(cores(64), gib(256))), soundApp("etl")
            .driver(driver().coreLimit(cores(1)).securityContext(restricted(185, 185)))
            .executor(executor().instances(2).coreLimit(cores(1)).securityContext(restricted(185, 185))));
    assertEquals(List.of(), Lint.of(limited, target).findings());
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void theResizePluginNeedsTheDirectAllocator(Target target) {
    Stack s = stack("rs").namespace("jobs").add(namespace("jobs"), soundApp("etl")
        .plugins(EXECUTOR_RESIZE_PLUGIN)
        .executor(executor().instances(2).allocator(PodAllocator.DEPLOYMENT).securityContext(restricted(185, 185))));
    assertEquals(Set.of("spark/resize-allocator"), ids(Lint.of(s, target), Severity.ERROR));
    Stack direct = stack("rs").namespace("jobs").add(namespace("jobs"), soundApp("etl")
        .plugins(EXECUTOR_RESIZE_PLUGIN));
    assertEquals(List.of(), Lint.of(direct, target).findings());
  }

  @Test
  void textHasEachFindingWithItsFixAndASummary() {
    String text = Lint.of(secretsAndClusterAdmin(), Target.KUBEFLOW).toText();
    assertTrue(text.startsWith("error rbac/secrets-read: Role jobs/secret-reader rules[0]: may get, list, watch every"
        + " Secret of its namespace\n  fix: " + Rule.RBAC_SECRETS_READ.fix() + "\n"), text);
    assertTrue(text.endsWith("lint of stack risky for kubeflow: 2 errors, 0 warnings, 0 infos\n"), text);
  }
}
