package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A stack as a whole: a valid one, duplicates, and how problems are reported together. */
class StackValidationTest {

  /** Everything a Spark app usually needs, written correctly. */
  static Stack validStack() {
    return stack("analytics").namespace("spark-jobs").label("team", "data-platform").add(
        namespace("spark-jobs")
            .quota(quota("compute").requests(cores(64), gib(256)).limits(cores(128), gib(512)).pods(200))
            .limitRange(limitRange("containers").min(millicores(100), mib(256)).max(cores(16), gib(64))
                .defaultRequest(cores(1), gib(4)).defaultLimit(cores(2), gib(8))),
        serviceAccount("spark").imagePullSecrets("registry"),
        role("spark-driver").rules(
            rule().apiGroups("").resources("pods", "services", "configmaps", "persistentvolumeclaims")
                .verbs(GET, LIST, WATCH, CREATE, UPDATE, PATCH, DELETE, DELETECOLLECTION)),
        roleBinding("spark-driver").role("spark-driver").serviceAccount("spark"),
        configMap("spark-conf").data("spark-defaults.conf", "spark.eventLog.enabled true"),
        secret("registry").type("kubernetes.io/dockerconfigjson")
            .data(".dockerconfigjson", fromFile("docker-config.json")),
        secret("db-credentials").data("username", fromEnv("DB_USER")).data("password", fromEnv("DB_PASSWORD")));
  }

  @Test
  void validStackHasNoProblems() {
    // given
    Stack stack = validStack();
    // when
    List<Problem> problems = stack.problems();
    // then
    assertEquals(List.of(), problems);
  }

  @Test
  void validateReturnsAValidStackItself() {
    // given
    Stack stack = validStack();
    // when
    Stack validated = stack.validate();
    // then
    assertSame(stack, validated);
  }

  @Test
  void emptyStackIsValid() {
    // given
    Stack stack = stack("analytics");
    // when
    List<Problem> problems = stack.problems();
    // then
    assertEquals(List.of(), problems);
  }

  @Test
  void threeMistakesAreReportedTogether() {
    // given: a misspelt verb, a binding to an undeclared service account, an ambiguous quota
    Stack stack = analytics(
        namespace("spark-jobs").quota(quota("compute").requests(cores(64), memory("256G"))),
        serviceAccount("spark"),
        role("spark-driver").rules(rule().apiGroups("").resources("pods").verbs("get", "gett")),
        roleBinding("spark-driver").role("spark-driver").serviceAccount("spark-driver"));
    // when
    ValidationException e = assertThrows(ValidationException.class, stack::validate);
    // then
    assertEquals("""
        3 problems
          - stack analytics > namespace spark-jobs > resource quota compute > requests: memory "256G" is ambiguous: \
        Kubernetes reads "G" as a decimal unit, Spark as a binary one; write 256Gi for 256 GiB
          - stack analytics > role spark-driver > rule[0]: "gett" is not a Kubernetes verb (one of get, list, watch, \
        create, update, patch, delete, deletecollection, bind, escalate, impersonate, use, approve, sign, attest, *)
          - stack analytics > role binding spark-driver > subject[0]: service account "spark-driver" is not declared \
        in namespace spark-jobs of this stack (declare it, or use existingServiceAccount("spark-jobs", "spark-driver"))""",
        e.getMessage());
    assertEquals(3, e.problems().size());
    assertEquals(stack.problems(), e.problems());
  }

  @Test
  void oneProblemIsCountedInTheSingular() {
    // given
    Stack stack = analytics(role("spark-driver"));
    // when
    ValidationException e = assertThrows(ValidationException.class, stack::validate);
    // then
    assertEquals("1 problem\n  - stack analytics > role spark-driver: has no rules", e.getMessage());
  }

  @Test
  void problemsPrintAsPathColonMessage() {
    // given
    Problem atStack = problem("stack analytics", "has no rules");
    Problem atRoot = problem("", "has no rules");
    // then
    assertEquals("stack analytics: has no rules", atStack.toString());
    assertEquals("has no rules", atRoot.toString());
    assertEquals("stack analytics", atStack.path());
    assertEquals("has no rules", atStack.message());
  }

  @Nested
  class Duplicates {
    @Test
    void sameKindNameAndNamespaceIsADuplicate() {
      // given
      Stack stack = analytics(serviceAccount("spark"), configMap("conf"), serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark",
          "duplicate service account \"spark\" in namespace spark-jobs (also declared at resources[0])"), problems);
    }

    @Test
    void explicitNamespaceEqualToTheStacksIsTheSameNamespace() {
      // given
      Stack stack = analytics(serviceAccount("spark"), serviceAccount("spark").namespace("spark-jobs"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark",
          "duplicate service account \"spark\" in namespace spark-jobs (also declared at resources[0])"), problems);
    }

    @Test
    void clusterScopedDuplicatesNameNoNamespace() {
      // given
      Stack stack = analytics(namespace("spark-jobs"), namespace("spark-jobs"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > namespace spark-jobs",
          "duplicate namespace \"spark-jobs\" (also declared at resources[0])"), problems);
    }

    @Test
    void duplicateClusterRolesAreReported() {
      // given
      Stack stack = analytics(clusterRole("spark-reader").rules(podsRule()), clusterRole("spark-reader")
          .rules(podsRule()));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > cluster role spark-reader",
          "duplicate cluster role \"spark-reader\" (also declared at resources[0])"), problems);
    }

    @Test
    void sameNameInDifferentNamespacesIsNotADuplicate() {
      // given
      Stack stack = analytics(serviceAccount("spark"), serviceAccount("spark").namespace("spark-batch"),
          driverRole("spark-driver"), driverRole("spark-driver").namespace("spark-batch"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void sameNameOfDifferentKindsIsNotADuplicate() {
      // given
      Stack stack = analytics(namespace("spark"), serviceAccount("spark"), driverRole("spark"),
          clusterRole("spark").rules(podsRule()), roleBinding("spark").role("spark").serviceAccount("spark"),
          configMap("spark"), secret("spark").data("token", fromEnv("TOKEN")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }
  }
}
