package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.SparkApp;

/**
 * Typed fields only the Apache operator expresses. Another target silently dropping them would
 * deploy a different app than written, so each is a problem naming the field and the target.
 */
final class ApacheOnlyFields {
  private ApacheOnlyFields() {}

  static void check(SparkApp app, Target target, Problems p) {
    if (target == Target.APACHE) {
      return;
    }
    if (!app.apacheOptions().isEmpty()) {
      p.add("apacheOptions cannot be expressed for target %s: they are the Apache operator's (use --target apache)",
          target.cliName());
    }
  }
}
