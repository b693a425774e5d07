package dev.sparkform.conformance;

import dev.sparkform.dsl.SecurityProfile;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkCluster;
import dev.sparkform.dsl.SparkConnect;
import dev.sparkform.dsl.StackResource;

/**
 * The upstream operator examples leave security to the image (a few set it explicitly, as the DSL
 * does with {@code securityContext(..)}): to render them as written, their pods opt out of
 * Sparkform's restricted defaults, as a user reproducing them would.
 */
final class AsUpstream {
  private AsUpstream() {}

  static StackResource unrestricted(StackResource r) {
    if (r instanceof SparkApp a) {
      return a.driver(a.driver().securityProfile(SecurityProfile.UNRESTRICTED))
          .executor(a.executor().securityProfile(SecurityProfile.UNRESTRICTED));
    }
    if (r instanceof SparkConnect s) {
      return s.server(s.app().driver().securityProfile(SecurityProfile.UNRESTRICTED))
          .executor(s.app().executor().securityProfile(SecurityProfile.UNRESTRICTED));
    }
    if (r instanceof SparkCluster c) {
      return c.master(c.master().securityProfile(SecurityProfile.UNRESTRICTED))
          .workers(c.workers().securityProfile(SecurityProfile.UNRESTRICTED));
    }
    return r;
  }
}
