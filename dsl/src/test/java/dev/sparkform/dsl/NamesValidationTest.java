package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Kubernetes name, label and annotation syntax, as reported for resources of a stack. */
class NamesValidationTest {

  @Nested
  class Dns1123Labels {
    @Test
    void stackNameMustBeADnsLabel() {
      // given
      Stack stack = stack("Analytics");
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only("stack Analytics", "stack name \"Analytics\"" + NOT_A_LABEL), problems);
    }

    @Test
    void defaultNamespaceOfTheStackMustBeADnsLabel() {
      // given
      Stack stack = stack("analytics").namespace("spark_jobs");
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK, "namespace \"spark_jobs\"" + NOT_A_LABEL), problems);
    }

    @Test
    void namespaceNameWithADotIsNotALabel() {
      // given: dots are fine in most names, but not in a namespace's
      Stack stack = analytics(namespace("spark.jobs"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > namespace spark.jobs", "name \"spark.jobs\"" + NOT_A_LABEL), problems);
    }

    @Test
    void namespaceNameMustStartAndEndWithALetterOrDigit() {
      // given
      Stack stack = analytics(namespace("spark-"), namespace("-spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(
          problem(STACK + " > namespace spark-", "name \"spark-\"" + NOT_A_LABEL),
          problem(STACK + " > namespace -spark", "name \"-spark\"" + NOT_A_LABEL)), problems);
    }

    @Test
    void namespaceNameOf63CharactersIsAccepted() {
      // given
      Stack stack = analytics(namespace("n".repeat(63)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void namespaceNameOf64CharactersIsTooLong() {
      // given
      String name = "n".repeat(64);
      Stack stack = analytics(namespace(name));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > namespace " + name,
          "name \"" + name + "\" is 64 characters; a DNS-1123 label has at most 63"), problems);
    }

    @Test
    void emptyNamespaceNameIsReported() {
      // given
      Stack stack = analytics(namespace(""));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > namespace ", "name must not be empty"), problems);
    }

    @Test
    void namespaceOfANamespacedResourceMustBeADnsLabel() {
      // given
      Stack stack = analytics(serviceAccount("spark").namespace("Spark-Jobs"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark", "namespace \"Spark-Jobs\"" + NOT_A_LABEL), problems);
    }
  }

  @Nested
  class Dns1123Subdomains {
    @Test
    void dotsAreAllowedInSubdomainNames() {
      // given
      Stack stack = analytics(configMap("spark.defaults").data("spark-defaults.conf", "spark.ui.enabled false"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void uppercaseAndUnderscoresAreNotAllowed() {
      // given
      Stack stack = analytics(serviceAccount("Spark_Driver"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account Spark_Driver", "name \"Spark_Driver\"" + NOT_A_SUBDOMAIN),
          problems);
    }

    @Test
    void emptyLabelsBetweenDotsAreNotAllowed() {
      // given
      Stack stack = analytics(configMap("spark..defaults"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > config map spark..defaults", "name \"spark..defaults\"" + NOT_A_SUBDOMAIN),
          problems);
    }

    @Test
    void subdomainNameOf253CharactersIsAccepted() {
      // given: longer than a label may be, but within a subdomain's limit
      Stack stack = analytics(configMap("c".repeat(253)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void subdomainNameOf254CharactersIsTooLong() {
      // given
      String name = "c".repeat(254);
      Stack stack = analytics(configMap(name));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > config map " + name,
          "name \"" + name + "\" is 254 characters; a DNS-1123 subdomain has at most 253"), problems);
    }

    @Test
    void emptySubdomainNameIsReported() {
      // given
      Stack stack = analytics(configMap(""));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > config map ", "name must not be empty"), problems);
    }
  }

  @Nested
  class RbacPathSegments {
    @Test
    void rbacNamesMayUseUppercaseColonsAndUnderscores() {
      // given: RBAC names are path segments, not DNS names
      Stack stack = analytics(driverRole("Spark:Driver_Role"),
          roleBinding("Spark:Driver_Binding").role("Spark:Driver_Role").existingServiceAccount("spark-jobs", "spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void roleNameMayNotContainASlash() {
      // given
      Stack stack = analytics(driverRole("spark/driver"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > role spark/driver", "name \"spark/driver\"" + NOT_A_PATH_SEGMENT), problems);
    }

    @Test
    void roleNameMayNotBeDotDot() {
      // given
      Stack stack = analytics(clusterRole("..").rules(podsRule()));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > cluster role ..", "name \"..\"" + NOT_A_PATH_SEGMENT), problems);
    }

    @Test
    void bindingNameMayNotContainAPercentSign() {
      // given
      Stack stack = analytics(roleBinding("100%").existingRole("spark-driver").existingServiceAccount("spark-jobs",
          "spark"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > role binding 100%", "name \"100%\"" + NOT_A_PATH_SEGMENT), problems);
    }

    @Test
    void emptyRoleNameIsReported() {
      // given
      Stack stack = analytics(driverRole(""));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > role ", "name must not be empty"), problems);
    }
  }

  @Nested
  class LabelsAndAnnotations {
    @Test
    void prefixedLabelKeysAndEmptyValuesAreAccepted() {
      // given
      Stack stack = analytics(serviceAccount("spark").label("example.com/team", "data-platform").label("tier", "")
          .label("a".repeat(63), "v".repeat(63)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void labelKeyPrefixMustBeADnsSubdomain() {
      // given
      Stack stack = analytics(serviceAccount("spark").label("Example.com/team", "data"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark",
          "label key \"Example.com/team\": prefix \"Example.com\" is not a DNS-1123 subdomain"), problems);
    }

    @Test
    void labelKeyPrefixMustNotBeEmpty() {
      // given
      Stack stack = analytics(serviceAccount("spark").label("/team", "data"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark",
          "label key \"/team\": prefix \"\" is not a DNS-1123 subdomain"), problems);
    }

    @Test
    void labelKeyNamePartMustNotStartWithADash() {
      // given
      Stack stack = analytics(serviceAccount("spark").label("example.com/-team", "data"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark", "label key \"example.com/-team\"" + BAD_NAME_PART),
          problems);
    }

    @Test
    void labelKeyNamePartOf64CharactersIsTooLong() {
      // given
      String key = "example.com/" + "k".repeat(64);
      Stack stack = analytics(serviceAccount("spark").label(key, "data"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark", "label key \"" + key + "\"" + BAD_NAME_PART), problems);
    }

    @Test
    void labelKeyWithNothingAfterThePrefixIsReported() {
      // given
      Stack stack = analytics(serviceAccount("spark").label("example.com/", "data"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark", "label key \"example.com/\"" + BAD_NAME_PART), problems);
    }

    @Test
    void labelValueWithASpaceIsReported() {
      // given
      Stack stack = analytics(serviceAccount("spark").label("team", "data platform"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark", "label \"team\" value \"data platform\"" + BAD_LABEL_VALUE),
          problems);
    }

    @Test
    void labelValueOf64CharactersIsTooLong() {
      // given
      String value = "v".repeat(64);
      Stack stack = analytics(serviceAccount("spark").label("team", value));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark", "label \"team\" value \"" + value + "\"" + BAD_LABEL_VALUE),
          problems);
    }

    @Test
    void stackLabelsAreCheckedToo() {
      // given
      Stack stack = stack("analytics").label("cost center", "42");
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK, "label key \"cost center\"" + BAD_NAME_PART), problems);
    }

    @Test
    void annotationValuesAreFreeText() {
      // given
      Stack stack = analytics(namespace("spark-jobs").annotation("example.com/owner", "Data Platform <dp@example.com>"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void annotationKeyMustBeAQualifiedName() {
      // given
      Stack stack = analytics(serviceAccount("spark").annotation("owner team", "data"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > service account spark", "annotation key \"owner team\"" + BAD_NAME_PART), problems);
    }

    @Test
    void annotationKeyPrefixMustBeADnsSubdomain() {
      // given
      Stack stack = analytics(role("spark-driver").rules(podsRule()).annotation("example_com/owner", "data"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > role spark-driver",
          "annotation key \"example_com/owner\": prefix \"example_com\" is not a DNS-1123 subdomain"), problems);
    }
  }

  @Nested
  class ReservedManagedByLabel {
    @Test
    void stackMayNotSetManagedByToSomethingElse() {
      // given
      Stack stack = stack("analytics").label("app.kubernetes.io/managed-by", "helm");
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK,
          "label app.kubernetes.io/managed-by is reserved: sparkform sets it to \"sparkform\""), problems);
    }

    @Test
    void resourceMayNotSetManagedByToSomethingElse() {
      // given
      Stack stack = analytics(configMap("conf").label("app.kubernetes.io/managed-by", "kustomize"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > config map conf",
          "label app.kubernetes.io/managed-by is reserved: sparkform sets it to \"sparkform\""), problems);
    }

    @Test
    void settingManagedByToSparkformIsAccepted() {
      // given
      Stack stack = analytics(configMap("conf").label("app.kubernetes.io/managed-by", "sparkform"))
          .label("app.kubernetes.io/managed-by", "sparkform");
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void renderedLabelsAlwaysSayManagedBySparkform() {
      // given
      Stack stack = stack("analytics").label("team", "data");
      // when
      Map<String, String> labels = stack.labelsOf(Map.of("app.kubernetes.io/managed-by", "helm", "tier", "batch"));
      // then
      assertEquals("sparkform", labels.get("app.kubernetes.io/managed-by"));
      assertEquals("analytics", labels.get("app.kubernetes.io/part-of"));
      assertEquals("data", labels.get("team"));
      assertEquals("batch", labels.get("tier"));
    }
  }

  @Nested
  class Scopes {
    @Test
    void clusterRoleCannotHaveANamespace() {
      // given
      Stack stack = analytics(clusterRole("spark-reader").namespace("spark-jobs").rules(podsRule()));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > cluster role spark-reader",
          "ClusterRole is cluster-scoped and cannot have a namespace"), problems);
    }

    @Test
    void clusterRoleBindingCannotHaveANamespace() {
      // given
      Stack stack = analytics(clusterRoleBinding("spark-readers").namespace("spark-jobs").clusterRole("view")
          .group("data-team"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > cluster role binding spark-readers",
          "ClusterRoleBinding is cluster-scoped and cannot have a namespace"), problems);
    }
  }

  @Nested
  class DataKeys {
    @Test
    void configMapDataKeyWithASpaceIsReported() {
      // given
      Stack stack = analytics(configMap("conf").data("spark defaults.conf", "x"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > config map conf",
          "data key \"spark defaults.conf\" must be 1-253 alphanumerics, '-', '_' or '.'"), problems);
    }

    @Test
    void secretDataKeyWithASlashIsReported() {
      // given
      Stack stack = analytics(secret("db").data("db/password", fromEnv("DB_PASSWORD")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > secret db", "data key \"db/password\" must be 1-253 alphanumerics, '-', '_' or '.'"),
          problems);
    }

    @Test
    void dataKeysMayNotBeDotDirectories() {
      // given: Kubernetes refuses ".", ".." and keys starting with ".." (they would escape the mount)
      Stack stack = analytics(configMap("conf").data("..data", "x").data(".", "y"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(
          problem(STACK + " > config map conf", "data key \"..data\" must not be \".\" nor start with \"..\""),
          problem(STACK + " > config map conf", "data key \".\" must not be \".\" nor start with \"..\"")), problems);
    }

    @Test
    void dotFilesAreValidDataKeys() {
      // given
      Stack stack = analytics(configMap("conf").data(".spark-defaults.conf", "x").data("log4j2.properties", "y"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }
  }
}
