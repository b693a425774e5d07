package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Kerberos for Spark apps that read secured HDFS or Hive: the principal, its keytab (a key of an
 * existing Secret, mounted into the driver) and the {@code krb5.conf} ConfigMap. Spark logs in from
 * the keytab and renews delegation tokens itself:
 * {@code kerberos("etl@EXAMPLE.COM", secretKey("etl-keytab", "etl.keytab"), "krb5-conf")}.
 */
@Value.Immutable
public abstract class Kerberos {
  /** Where the keytab Secret is mounted in the driver. */
  public static final String KEYTAB_DIR = "/mnt/secrets/kerberos-keytab";

  private static final java.util.regex.Pattern PRINCIPAL =
      java.util.regex.Pattern.compile("[^/@\\s]+(/[^/@\\s]+)?@[^@\\s]+");

  public abstract String principal();

  public abstract ConfigRef keytab();

  /** ConfigMap holding {@code krb5.conf}, mounted on the driver and the executors. */
  public abstract String krb5ConfigMap();

  /** ConfigMap holding the Hadoop configuration ({@code core-site.xml}, {@code hdfs-site.xml}). */
  public abstract Optional<String> hadoopConfigMap();

  public Kerberos hadoopConfigMap(String name) {
    return ImmutableKerberos.builder().from(this).hadoopConfigMap(name).build();
  }

  /** The keytab as the driver sees it: a {@code local://} file, so Spark does not upload it. */
  public String keytabUri() {
    return "local://" + KEYTAB_DIR + "/" + keytab().key().orElse("");
  }

  static Kerberos of(String principal, ConfigRef keytab, String krb5ConfigMap) {
    return ImmutableKerberos.builder().principal(principal).keytab(keytab).krb5ConfigMap(krb5ConfigMap).build();
  }

  void validate(Problems p) {
    if (!PRINCIPAL.matcher(principal()).matches()) {
      p.add("principal \"%s\" is not like primary[/instance]@REALM", principal());
    }
    keytab().validate(p);
    if (keytab().kind() != ConfigRef.Kind.SECRET || keytab().key().isEmpty()) {
      p.add("the keytab must be a key of a Secret: secretKey(\"name\", \"file.keytab\")");
    }
    Names.dnsSubdomain(p, "krb5 config map", krb5ConfigMap());
    Names.dnsSubdomain(p, "hadoop config map", hadoopConfigMap());
  }
}
