package dev.sparkform.apply;

import dev.sparkform.compile.InstallOrder;

/**
 * The compiler's {@link InstallOrder} with CustomResourceDefinitions placed right after Namespaces
 * (the compiler renders none yet, but stacks may include them): a custom resource can only be
 * created once its definition is Established, and custom resources come last anyway.
 */
final class ApplyOrder {
  static final String CRD = "CustomResourceDefinition";

  private ApplyOrder() {}

  static int rank(String kind) {
    if (kind.equals(CRD)) {
      return 1;
    }
    int r = InstallOrder.rank(kind);
    return r == 0 ? 0 : r + 1;
  }
}
