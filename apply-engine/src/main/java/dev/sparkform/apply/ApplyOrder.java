package dev.sparkform.apply;

import dev.sparkform.compile.InstallOrder;

/**
 * The compiler's {@link InstallOrder}, which puts CustomResourceDefinitions right after Namespaces:
 * a custom resource can only be created once its definition is Established, and custom resources
 * come last anyway.
 */
final class ApplyOrder {
  static final String CRD = "CustomResourceDefinition";

  private ApplyOrder() {}

  static int rank(String kind) {
    return InstallOrder.rank(kind);
  }
}
