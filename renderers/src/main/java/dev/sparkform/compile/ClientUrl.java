package dev.sparkform.compile;

import dev.sparkform.dsl.SparkConnect;

/**
 * Where Spark Connect clients reach a server ({@code SparkSession.builder.remote(..)}, {@code SPARK_REMOTE}):
 * the Service each target gives it. kubeflow and spark-submit: {@code NAME} (Sparkform names the
 * kubeflow operator's Service so); apache: the operator's driver Service {@code NAME-0-driver-svc},
 * as its own client example ({@code job/pi-swift.yaml}) connects.
 */
public final class ClientUrl {
  private ClientUrl() {}

  public static String of(Target target, SparkConnect server, String namespace) {
    String host = target == Target.APACHE ? server.name() + "-0-driver-svc" : server.name();
    return "sc://" + host + "." + namespace + ".svc.cluster.local:" + SparkConnect.PORT;
  }
}
