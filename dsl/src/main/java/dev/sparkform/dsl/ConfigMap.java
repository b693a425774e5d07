package dev.sparkform.dsl;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Plain configuration data (e.g. {@code spark-defaults.conf}, {@code log4j2.properties}). */
@Value.Immutable
public abstract class ConfigMap implements StackResource {
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  public abstract Map<String, String> data();

  public abstract Optional<Boolean> immutable();

  @Override
  public String kind() {
    return "ConfigMap";
  }

  @Override
  public boolean namespaced() {
    return true;
  }

  public ConfigMap namespace(String namespace) {
    return ImmutableConfigMap.builder().from(this).namespace(namespace).build();
  }

  public ConfigMap label(String key, String value) {
    return ImmutableConfigMap.builder().from(this).putLabels(key, value).build();
  }

  public ConfigMap annotation(String key, String value) {
    return ImmutableConfigMap.builder().from(this).putAnnotations(key, value).build();
  }

  public ConfigMap data(String key, String value) {
    return ImmutableConfigMap.builder().from(this).putData(key, value).build();
  }

  /** Immutable config maps cannot be edited, only replaced; the API server stops watching them. */
  public ConfigMap immutable(boolean immutable) {
    return ImmutableConfigMap.builder().from(this).immutable(immutable).build();
  }

  static ConfigMap named(String name) {
    return ImmutableConfigMap.builder().name(name).build();
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.DNS_SUBDOMAIN);
    long size = 0;
    for (Map.Entry<String, String> e : data().entrySet()) {
      Names.dataKey(p, e.getKey());
      Texts.checkEncodable(p, "data \"" + e.getKey() + "\" value", e.getValue());
      size += e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    if (size > MAX_DATA_BYTES) {
      p.add("data is %d bytes; Kubernetes stores at most %d (1 MiB) in a ConfigMap", size, MAX_DATA_BYTES);
    }
  }

  /** The API server's limit on a ConfigMap's (and a Secret's) data, in bytes. */
  public static final int MAX_DATA_BYTES = 1 << 20;
}
