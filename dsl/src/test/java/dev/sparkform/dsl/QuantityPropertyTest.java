package dev.sparkform.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of quantities over many values: edge cases, then a fixed-seed random sample (so a
 * failure always reproduces).
 */
class QuantityPropertyTest {
  private static final long SEED = 20260101L;
  private static final int SAMPLES = 250;

  /** Multiples of 1 MiB across the whole non-negative long range. */
  static LongStream wholeMebibytes() {
    long maxMib = Long.MAX_VALUE >> 20;
    LongStream edges = LongStream.of(0, 1, 2, 3, 511, 512, 1023, 1024, 1025, 1536, 1L << 20, (1L << 20) + 1,
        1L << 30, maxMib - 1, maxMib);
    Random random = new Random(SEED);
    LongStream small = random.longs(SAMPLES, 0, 1L << 24);
    LongStream any = random.longs(SAMPLES, 0, maxMib + 1);
    LongStream powers = LongStream.range(0, 43).map(i -> 1L << i);
    return LongStream.concat(LongStream.concat(edges, powers), LongStream.concat(small, any)).map(n -> n << 20);
  }

  /** Any long: the extremes, both sides of each unit's limit, small and large random values. */
  static LongStream anyLong() {
    LongStream edges = LongStream.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE);
    LongStream limits = LongStream.of(10, 20, 30, 40).map(shift -> Long.MAX_VALUE >> shift)
        .flatMap(max -> LongStream.of(max, max + 1, -max));
    Random random = new Random(SEED);
    LongStream small = random.longs(SAMPLES, -(1L << 20), 1L << 20);
    LongStream any = random.longs(SAMPLES);
    return LongStream.concat(LongStream.concat(edges, limits), LongStream.concat(small, any));
  }

  /** Any size in bytes, whole units or not, up to the largest a pod may ask for and beyond. */
  static LongStream anyBytes() {
    Random random = new Random(SEED);
    return LongStream.concat(wholeMebibytes(), LongStream.concat(random.longs(SAMPLES, 0, 1L << 40),
        random.longs(SAMPLES, 0, Long.MAX_VALUE)));
  }

  @ParameterizedTest
  @MethodSource("anyBytes")
  void approximateTextIsWhatPercentPointOneFWouldPrint(long bytes) {
    // given: the unit toApproximate picks, and java.util.Formatter's rounding as the oracle
    Memory m = Memory.bytes(bytes);
    String units = "KMGTPE";
    int i = 0;
    while (i < units.length() && bytes >= 1L << (10 * (i + 1))) {
      i++;
    }
    String number = String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) (1L << (10 * i)));
    String expected = (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number)
        + (i == 0 ? "" : units.charAt(i - 1) + "i");
    // when
    String approximate = m.toApproximate();
    // then
    assertEquals(expected, approximate, bytes + " bytes");
  }

  @ParameterizedTest
  @MethodSource("wholeMebibytes")
  void wholeMebibytesRoundTripThroughKubernetesText(long bytes) {
    // given
    Memory m = Memory.bytes(bytes);
    // when
    Memory parsed = Memory.parse(m.toKubernetes());
    // then
    assertEquals(m, parsed, m.toKubernetes());
  }

  @ParameterizedTest
  @MethodSource("wholeMebibytes")
  void wholeMebibytesRoundTripThroughSparkText(long bytes) {
    // given
    Memory m = Memory.bytes(bytes);
    // when
    Memory parsed = Memory.parse(m.toSpark());
    // then
    assertEquals(m, parsed, m.toSpark());
  }

  @ParameterizedTest
  @MethodSource("anyLong")
  void scaledAmountsAreValidExactlyWhenTheyFitAndAreNotNegative(long n) {
    for (int shift = 10; shift <= 40; shift += 10) {
      // when
      Memory m = switch (shift) {
        case 10 -> Memory.kib(n);
        case 20 -> Memory.mib(n);
        case 30 -> Memory.gib(n);
        default -> Memory.tib(n);
      };
      // then
      boolean fits = n >= 0 && n <= (Long.MAX_VALUE >> shift);
      assertEquals(fits, m.isValid(), n + " << " + shift);
      if (fits) {
        assertEquals(n << shift, m.toBytes());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("anyLong")
  void millicoresRoundTripThroughKubernetesText(long n) {
    // given
    Cpu c = Cpu.millicores(n);
    if (n < 0) {
      assertFalse(c.isValid());
      return;
    }
    // when
    Cpu parsed = Cpu.parse(c.toKubernetes());
    // then
    assertTrue(parsed.isValid(), c.toKubernetes());
    assertEquals(c, parsed, c.toKubernetes());
  }
}
