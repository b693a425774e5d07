package dev.sparkform.apply;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;

/** What the API server says of its version ({@code GET /version}), for choosing a write strategy. */
final class ServerVersion {
  private ServerVersion() {}

  /** True for Kubernetes 1.22 and later; false when the server is older or does not say. */
  static boolean supportsServerSideApply(KubernetesClient client) {
    VersionInfo v;
    try {
      v = client.getKubernetesVersion();
    } catch (KubernetesClientException e) {
      return false;
    }
    if (v == null) {
      return false;
    }
    int major = leadingNumber(v.getMajor());
    int minor = leadingNumber(v.getMinor());
    return major > 1 || (major == 1 && minor >= 22);
  }

  /**
   * Whether this is a real API server: it says a Kubernetes version (fabric8's in-memory server
   * answers 0.0, and ignores dryRun: it would write what a plan only asks about).
   */
  static boolean isReal(KubernetesClient client) {
    try {
      VersionInfo v = client.getKubernetesVersion();
      return v != null && leadingNumber(v.getMajor()) >= 1;
    } catch (KubernetesClientException e) {
      return false;
    }
  }

  /** Managed clusters write minors like "30+". */
  static int leadingNumber(String s) {
    if (s == null) {
      return -1;
    }
    int end = 0;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end == 0 ? -1 : Integer.parseInt(s.substring(0, end));
  }
}
