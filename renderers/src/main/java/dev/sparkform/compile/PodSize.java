package dev.sparkform.compile;

import dev.sparkform.dsl.Cpu;
import dev.sparkform.dsl.Memory;
import java.util.Optional;

/**
 * One Spark pod's container resources as Spark builds them: memory request = limit (heap, overhead,
 * off-heap and PySpark memory), CPU request and optional limit, and a GPU limit when one is asked for.
 *
 * @param gpuResource the extended resource name ({@code nvidia.com/gpu}), with {@code gpus} its count
 */
public record PodSize(Memory memory, Cpu cpuRequest, Optional<Cpu> cpuLimit, Optional<String> gpuResource, long gpus) {}
