package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Memory and CPU amounts: parsing, rendering for Kubernetes and Spark, equality and arithmetic. */
class QuantityTest {

  @Nested
  class MemoryAmounts {
    @Test
    void gibibytesRenderForKubernetesAndSpark() {
      // given
      Memory m = gib(8);
      // then
      assertEquals("8Gi", m.toKubernetes());
      assertEquals("8g", m.toSpark());
      assertEquals(8L << 30, m.toBytes());
    }

    @Test
    void amountsRenderInTheLargestExactUnit() {
      // given
      Memory m = mib(1536);
      // then
      assertEquals("1536Mi", m.toKubernetes());
      assertEquals("1536m", m.toSpark());
      assertEquals(1536, m.toMebibytes());
      assertEquals("1Gi", mib(1024).toKubernetes());
      assertEquals("1t", gib(1024).toSpark());
      assertEquals("3Ki", kib(3).toKubernetes());
      assertEquals("0", bytes(0).toKubernetes());
      assertEquals("0b", bytes(0).toSpark());
    }

    @Test
    void bytesRenderWithoutAUnitForKubernetesAndWithBForSpark() {
      // given
      Memory m = bytes(100);
      // then
      assertEquals("100", m.toKubernetes());
      assertEquals("100b", m.toSpark());
    }

    @Test
    void bareZeroIsUnambiguousAndRoundTrips() {
      // given
      Memory zero = bytes(0);
      // when
      Memory parsed = memory(zero.toKubernetes());
      // then
      assertEquals("0", zero.toKubernetes());
      assertTrue(parsed.isValid(), () -> parsed.problem().orElse(""));
      assertEquals(zero, parsed);
      assertFalse(memory("1").isValid());
    }

    @Test
    void exbibytesHaveNoSparkUnit() {
      // given
      Memory m = gib(1L << 30);
      // then
      assertEquals("1Ei", m.toKubernetes());
      assertEquals("1024p", m.toSpark());
    }

    @Test
    void sparkAndKubernetesSpellingsOfTheSameAmountAreEqual() {
      // given
      Memory spark = memory("8g");
      Memory kubernetes = memory("8Gi");
      // then
      assertEquals(kubernetes, spark);
      assertEquals(gib(8), kubernetes);
      assertEquals(gib(8).hashCode(), spark.hashCode());
      assertEquals(gib(8), memory("8gb"));
      assertEquals(gib(8), memory(" 8 Gi "));
    }

    @ParameterizedTest
    @CsvSource({
        "1.5Gi, 1536",
        "512m, 512",
        "512Mi, 512",
        "0.5g, 512",
        "1Ti, 1048576",
        "2048k, 2",
        "1p, 1073741824",
    })
    void parsesToMebibytes(String text, long mebibytes) {
      // when
      Memory m = memory(text);
      // then
      assertTrue(m.isValid(), () -> m.problem().orElse(""));
      assertEquals(mib(mebibytes), m);
    }

    @Test
    void invalidAmountsKeepTheirTextAndProblem() {
      // given
      Memory m = memory("8G");
      // then
      assertFalse(m.isValid());
      assertEquals("8G", m.toString());
      assertEquals(Optional.of("is ambiguous: Kubernetes reads \"G\" as a decimal unit, Spark as a binary one;"
          + " write 8Gi for 8 GiB"), m.problem());
      assertEquals(memory("8G"), m);
      assertNotEquals(memory("8M"), m);
    }

    @Test
    void invalidAmountsCannotBeRendered() {
      // given
      Memory m = memory("32");
      // when
      IllegalStateException e = assertThrows(IllegalStateException.class, m::toKubernetes);
      // then
      assertEquals("memory \"32\" has no unit (Spark reads a bare number as MiB, Kubernetes as bytes):"
          + " write e.g. 32Mi or 32Gi", e.getMessage());
      assertThrows(IllegalStateException.class, m::toSpark);
    }

    @Test
    void negativeAmountsShowAsWritten() {
      // then
      assertEquals("-1Gi", gib(-1).toString());
      assertEquals("-5", bytes(-5).toString());
      assertEquals(Optional.of("is negative"), mib(-1).problem());
    }

    @Test
    void negativeAmountsOfAnySizeAreInvalid() {
      // then
      assertFalse(gib(Long.MIN_VALUE).isValid());
      assertFalse(kib(Long.MIN_VALUE).isValid());
      assertFalse(bytes(Long.MIN_VALUE).isValid());
      assertFalse(tib(-1).isValid());
    }

    @Test
    void plusAndTimesAddAndMultiply() {
      // then
      assertEquals(mib(1536), gib(1).plus(mib(512)));
      assertEquals(gib(24), gib(8).times(3));
      assertEquals("9g", gib(8).plus(gib(1)).toSpark());
    }

    @Test
    void arithmeticOnAnInvalidAmountStaysInvalid() {
      // given
      Memory invalid = memory("8G");
      // then
      assertEquals(invalid, invalid.plus(gib(1)));
      assertEquals(invalid, gib(1).plus(invalid));
      assertEquals(invalid, invalid.times(2));
      assertFalse(gib(1).times(-1).isValid());
    }

    @Test
    void amountsCompareByBytes() {
      // then
      assertTrue(gib(1).compareTo(mib(1025)) < 0);
      assertEquals(0, memory("1g").compareTo(mib(1024)));
    }
  }

  @Nested
  class CpuAmounts {
    @Test
    void wholeCoresRenderAsANumber() {
      // given
      Cpu c = cores(2);
      // then
      assertEquals("2", c.toKubernetes());
      assertEquals(2000, c.toMillicores());
      assertTrue(c.isWholeCores());
    }

    @Test
    void fractionsOfACoreRenderAsMillicores() {
      // given
      Cpu c = millicores(500);
      // then
      assertEquals("500m", c.toKubernetes());
      assertFalse(c.isWholeCores());
    }

    @Test
    void decimalAndMilliSpellingsOfTheSameAmountAreEqual() {
      // then
      assertEquals(millicores(500), cpu("0.5"));
      assertEquals(millicores(500), cpu("500m"));
      assertEquals(cores(2), cpu("2"));
      assertEquals(cores(2), cpu("2000m"));
      assertEquals(cores(2).hashCode(), cpu("2.0").hashCode());
    }

    @Test
    void parsedMillicoresRenderAsMillicores() {
      // given
      Cpu c = cpu("1500m");
      // then
      assertEquals("1500m", c.toKubernetes());
      assertEquals("1500m", cpu("1.5").toKubernetes());
      assertEquals("1", cpu("1000m").toKubernetes());
    }

    @Test
    void invalidAmountsKeepTheirTextAndCannotBeRendered() {
      // given
      Cpu c = cpu("0.0001");
      // when
      IllegalStateException e = assertThrows(IllegalStateException.class, c::toKubernetes);
      // then
      assertFalse(c.isValid());
      assertEquals("0.0001", c.toString());
      assertEquals("cpu \"0.0001\" is finer than a millicore", e.getMessage());
    }

    @Test
    void negativeAmountsShowAsWritten() {
      // then
      assertEquals("-2", cores(-2).toString());
      assertEquals("-500m", millicores(-500).toString());
      assertEquals(Optional.of("is negative"), cpu("-1").problem());
    }

    @Test
    void plusAndTimesAddAndMultiply() {
      // then
      assertEquals(millicores(2500), cores(2).plus(millicores(500)));
      assertEquals(cores(3), millicores(500).times(6));
      assertEquals("4", cpu("1.5").plus(cpu("2500m")).toKubernetes());
    }

    @Test
    void arithmeticOnAnInvalidAmountStaysInvalid() {
      // given
      Cpu invalid = cpu("abc");
      // then
      assertEquals(invalid, invalid.plus(cores(1)));
      assertEquals(invalid, cores(1).plus(invalid));
      assertEquals(invalid, invalid.times(2));
      assertFalse(cores(1).times(-1).isValid());
    }

    @Test
    void amountsCompareByMillicores() {
      // then
      assertTrue(millicores(999).compareTo(cores(1)) < 0);
      assertEquals(0, cpu("0.25").compareTo(millicores(250)));
    }
  }
}
