package dev.sparkform.compile;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code sparkConf} keys the kubeflow operator's validating webhook refuses (spark-operator v2.5.2
 * and later, a security fix: {@code deniedSparkConfKeys} and {@code validateSparkConf} in
 * kubeflow/spark-operator {@code internal/webhook/sparkconf_validator.go}): the service accounts, the
 * six OAuth token keys, the master, the images, and the namespace unless it is the app's own. The
 * operator sets these itself from the CRD's fields. For the Apache operator and spark-submit they
 * are the normal way to set those values, so only the kubeflow target refuses them. The one list of
 * them (lint reads it too).
 */
public final class KubeflowRefusedKeys {
  private static final String CREDENTIALS = "the operator manages API credentials: the pods use their service"
      + " account's token (set it with driver().serviceAccount(..))";
  private static final String MASTER = "the operator sets the master; remove it";

  /** Refused key → the setting to use instead. */
  public static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("spark.kubernetes.authenticate.driver.serviceAccountName", "use driver().serviceAccount(..)"),
      Map.entry("spark.kubernetes.authenticate.executor.serviceAccountName", "use executor().serviceAccount(..)"),
      Map.entry("spark.kubernetes.authenticate.oauthToken", CREDENTIALS),
      Map.entry("spark.kubernetes.authenticate.oauthTokenFile", CREDENTIALS),
      Map.entry("spark.kubernetes.authenticate.driver.oauthToken", CREDENTIALS),
      Map.entry("spark.kubernetes.authenticate.driver.oauthTokenFile", CREDENTIALS),
      Map.entry("spark.kubernetes.authenticate.executor.oauthToken", CREDENTIALS),
      Map.entry("spark.kubernetes.authenticate.executor.oauthTokenFile", CREDENTIALS),
      Map.entry("spark.master", MASTER),
      Map.entry("spark.kubernetes.driver.master", MASTER),
      Map.entry("spark.kubernetes.container.image", "use image(..)"),
      Map.entry("spark.kubernetes.driver.container.image", "use driver().image(..)"),
      Map.entry("spark.kubernetes.executor.container.image", "use executor().image(..)"));

  /** Refused unless it equals the app's namespace. */
  public static final String NAMESPACE = "spark.kubernetes.namespace";

  private KubeflowRefusedKeys() {}

  /**
   * Why the webhook refuses {@code key=value} in the sparkConf of an app in {@code namespace}, naming
   * what to use instead; empty when it accepts it.
   */
  public static Optional<String> refusal(String key, String value, String namespace) {
    if (key.equals(NAMESPACE)) {
      return value.equals(namespace) ? Optional.empty() : Optional.of("the operator refuses a namespace other than"
          + " the app's (" + namespace + "); set the namespace on the stack or the app instead");
    }
    return Optional.ofNullable(KEYS.get(key));
  }
}
