package dev.sparkform.cli;

import dev.sparkform.dsl.ClusterCapacity;
import dev.sparkform.dsl.Problem;
import dev.sparkform.dsl.ValidationException;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code cpu=64,memory=256Gi} into a ClusterCapacity; a bad part is a usage error that names it. */
final class CapacityConverter implements ITypeConverter<ClusterCapacity> {
  @Override
  public ClusterCapacity convert(String value) {
    try {
      return ClusterCapacity.parse(value);
    } catch (ValidationException e) {
      throw new TypeConversionException(e.problems().stream().map(Problem::message)
          .collect(Collectors.joining("; ")));
    }
  }
}
