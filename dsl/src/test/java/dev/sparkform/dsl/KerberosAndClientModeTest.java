package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KerberosAndClientModeTest {
  private static final String APP = "stack analytics > spark application pi";

  private static List<String> problems(SparkApp app) {
    return analytics(app).problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void validKerberosAndClientMode() {
    assertEquals(List.of(), problems(SparkAppTest.pi()
        .kerberos(kerberos("etl/host.example.com@EXAMPLE.COM", secretKey("etl-keytab", "etl.keytab"), "krb5-conf")
            .hadoopConfigMap("hadoop-conf"))
        .client(clientDriver("notebook-driver.spark-jobs.svc").podName("notebook-0"))));
    assertEquals("local:///mnt/secrets/kerberos-keytab/etl.keytab",
        kerberos("etl@EXAMPLE.COM", secretKey("etl-keytab", "etl.keytab"), "krb5").keytabUri());
  }

  @Test
  void kerberosRules() {
    assertEquals(List.of(
        APP + " > kerberos: principal \"etl\" is not like primary[/instance]@REALM",
        APP + " > kerberos: the keytab must be a key of a Secret: secretKey(\"name\", \"file.keytab\")",
        APP + " > kerberos: krb5 config map \"Krb5\" is not a DNS-1123 subdomain (lowercase letters, digits, '-' and"
            + " '.', starting and ending with a letter or digit)"),
        problems(SparkAppTest.pi().kerberos(kerberos("etl", configMapKey("keytabs", "etl.keytab"), "Krb5"))));
  }

  @Test
  void clientModeRules() {
    assertEquals(List.of(APP + ": client mode needs the address the executors reach the driver at:"
        + " client(clientDriver(\"host\"))"), problems(SparkAppTest.pi().mode(CLIENT)));
    assertEquals(List.of(
        APP + " > client: driver host \"http://x\" must be a host name or address",
        APP + " > client: port 70000 is outside 1-65535"),
        problems(SparkAppTest.pi().client(clientDriver("http://x").ports(70000, 7079))));
    assertEquals(List.of(APP + " > client: the driver port and the block manager port must differ (both 7078)"),
        problems(SparkAppTest.pi().client(clientDriver("driver").ports(7078, 7078))));
    assertEquals(List.of(APP + ": a client driver address is set but the app runs in cluster mode"),
        problems(SparkAppTest.pi().client(clientDriver("driver")).mode(CLUSTER)));
  }
}
