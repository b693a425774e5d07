package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Roles, their rules, bindings, and what bindings refer to. */
class RbacValidationTest {
  private static final String DRIVER = STACK + " > role spark-driver";
  private static final String BINDING = STACK + " > role binding spark-driver";

  @Nested
  class Rules {
    @Test
    void roleWithoutRulesIsReported() {
      // given
      Stack stack = analytics(role("spark-driver"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER, "has no rules"), problems);
    }

    @Test
    void misspeltVerbIsReportedWithItsRule() {
      // given
      Stack stack = analytics(role("spark-driver").rules(podsRule(),
          rule().apiGroups("").resources("services").verbs("get", "gett")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER + " > rule[1]", "\"gett\" is not a Kubernetes verb (one of get, list, watch, create,"
          + " update, patch, delete, deletecollection, bind, escalate, impersonate, use, approve, sign, attest, *)"),
          problems);
    }

    @Test
    void verbsAreCaseSensitive() {
      // given
      Stack stack = analytics(role("spark-driver").rules(rule().apiGroups("").resources("pods").verbs("GET")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER + " > rule[0]", "\"GET\" is not a Kubernetes verb (one of get, list, watch, create,"
          + " update, patch, delete, deletecollection, bind, escalate, impersonate, use, approve, sign, attest, *)"),
          problems);
    }

    @Test
    void everyVerbOfTheEnumIsAccepted() {
      // given
      Stack stack = analytics(role("spark-driver").rules(rule().apiGroups("").resources("pods").verbs(Verb.values())));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void ruleWithoutVerbsIsReported() {
      // given
      Stack stack = analytics(role("spark-driver").rules(rule().apiGroups("").resources("pods")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER + " > rule[0]", "has no verbs"), problems);
    }

    @Test
    void repeatedVerbIsReported() {
      // given
      Stack stack = analytics(role("spark-driver").rules(rule().apiGroups("").resources("pods").verbs(GET, LIST, GET)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER + " > rule[0]", "duplicate verb \"get\" (declared at [0] and [2])"), problems);
    }

    @Test
    void ruleWithoutResourcesIsReported() {
      // given
      Stack stack = analytics(role("spark-driver").rules(rule().apiGroups("").verbs(GET)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER + " > rule[0]", "names no resources"), problems);
    }

    @Test
    void ruleWithoutApiGroupsIsReported() {
      // given
      Stack stack = analytics(role("spark-driver").rules(rule().resources("pods").verbs(GET)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER + " > rule[0]",
          "names no API groups (use \"\" for the core group of pods, services and configmaps)"), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pods exec"})
    void resourceThatIsNotAResourceNameIsReported(String resource) {
      // given
      Stack stack = analytics(role("spark-driver").rules(rule().apiGroups("").resources("pods", resource).verbs(GET)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER + " > rule[0]", "resource \"" + resource + "\" is not a resource name"), problems);
    }

    @Test
    void nonResourceUrlsInANamespacedRoleAreReported() {
      // given
      Stack stack = analytics(role("spark-driver").rules(rule().nonResourceUrls("/healthz").verbs(GET)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(DRIVER + " > rule[0]", "nonResourceURLs are only allowed in a ClusterRole"), problems);
    }

    @Test
    void nonResourceUrlsInAClusterRoleAreAccepted() {
      // given
      Stack stack = analytics(clusterRole("health-reader").rules(rule().nonResourceUrls("/healthz", "/metrics", "*")
          .verbs(GET)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void ruleMixingNonResourceUrlsWithResourcesIsReported() {
      // given
      Stack stack = analytics(clusterRole("health-reader").rules(rule().apiGroups("").resources("pods")
          .nonResourceUrls("/healthz").verbs(GET)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > cluster role health-reader > rule[0]",
          "mixes nonResourceURLs with resources or API groups; use two rules"), problems);
    }

    @Test
    void nonResourceUrlMustStartWithASlash() {
      // given
      Stack stack = analytics(clusterRole("health-reader").rules(rule().nonResourceUrls("healthz").verbs(GET)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > cluster role health-reader > rule[0]", "nonResourceURL \"healthz\" must start with '/'"),
          problems);
    }
  }

  @Nested
  class Bindings {
    @Test
    void bindingWithoutARoleIsReported() {
      // given
      Stack stack = analytics(serviceAccount("spark"), roleBinding("spark-driver").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING, "binds no role (call role(..) or clusterRole(..))"), problems);
    }

    @Test
    void bindingWithoutSubjectsIsReported() {
      // given
      Stack stack = analytics(driverRole("spark-driver"), roleBinding("spark-driver").role("spark-driver"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING, "has no subjects"), problems);
    }

    @Test
    void clusterRoleBindingCannotBindARole() {
      // given
      Stack stack = analytics(serviceAccount("spark"),
          clusterRoleBinding("spark-driver").existingRole("spark-driver").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > cluster role binding spark-driver",
          "a ClusterRoleBinding can only bind a ClusterRole, not Role \"spark-driver\""), problems);
    }

    @Test
    void roleNameOfABindingMustBeAPathSegment() {
      // given
      Stack stack = analytics(serviceAccount("spark"),
          roleBinding("spark-driver").existingRole("spark/driver").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING, "role name \"spark/driver\"" + NOT_A_PATH_SEGMENT), problems);
    }
  }

  @Nested
  class DanglingReferences {
    @Test
    void roleNotDeclaredInTheStackIsReported() {
      // given: a typo in the role's name
      Stack stack = analytics(serviceAccount("spark"), driverRole("spark-driver"),
          roleBinding("spark-driver").role("spark-drvier").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING, "role \"spark-drvier\" is not declared in namespace spark-jobs of this stack"
          + " (declare it, or use existingRole(\"spark-drvier\") for one that exists in the cluster)"), problems);
    }

    @Test
    void roleDeclaredInAnotherNamespaceIsNotFound() {
      // given: a RoleBinding can only bind a Role of its own namespace
      Stack stack = analytics(serviceAccount("spark"), driverRole("spark-driver").namespace("spark-batch"),
          roleBinding("spark-driver").role("spark-driver").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING, "role \"spark-driver\" is not declared in namespace spark-jobs of this stack"
          + " (declare it, or use existingRole(\"spark-driver\") for one that exists in the cluster)"), problems);
    }

    @Test
    void roleInTheBindingsOwnNamespaceIsFound() {
      // given
      Stack stack = analytics(serviceAccount("spark").namespace("spark-batch"),
          driverRole("spark-driver").namespace("spark-batch"),
          roleBinding("spark-driver").namespace("spark-batch").role("spark-driver").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void existingRoleIsNotLookedUpInTheStack() {
      // given
      Stack stack = analytics(serviceAccount("spark"),
          roleBinding("spark-driver").existingRole("spark-driver").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void clusterRoleNeitherDeclaredNorBuiltInIsReported() {
      // given
      Stack stack = analytics(serviceAccount("spark"),
          roleBinding("spark-driver").clusterRole("spark-admin").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING, "cluster role \"spark-admin\" is not declared in this stack nor built in"
          + " (declare it, or use existingClusterRole(\"spark-admin\"))"), problems);
    }

    @Test
    void clusterRoleBindingToAnUndeclaredClusterRoleIsReported() {
      // given
      Stack stack = analytics(serviceAccount("spark"),
          clusterRoleBinding("spark-admin").clusterRole("spark-admin").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > cluster role binding spark-admin", "cluster role \"spark-admin\" is not declared"
          + " in this stack nor built in (declare it, or use existingClusterRole(\"spark-admin\"))"), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cluster-admin", "admin", "edit", "view", "system:auth-delegator"})
    void builtInClusterRolesNeedNotBeDeclared(String builtIn) {
      // given
      Stack stack = analytics(serviceAccount("spark"),
          roleBinding("spark-driver").clusterRole(builtIn).serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void clusterRolesDeclaredInTheStackOrExistingAreAccepted() {
      // given
      Stack stack = analytics(serviceAccount("spark"), clusterRole("spark-reader").rules(podsRule()),
          roleBinding("spark-reader").clusterRole("spark-reader").serviceAccount("spark"),
          clusterRoleBinding("spark-operator").existingClusterRole("spark-operator").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void serviceAccountNotDeclaredInTheStackIsReported() {
      // given: a typo in the subject's name
      Stack stack = analytics(serviceAccount("spark"), driverRole("spark-driver"),
          roleBinding("spark-driver").role("spark-driver").serviceAccount("spark").serviceAccount("spak"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING + " > subject[1]", "service account \"spak\" is not declared in namespace spark-jobs"
          + " of this stack (declare it, or use existingServiceAccount(\"spark-jobs\", \"spak\"))"), problems);
    }

    @Test
    void serviceAccountOfAnotherNamespaceIsLookedUpThere() {
      // given: "spark" is declared in spark-jobs, not in spark-batch
      Stack stack = analytics(serviceAccount("spark"), driverRole("spark-driver"),
          roleBinding("spark-driver").role("spark-driver").serviceAccount("spark-batch", "spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING + " > subject[0]", "service account \"spark\" is not declared in namespace spark-batch"
          + " of this stack (declare it, or use existingServiceAccount(\"spark-batch\", \"spark\"))"), problems);
    }

    @Test
    void clusterRoleBindingLooksUpServiceAccountsInTheStacksNamespace() {
      // given
      Stack stack = analytics(serviceAccount("spark"),
          clusterRoleBinding("spark-viewer").clusterRole("view").serviceAccount("spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void existingAndDefaultServiceAccountsUsersAndGroupsAreNotLookedUp() {
      // given
      Stack stack = analytics(driverRole("spark-driver"), roleBinding("spark-driver").role("spark-driver")
          .existingServiceAccount("spark-operator", "spark-operator")
          .serviceAccount("default")
          .user("alice@example.com")
          .group("data-team"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }
  }

  @Nested
  class Subjects {
    @Test
    void serviceAccountSubjectNameMustBeADnsSubdomain() {
      // given
      Stack stack = analytics(roleBinding("spark-driver").clusterRole("edit")
          .existingServiceAccount("spark-jobs", "Spark_Driver"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING + " > subject[0]", "service account name \"Spark_Driver\"" + NOT_A_SUBDOMAIN), problems);
    }

    @Test
    void serviceAccountSubjectNamespaceMustBeADnsLabel() {
      // given
      Stack stack = analytics(roleBinding("spark-driver").clusterRole("edit").existingServiceAccount("spark.jobs", "spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING + " > subject[0]", "namespace \"spark.jobs\"" + NOT_A_LABEL), problems);
    }

    @Test
    void userAndGroupNamesMustNotBeEmpty() {
      // given
      Stack stack = analytics(roleBinding("spark-driver").clusterRole("view").user("").group(""));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(
          problem(BINDING + " > subject[0]", "User name must not be empty"),
          problem(BINDING + " > subject[1]", "Group name must not be empty")), problems);
    }

    @Test
    void userSubjectHasNoNamespace() {
      // given: only possible through Subject's own factory
      Stack stack = analytics(roleBinding("spark-driver").clusterRole("view")
          .subject(Subject.of(Subject.Kind.USER, "alice", "spark-jobs", true)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(BINDING + " > subject[0]", "a User subject has no namespace"), problems);
    }
  }
}
