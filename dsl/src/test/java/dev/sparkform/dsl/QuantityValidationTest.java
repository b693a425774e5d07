package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Invalid memory and CPU amounts are kept as written and reported with their path. */
class QuantityValidationTest {
  private static final String QUOTA = STACK + " > namespace spark-jobs > resource quota compute";

  private static Stack quotaRequesting(Cpu cpu, Memory memory) {
    return analytics(namespace("spark-jobs").quota(quota("compute").requests(cpu, memory)));
  }

  @Nested
  class MemoryAmounts {
    @Test
    void memoryWithoutAUnitIsReported() {
      // given
      Stack stack = quotaRequesting(null, memory("32"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "memory \"32\" has no unit (Spark reads a bare number as MiB,"
          + " Kubernetes as bytes): write e.g. 32Mi or 32Gi"), problems);
    }

    @Test
    void memoryWithADecimalKubernetesUnitIsAmbiguous() {
      // given
      Stack stack = quotaRequesting(null, memory("8G"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "memory \"8G\" is ambiguous: Kubernetes reads \"G\" as a decimal unit,"
          + " Spark as a binary one; write 8Gi for 8 GiB"), problems);
    }

    @Test
    void negativeParsedMemoryIsReported() {
      // given
      Stack stack = quotaRequesting(null, memory("-1Gi"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "memory \"-1Gi\" is negative"), problems);
    }

    @Test
    void negativeScaledMemoryIsReportedAsWritten() {
      // given
      Stack stack = quotaRequesting(null, gib(-1));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "memory \"-1Gi\" is negative"), problems);
    }

    @Test
    void negativeByteCountIsReported() {
      // given
      Stack stack = quotaRequesting(null, bytes(-512));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "memory \"-512\" is negative"), problems);
    }

    @Test
    void memoryWithAnUnknownUnitIsReported() {
      // given
      Stack stack = quotaRequesting(null, memory("8GB"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests",
          "memory \"8GB\" has an unknown unit \"GB\" (use Ki, Mi, Gi, Ti, Pi, Ei)"), problems);
    }

    @Test
    void textThatIsNoAmountIsReported() {
      // given
      Stack stack = quotaRequesting(null, memory("lots"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests",
          "memory \"lots\" is not a memory amount (write e.g. 8Gi, 512Mi or gib(8))"), problems);
    }

    @Test
    void fractionOfAByteIsReported() {
      // given
      Stack stack = quotaRequesting(null, memory("0.5b"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "memory \"0.5b\" is not a whole number of bytes or is too large"),
          problems);
    }

    @Test
    void scaledMemoryTooLargeForALongIsReported() {
      // given
      Stack stack = quotaRequesting(null, tib(10_000_000));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "memory \"10000000Ti\" is too large"), problems);
    }

    @Test
    void storageIsCheckedLikeMemory() {
      // given
      Stack stack = analytics(namespace("spark-jobs").quota(quota("compute").storage(memory("500G"))));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA, "storage \"500G\" is ambiguous: Kubernetes reads \"G\" as a decimal unit, Spark as a"
          + " binary one; write 500Gi for 500 GiB"), problems);
    }

    @Test
    void limitRangeBoundsAreCheckedAndNotComparedWhenInvalid() {
      // given: min is invalid, so min > max cannot be decided
      Stack stack = analytics(namespace("spark-jobs").limitRange(limitRange("containers")
          .min(null, memory("512M")).max(null, gib(8))));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > namespace spark-jobs > limit range containers > min", "memory \"512M\" is"
          + " ambiguous: Kubernetes reads \"M\" as a decimal unit, Spark as a binary one; write 512Mi for 512 MiB"),
          problems);
    }
  }

  @Nested
  class CpuAmounts {
    @Test
    void cpuThatIsNoNumberIsReported() {
      // given
      Stack stack = quotaRequesting(cpu("abc"), null);
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "cpu \"abc\" is not a CPU amount (write e.g. 2, 0.5 or 500m)"),
          problems);
    }

    @Test
    void negativeParsedCpuIsReported() {
      // given
      Stack stack = quotaRequesting(cpu("-1"), null);
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "cpu \"-1\" is negative"), problems);
    }

    @Test
    void cpuFinerThanAMillicoreIsReported() {
      // given
      Stack stack = quotaRequesting(cpu("0.0001"), null);
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "cpu \"0.0001\" is finer than a millicore"), problems);
    }

    @Test
    void cpuTooLargeForALongIsReportedAsTooLarge() {
      // given
      Stack stack = quotaRequesting(cpu("10000000000000000000"), null);
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "cpu \"10000000000000000000\" is too large"), problems);
    }

    @Test
    void negativeMillicoresAreReported() {
      // given
      Stack stack = analytics(namespace("spark-jobs").quota(quota("compute").limits(millicores(-500), null)));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > limits", "cpu \"-500m\" is negative"), problems);
    }

    @Test
    void negativeCoresAreReportedAsWritten() {
      // given
      Stack stack = quotaRequesting(cores(-2), null);
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "cpu \"-2\" is negative"), problems);
    }

    @Test
    void coresTooLargeForALongAreReported() {
      // given
      Stack stack = quotaRequesting(cores(Long.MAX_VALUE), null);
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(QUOTA + " > requests", "cpu \"" + Long.MAX_VALUE + "\" is too large"), problems);
    }

    @Test
    void invalidCpuAndMemoryAreBothReported() {
      // given
      Stack stack = quotaRequesting(cpu("2 cores"), memory("8G"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(
          problem(QUOTA + " > requests", "cpu \"2 cores\" is not a CPU amount (write e.g. 2, 0.5 or 500m)"),
          problem(QUOTA + " > requests", "memory \"8G\" is ambiguous: Kubernetes reads \"G\" as a decimal unit,"
              + " Spark as a binary one; write 8Gi for 8 GiB")), problems);
    }
  }
}
