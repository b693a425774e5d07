package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Problem;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the compiler fills in: namespaces, labels, and the fields each DSL value stands for. */
class StackCompilerTest {

  @Test
  void namespacedResourcesDefaultToTheStackNamespaceAndClusterScopedOnesHaveNone() {
    // GIVEN a stack namespace, one resource with its own namespace and cluster-scoped kinds
    Stack stack = stack("ns").namespace("spark-jobs").add(
        namespace("spark-jobs").quota(quota("q").pods(1)), namespace("other").limitRange(limitRange("lr").max(cores(1), null)),
        serviceAccount("defaulted"), serviceAccount("own").namespace("other"),
        clusterRole("cr").rules(rule().apiGroups("").resources("nodes").verbs(GET)),
        clusterRoleBinding("crb").clusterRole("cr").serviceAccount("defaulted"),
        roleBinding("rb").namespace("other").clusterRole("view").serviceAccount("own"));

    // WHEN compiled
    Map<String, HasMetadata> byName = byKindAndName(StackCompiler.create().compile(stack));

    // THEN namespaced objects land in their own namespace or the stack's, cluster-scoped ones in none
    assertEquals("spark-jobs", byName.get("ServiceAccount/defaulted").getMetadata().getNamespace());
    assertEquals("other", byName.get("ServiceAccount/own").getMetadata().getNamespace());
    assertEquals("spark-jobs", byName.get("ResourceQuota/q").getMetadata().getNamespace());
    assertEquals("other", byName.get("LimitRange/lr").getMetadata().getNamespace());
    assertEquals("other", byName.get("RoleBinding/rb").getMetadata().getNamespace());
    assertNull(byName.get("Namespace/spark-jobs").getMetadata().getNamespace());
    assertNull(byName.get("ClusterRole/cr").getMetadata().getNamespace());
    assertNull(byName.get("ClusterRoleBinding/crb").getMetadata().getNamespace());
    // AND service account subjects default to the binding's namespace (the stack's for cluster bindings)
    assertEquals("spark-jobs", ((ClusterRoleBinding) byName.get("ClusterRoleBinding/crb")).getSubjects().get(0).getNamespace());
    assertEquals("other", ((RoleBinding) byName.get("RoleBinding/rb")).getSubjects().get(0).getNamespace());
  }

  @Test
  void stackWithoutNamespaceUsesDefault() {
    HasMetadata sa = StackCompiler.create().compile(stack("plain").add(serviceAccount("sa"))).get(0);
    assertEquals("default", sa.getMetadata().getNamespace());
  }

  @Test
  void everyObjectCarriesTheCommonLabels() {
    // GIVEN a stack with a label of its own and resources with theirs
    Stack stack = stack("analytics").label("team", "data").add(
        namespace("analytics").label("tier", "batch").quota(quota("q").pods(1)).limitRange(limitRange("lr").max(cores(1), null)),
        serviceAccount("sa").label("team", "override"),
        configMap("cm").label("app.kubernetes.io/managed-by", "sparkform"));

    // WHEN compiled
    List<HasMetadata> objects = StackCompiler.create().compile(stack);

    // THEN every object, quotas and limit ranges included, has name, part-of and managed-by
    assertEquals(5, objects.size());
    for (HasMetadata o : objects) {
      Map<String, String> labels = o.getMetadata().getLabels();
      assertEquals("analytics", labels.get("app.kubernetes.io/name"), o.getKind());
      assertEquals("analytics", labels.get("app.kubernetes.io/part-of"), o.getKind());
      assertEquals("sparkform", labels.get("app.kubernetes.io/managed-by"), o.getKind());
    }
    // AND the stack's labels, overridden by the resource's own
    Map<String, HasMetadata> byName = byKindAndName(objects);
    assertEquals("data", byName.get("ResourceQuota/q").getMetadata().getLabels().get("team"));
    assertEquals("batch", byName.get("Namespace/analytics").getMetadata().getLabels().get("tier"));
    assertEquals("override", byName.get("ServiceAccount/sa").getMetadata().getLabels().get("team"));
  }

  @Test
  void invalidStackThrowsEveryProblemAndCompilesNothing() {
    // GIVEN a stack with several problems, and a secret
    List<String> resolved = new ArrayList<>();
    SecretResolver recording = (value, problem) -> {
      resolved.add(value.toString());
      return Optional.of(new byte[0]);
    };
    Stack stack = stack("broken").add(
        role("empty"),
        roleBinding("rb").role("missing").serviceAccount("nobody"),
        secret("s").data("k", fromEnv("SOME_VARIABLE")));

    // WHEN compiled
    ValidationException e = assertThrows(ValidationException.class,
        () -> StackCompiler.withSecrets(recording).compile(stack));

    // THEN all problems are listed with their paths, the secret's value read in the same pass (so that a
    // problem with it is listed too), and nothing is compiled
    List<String> problems = e.problems().stream().map(Problem::toString).toList();
    assertTrue(problems.contains("stack broken > role empty: has no rules"), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("stack broken > role binding rb: role \"missing\"")),
        problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("stack broken > role binding rb > subject[0]: service account \"nobody\"")),
        problems::toString);
    assertEquals(List.of("fromEnv(SOME_VARIABLE)"), resolved);
  }

  @Test
  void unsetEnvironmentVariableIsAProblemNamingTheSecretAndKey() {
    // GIVEN a secret read from variables that are not set, and one that is
    Stack stack = stack("x").add(secret("db").data("password", fromEnv("DB_PASSWORD")).data("user", fromEnv("DB_USER"))
        .data("host", fromEnv("DB_HOST")));
    StackCompiler compiler = StackCompiler.withSecrets(SecretResolver.of(Map.of("DB_HOST", "db.local"), Path.of("")));

    // WHEN compiled
    ValidationException e = assertThrows(ValidationException.class, () -> compiler.compile(stack));

    // THEN each unset variable is one problem whose path names the stack, the secret and the key
    assertEquals(List.of(
        new Problem("stack x > secret db > data password", "environment variable DB_PASSWORD is not set"),
        new Problem("stack x > secret db > data user", "environment variable DB_USER is not set")), e.problems());
    assertEquals("stack x > secret db > data password: environment variable DB_PASSWORD is not set",
        e.problems().get(0).toString());
    assertTrue(e.getMessage().startsWith("2 problems"), e.getMessage());
  }

  @Test
  void registryCredentialsThatTheServerWouldRefuseAreProblems() {
    // GIVEN registry secrets whose values are not JSON, not an object, or have no auths
    Stack stack = stack("x").add(
        secret("a").type("kubernetes.io/dockerconfigjson").data(".dockerconfigjson", fromEnv("A")),
        secret("b").type("kubernetes.io/dockerconfigjson").data(".dockerconfigjson", fromEnv("B")),
        secret("c").type("kubernetes.io/dockerconfigjson").data(".dockerconfigjson", fromEnv("C")),
        secret("d").type("kubernetes.io/dockercfg").data(".dockercfg", fromEnv("D")),
        secret("ok").type("kubernetes.io/dockerconfigjson").data(".dockerconfigjson", fromEnv("OK")));
    StackCompiler compiler = StackCompiler.withSecrets(SecretResolver.of(Map.of("A", "registry.example.com:user:pw",
        "B", "[1]", "C", "{\"registry.example.com\": {}}", "D", "{auths: }", "OK", "{\"auths\": {\"r.example.com\": {}}}"),
        Path.of("")));

    // WHEN compiled
    ValidationException e = assertThrows(ValidationException.class, () -> compiler.compile(stack));

    // THEN each is one problem naming the secret and key (the value itself is never shown)
    assertEquals(List.of("stack x > secret a > data .dockerconfigjson", "stack x > secret b > data .dockerconfigjson",
        "stack x > secret c > data .dockerconfigjson", "stack x > secret d > data .dockercfg"),
        e.problems().stream().map(Problem::path).toList());
    assertTrue(e.problems().get(0).message().startsWith("is not JSON (a kubernetes.io/dockerconfigjson secret's"
        + " .dockerconfigjson must be; the server refuses it)"), e.problems().get(0).message());
    assertEquals("is not a JSON object (a kubernetes.io/dockerconfigjson secret's .dockerconfigjson must be)",
        e.problems().get(1).message());
    assertEquals("has no \"auths\" object (a kubernetes.io/dockerconfigjson secret's .dockerconfigjson is"
        + " {\"auths\": {\"REGISTRY\": {...}}})", e.problems().get(2).message());
    assertTrue(e.problems().get(3).message().startsWith("is not JSON"), e.problems().get(3).message());
    assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("user:pw")), "no value in a message");
  }

  @Test
  void unreadableSecretFileIsAProblem() {
    Stack stack = stack("x").add(secret("tls").data("key", fromFile("missing.pem")));
    ValidationException e = assertThrows(ValidationException.class,
        () -> StackCompiler.withSecrets(SecretResolver.of(Map.of(), Path.of("/nonexistent-dir"))).compile(stack));
    assertEquals(1, e.problems().size());
    assertEquals("stack x > secret tls > data key", e.problems().get(0).path());
    assertTrue(e.problems().get(0).message().startsWith("cannot read file "), e.problems().get(0).message());
  }

  @Test
  void secretValuesAreBase64InData() {
    // GIVEN secret values from a literal and from the environment, one of them non-ASCII
    Stack stack = stack("x").add(secret("db").data("password", literal("hunter2")).data("user", fromEnv("X"))
        .data("note", literal("Grüße")).immutable(true));

    // WHEN compiled
    io.fabric8.kubernetes.api.model.Secret secret = (io.fabric8.kubernetes.api.model.Secret)
        StackCompiler.withSecrets(SecretResolver.of(Map.of("X", "v"), Path.of(""))).compile(stack).get(0);

    // THEN data holds the base64 of the UTF-8 bytes, stringData nothing, and the type defaults to Opaque
    assertEquals(Map.of("password", "aHVudGVyMg==", "user", "dg==", "note", "R3LDvMOfZQ=="), secret.getData());
    assertTrue(secret.getStringData() == null || secret.getStringData().isEmpty());
    assertEquals("Opaque", secret.getType());
    assertEquals(Boolean.TRUE, secret.getImmutable());
  }

  @Test
  void quotaLimitRangeAndServiceAccountFields() {
    // GIVEN a quota, a limit range and a service account with every field set
    Stack stack = stack("f").namespace("ns").add(
        namespace("ns").quota(quota("q").requests(cores(64), gib(256)).limits(millicores(128500), mib(1536))
                .pods(200).persistentVolumeClaims(10).storage(tib(1)))
            .limitRange(limitRange("lr").defaultLimit(cores(2), gib(8)).defaultRequest(millicores(500), mib(512))
                .min(millicores(100), mib(64)).max(cores(16), gib(120))),
        serviceAccount("sa").imagePullSecrets("regcred").automountToken(false));

    // WHEN compiled
    Map<String, HasMetadata> byName = byKindAndName(StackCompiler.create().compile(stack));

    // THEN they hold the Kubernetes quantities and fields
    ResourceQuota q = (ResourceQuota) byName.get("ResourceQuota/q");
    assertEquals(Map.of("requests.cpu", new Quantity("64"), "requests.memory", new Quantity("256Gi"),
        "limits.cpu", new Quantity("128500m"), "limits.memory", new Quantity("1536Mi"), "pods", new Quantity("200"),
        "persistentvolumeclaims", new Quantity("10"), "requests.storage", new Quantity("1Ti")), q.getSpec().getHard());
    LimitRange lr = (LimitRange) byName.get("LimitRange/lr");
    assertEquals(1, lr.getSpec().getLimits().size());
    var item = lr.getSpec().getLimits().get(0);
    assertEquals("Container", item.getType());
    assertEquals(Map.of("cpu", new Quantity("2"), "memory", new Quantity("8Gi")), item.getDefault());
    assertEquals(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("512Mi")), item.getDefaultRequest());
    assertEquals(Map.of("cpu", new Quantity("100m"), "memory", new Quantity("64Mi")), item.getMin());
    assertEquals(Map.of("cpu", new Quantity("16"), "memory", new Quantity("120Gi")), item.getMax());
    ServiceAccount sa = (ServiceAccount) byName.get("ServiceAccount/sa");
    assertEquals("regcred", sa.getImagePullSecrets().get(0).getName());
    assertEquals(Boolean.FALSE, sa.getAutomountServiceAccountToken());
  }

  @Test
  void podNodeSelectorBecomesTheAdmissionAnnotation() {
    HasMetadata ns = StackCompiler.create().compile(stack("n").add(namespace("batch").annotation("owner", "me")
        .podNodeSelector("node-pool", "spark").podNodeSelector("arch", "amd64"))).get(0);
    assertEquals(Map.of("owner", "me", "scheduler.alpha.kubernetes.io/node-selector", "arch=amd64,node-pool=spark"),
        ns.getMetadata().getAnnotations());
  }

  @Test
  void bindingSubjectsAndRoleRef() {
    // GIVEN a binding to a service account in another namespace, a user and a group
    Stack stack = stack("b").namespace("ns").add(serviceAccount("sa").namespace("other"),
        role("r").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        roleBinding("rb").role("r").serviceAccount("other", "sa").user("alice").group("devs"));

    // WHEN compiled
    RoleBinding rb = (RoleBinding) byKindAndName(StackCompiler.create().compile(stack)).get("RoleBinding/rb");

    // THEN service accounts have a namespace and no API group; users and groups the reverse
    List<Subject> s = rb.getSubjects();
    assertEquals(List.of("ServiceAccount", "User", "Group"), s.stream().map(Subject::getKind).toList());
    assertEquals("other", s.get(0).getNamespace());
    assertNull(s.get(0).getApiGroup());
    assertNull(s.get(1).getNamespace());
    assertEquals("rbac.authorization.k8s.io", s.get(1).getApiGroup());
    assertEquals("rbac.authorization.k8s.io", s.get(2).getApiGroup());
    assertEquals("Role", rb.getRoleRef().getKind());
    assertEquals("r", rb.getRoleRef().getName());
    assertEquals("rbac.authorization.k8s.io", rb.getRoleRef().getApiGroup());
    assertFalse(rb.getMetadata().getLabels().isEmpty());
  }

  private static Map<String, HasMetadata> byKindAndName(List<HasMetadata> objects) {
    Map<String, HasMetadata> out = new java.util.LinkedHashMap<>();
    for (HasMetadata o : objects) {
      out.put(o.getKind() + "/" + o.getMetadata().getName(), o);
    }
    return out;
  }
}
