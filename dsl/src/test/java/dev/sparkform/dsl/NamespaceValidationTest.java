package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Namespaces, their resource quotas, limit ranges and pod node selectors. */
class NamespaceValidationTest {
  private static final String NS = STACK + " > namespace spark-jobs";

  private static Stack withNamespace(Namespace namespace) {
    return analytics(namespace);
  }

  @Nested
  class ResourceQuotas {
    @Test
    void quotaSettingNothingIsReported() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").quota(quota("compute")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS + " > resource quota compute", "sets no limit"), problems);
    }

    @Test
    void quotaWithOnlyACountIsAccepted() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").quota(quota("objects").pods(100).persistentVolumeClaims(0)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void quotaNameMustBeADnsSubdomain() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").quota(quota("Compute").pods(100)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS + " > resource quota Compute", "name \"Compute\"" + NOT_A_SUBDOMAIN), problems);
    }

    @Test
    void negativeCountsAreReported() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").quota(quota("objects").pods(-1).persistentVolumeClaims(-2)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(
          problem(NS + " > resource quota objects", "pods -1 is negative"),
          problem(NS + " > resource quota objects", "persistentVolumeClaims -2 is negative")), problems);
    }

    @Test
    void requestsNamingNeitherCpuNorMemoryAreReported() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").quota(quota("compute").requests(null, null)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS + " > resource quota compute > requests", "names neither cpu nor memory"), problems);
    }

    @Test
    void requestsOfOnlyMemoryAreAccepted() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").quota(quota("compute").requests(null, gib(256))
          .limits(cores(64), null).storage(tib(1))));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void quotasOfANamespaceNeedDistinctNames() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").quota(quota("compute").pods(10))
          .quota(quota("compute").requests(cores(8), gib(32))));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS, "duplicate resource quota \"compute\" (declared at [0] and [1])"), problems);
    }
  }

  @Nested
  class LimitRanges {
    @Test
    void limitRangeSettingNothingIsReported() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").limitRange(limitRange("containers")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS + " > limit range containers", "sets no default or bound"), problems);
    }

    @Test
    void limitRangeNameMustBeADnsSubdomain() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").limitRange(limitRange("containers_").max(cores(8), null)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS + " > limit range containers_", "name \"containers_\"" + NOT_A_SUBDOMAIN), problems);
    }

    @Test
    void minCpuAboveMaxCpuIsReported() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").limitRange(limitRange("containers")
          .min(cores(4), gib(1)).max(millicores(2500), gib(8))));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS + " > limit range containers", "min cpu 4 exceeds max cpu 2500m"), problems);
    }

    @Test
    void minMemoryAboveMaxMemoryIsReported() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").limitRange(limitRange("containers")
          .min(null, gib(16)).max(null, mib(1536))));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS + " > limit range containers", "min memory 16Gi exceeds max memory 1536Mi"), problems);
    }

    @Test
    void equalMinAndMaxAreAccepted() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").limitRange(limitRange("containers")
          .min(cores(2), gib(8)).max(cpu("2"), memory("8g")).defaultRequest(cores(2), gib(8))
          .defaultLimit(cores(2), gib(8))));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void boundsNamingNeitherCpuNorMemoryAreReported() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").limitRange(limitRange("containers")
          .defaultLimit(null, null).defaultRequest(cores(1), null)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS + " > limit range containers > defaultLimit", "names neither cpu nor memory"), problems);
    }

    @Test
    void limitRangesOfANamespaceNeedDistinctNames() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").limitRange(limitRange("containers").max(cores(8), null))
          .limitRange(limitRange("containers").min(cores(1), null)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS, "duplicate limit range \"containers\" (declared at [0] and [1])"), problems);
    }
  }

  @Nested
  class PodNodeSelectors {
    @Test
    void podNodeSelectorAndItsAnnotationTogetherAreReported() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").podNodeSelector("node-pool", "spark")
          .annotation("scheduler.alpha.kubernetes.io/node-selector", "node-pool=batch"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(NS, "sets both podNodeSelector and the scheduler.alpha.kubernetes.io/node-selector annotation"),
          problems);
    }

    @Test
    void podNodeSelectorKeysAndValuesAreLabelSyntax() {
      // given
      Stack stack = withNamespace(namespace("spark-jobs").podNodeSelector("node pool", "spark").podNodeSelector(
          "tier", "spark batch"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(
          problem(NS + " > podNodeSelector", "label key \"node pool\"" + BAD_NAME_PART),
          problem(NS + " > podNodeSelector", "label \"tier\" value \"spark batch\"" + BAD_LABEL_VALUE)), problems);
    }
  }
}
