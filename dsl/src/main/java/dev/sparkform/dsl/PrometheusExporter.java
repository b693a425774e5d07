package dev.sparkform.dsl;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The Prometheus JMX exporter the kubeflow operator attaches to the driver and executor JVMs as a
 * Java agent: {@code prometheusExporter("/prometheus/jmx_prometheus_javaagent-0.11.0.jar").port(8090)}.
 * The jar must be in the image.
 */
@Value.Immutable
public abstract class PrometheusExporter {
  /** The operator's range for the exporter's port: above the privileged ports, below the ephemeral ones. */
  static final int MIN_PORT = 1024;
  static final int MAX_PORT = 49151;

  /** Path of the exporter's Java agent jar in the container. */
  public abstract String jmxExporterJar();

  /** The exporter's HTTP port; the operator's default is 8090. */
  public abstract OptionalInt port();

  /** The container port's name; the operator's default is {@code jmx-exporter}. */
  public abstract Optional<String> portName();

  /** Path of the exporter's configuration in the image; wins over {@link #configuration()}. */
  public abstract Optional<String> configFile();

  /** The exporter's configuration (YAML content). */
  public abstract Optional<String> configuration();

  public PrometheusExporter port(int port) {
    return ImmutablePrometheusExporter.builder().from(this).port(port).build();
  }

  public PrometheusExporter portName(String name) {
    return ImmutablePrometheusExporter.builder().from(this).portName(name).build();
  }

  public PrometheusExporter configFile(String path) {
    return ImmutablePrometheusExporter.builder().from(this).configFile(path).build();
  }

  public PrometheusExporter configuration(String content) {
    return ImmutablePrometheusExporter.builder().from(this).configuration(content).build();
  }

  static PrometheusExporter of(String jmxExporterJar) {
    return ImmutablePrometheusExporter.builder().jmxExporterJar(jmxExporterJar).build();
  }

  void validate(Problems p) {
    absolute(p, "jmxExporterJar", jmxExporterJar());
    if (port().isPresent() && (port().getAsInt() < MIN_PORT || port().getAsInt() > MAX_PORT)) {
      p.add("port %d must be in %d-%d", port().getAsInt(), MIN_PORT, MAX_PORT);
    }
    if (portName().isPresent()) {
      String n = portName().get();
      // a container port name is an IANA service name
      if (n.length() > 15 || !n.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?") || !n.matches(".*[a-z].*") || n.contains("--")) {
        p.add("port name \"%s\" is not an IANA service name (at most 15 lowercase letters, digits and '-', one letter"
            + " at least)", n);
      }
    }
    absolute(p, "configFile", configFile());
    if (configFile().isPresent() && configuration().isPresent()) {
      p.add("sets both configFile and configuration; the operator uses only configFile");
    }
  }

  static void absolute(Problems p, String what, Optional<String> path) {
    if (path.isPresent()) {
      absolute(p, what, path.get());
    }
  }

  static void absolute(Problems p, String what, String path) {
    if (!path.startsWith("/")) {
      p.add("%s \"%s\" must be an absolute path in the image", what, path);
    }
  }
}
