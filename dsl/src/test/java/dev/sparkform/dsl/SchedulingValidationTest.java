package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Node selectors, tolerations and node affinity, validated on their own under path "scheduling". */
class SchedulingValidationTest {

  @Test
  void typicalSparkPoolIsValid() {
    // given
    Scheduling sparkPool = scheduling()
        .nodeSelector("node-pool", "spark")
        .tolerations(tolerate("dedicated", "spark", NO_SCHEDULE), tolerateExists("spot", null),
            tolerate("node.kubernetes.io/unreachable", null, NO_EXECUTE).forSeconds(300), tolerateExists(null, null))
        .require(node("kubernetes.io/arch").in("amd64", "arm64"), node("gpu").doesNotExist())
        .prefer(50, node("node.kubernetes.io/instance-type").in("r6i.8xlarge"))
        .prefer(1, node("cores").greaterThan(16), node("generation").lessThan(7))
        .prefer(100, node("spot").exists(), node("zone").notIn("eu-west-1c"));
    // when / then
    assertDoesNotThrow(() -> Problems.check("scheduling", sparkPool::validate));
  }

  @Test
  void checkThrowsOneExceptionListingEveryProblem() {
    // given
    Scheduling s = scheduling().tolerations(tolerate("dedicated", "spark", NO_SCHEDULE).forSeconds(60))
        .prefer(0, node("pool").in("spark"));
    // when
    ValidationException e = assertThrows(ValidationException.class, () -> Problems.check("scheduling", s::validate));
    // then
    assertEquals("""
        2 problems
          - scheduling > toleration[0]: tolerationSeconds only applies to effect NoExecute
          - scheduling > preferred[0]: weight 0 is outside 1-100""", e.getMessage());
  }

  @Nested
  class NodeSelectors {
    @Test
    void nodeSelectorKeyMustBeALabelKey() {
      // given
      Scheduling s = scheduling().nodeSelector("Node.Pool/spark", "true");
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > nodeSelector",
          "node label key \"Node.Pool/spark\": prefix \"Node.Pool\" is not a DNS-1123 subdomain"), problems);
    }

    @Test
    void nodeSelectorValueMustBeALabelValue() {
      // given
      Scheduling s = scheduling().nodeSelector("node-pool", "spark/batch");
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > nodeSelector", "node label \"node-pool\" value \"spark/batch\"" + BAD_LABEL_VALUE),
          problems);
    }
  }

  @Nested
  class Tolerations {
    @Test
    void existsWithAValueIsReported() {
      // given: the DSL's tolerateExists(..) takes no value; Toleration's own factory does
      Scheduling s = scheduling().tolerations(Toleration.of("dedicated", Toleration.Operator.EXISTS, "spark",
          NO_SCHEDULE));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > toleration[0]", "operator Exists takes no value (got \"spark\")"), problems);
    }

    @Test
    void secondsWithoutNoExecuteAreReported() {
      // given
      Scheduling s = scheduling().tolerations(tolerate("dedicated", "spark", NO_EXECUTE).forSeconds(60),
          tolerate("dedicated", "spark", PREFER_NO_SCHEDULE).forSeconds(60));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > toleration[1]", "tolerationSeconds only applies to effect NoExecute"), problems);
    }

    @Test
    void secondsWithAnyEffectAreReported() {
      // given: no effect means every effect, not just NoExecute
      Scheduling s = scheduling().tolerations(tolerateExists("dedicated", null).forSeconds(60));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > toleration[0]", "tolerationSeconds only applies to effect NoExecute"), problems);
    }

    @Test
    void negativeSecondsAreReported() {
      // given
      Scheduling s = scheduling().tolerations(tolerate("dedicated", "spark", NO_EXECUTE).forSeconds(-1));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > toleration[0]", "tolerationSeconds -1 is negative"), problems);
    }

    @Test
    void noKeyWithEqualIsReported() {
      // given
      Scheduling s = scheduling().tolerations(tolerate(null, "spark", NO_SCHEDULE));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > toleration[0]", "a toleration without a key must use operator Exists"), problems);
    }

    @Test
    void taintKeyMustBeALabelKey() {
      // given
      Scheduling s = scheduling().tolerations(tolerate("dedicated pool", "spark", NO_SCHEDULE));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > toleration[0]", "taint key \"dedicated pool\"" + BAD_NAME_PART), problems);
    }

    @Test
    void taintValueMustBeALabelValue() {
      // given
      Scheduling s = scheduling().tolerations(tolerate("dedicated", "spark pool", NO_SCHEDULE));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > toleration[0]", "taint value \"spark pool\"" + BAD_LABEL_VALUE), problems);
    }
  }

  @Nested
  class NodeAffinity {
    @Test
    void inWithoutValuesIsReported() {
      // given
      Scheduling s = scheduling().require(node("node-pool").in());
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > required[0] > match[0]", "operator In needs at least one value"), problems);
    }

    @Test
    void notInWithoutValuesIsReported() {
      // given
      Scheduling s = scheduling().require(node("kubernetes.io/arch").in("amd64"), node("node-pool").notIn());
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > required[0] > match[1]", "operator NotIn needs at least one value"), problems);
    }

    @Test
    void existsWithValuesIsReported() {
      // given: node(..).exists() takes no values; NodeRequirement's own factory does
      Scheduling s = scheduling().require(NodeRequirement.of("gpu", NodeRequirement.Operator.EXISTS, "true"));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > required[0] > match[0]", "operator Exists takes no values"), problems);
    }

    @Test
    void doesNotExistWithValuesIsReported() {
      // given
      Scheduling s = scheduling().require(NodeRequirement.of("gpu", NodeRequirement.Operator.DOES_NOT_EXIST, "true"));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > required[0] > match[0]", "operator DoesNotExist takes no values"), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "1.5", ""})
    void greaterThanNeedsAnIntegerValue(String value) {
      // given
      Scheduling s = scheduling().require(NodeRequirement.of("cores", NodeRequirement.Operator.GT, value));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > required[0] > match[0]", "operator Gt needs exactly one integer value"),
          problems);
    }

    @Test
    void lessThanNeedsExactlyOneValue() {
      // given
      Scheduling s = scheduling().prefer(10, NodeRequirement.of("cores", NodeRequirement.Operator.LT, "8", "16"));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > preferred[0] > match[0]", "operator Lt needs exactly one integer value"),
          problems);
    }

    @Test
    void nodeLabelKeyOfARequirementIsChecked() {
      // given
      Scheduling s = scheduling().require(node("node pool").in("spark"));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > required[0] > match[0]", "node label key \"node pool\"" + BAD_NAME_PART),
          problems);
    }

    @Test
    void termWithoutRequirementsIsReported() {
      // given
      Scheduling s = scheduling().require();
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > required[0]", "has no requirements"), problems);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void weightOutside1To100IsReported(int weight) {
      // given
      Scheduling s = scheduling().prefer(weight, node("node-pool").in("spark"));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(only("scheduling > preferred[0]", "weight " + weight + " is outside 1-100"), problems);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void weightsAt1And100AreAccepted(int weight) {
      // given
      Scheduling s = scheduling().prefer(weight, node("node-pool").in("spark"));
      // when
      List<Problem> problems = problemsOf(s);
      // then
      assertEquals(List.of(), problems);
    }
  }

  @Test
  void andKeepsTheProblemsOfBothParts() {
    // given
    Scheduling s = scheduling().require(node("node-pool").in())
        .and(scheduling().tolerations(tolerate(null, "spark", NO_SCHEDULE)));
    // when
    List<Problem> problems = problemsOf(s);
    // then
    assertEquals(List.of(
        problem("scheduling > toleration[0]", "a toleration without a key must use operator Exists"),
        problem("scheduling > required[0] > match[0]", "operator In needs at least one value")), problems);
  }
}
