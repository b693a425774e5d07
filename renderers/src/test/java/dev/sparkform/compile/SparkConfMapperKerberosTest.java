package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Kerberos and client mode have no operator fields: they are Spark keys for every target. */
class SparkConfMapperKerberosTest {
  @Test
  void kerberosAndClientModeKeys() {
    Map<String, String> m = new TreeMap<>(SparkConfMapper.map(sparkApp("etl").sparkVersion("4.0.1").image("i")
        .mainApplicationFile("local:///etl.jar")
        .kerberos(kerberos("etl@EXAMPLE.COM", secretKey("etl-keytab", "etl.keytab"), "krb5-conf")
            .hadoopConfigMap("hadoop-conf"))
        .client(clientDriver("etl-driver.jobs.svc").podName("etl-0")), KubeflowCompiler.NATIVE)
        .asMap());
    assertEquals(Map.of(
        "spark.kerberos.principal", "etl@EXAMPLE.COM",
        "spark.kerberos.keytab", "local:///mnt/secrets/kerberos-keytab/etl.keytab",
        "spark.kubernetes.driver.secrets.etl-keytab", "/mnt/secrets/kerberos-keytab",
        "spark.kubernetes.kerberos.krb5.configMapName", "krb5-conf",
        "spark.kubernetes.hadoop.configMapName", "hadoop-conf",
        "spark.driver.host", "etl-driver.jobs.svc",
        "spark.driver.port", "7078",
        "spark.driver.blockManager.port", "7079",
        "spark.kubernetes.driver.pod.name", "etl-0"), m);
  }
}
