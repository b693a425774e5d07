package dev.sparkform.model.kubeflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The Prometheus JMX exporter: agent jar, port and configuration.
 *
 * <p>CRD path: {@code SparkApplication.spec.monitoring.prometheus}.
 */
public class PrometheusSpec {
  @JsonProperty("configFile")
  private String configFile;

  @JsonProperty("configuration")
  private String configuration;

  @JsonProperty("jmxExporterJar")
  private String jmxExporterJar;

  @JsonProperty("port")
  private Integer port;

  @JsonProperty("portName")
  private String portName;

  public PrometheusSpec() {}

  public String getConfigFile() {
    return configFile;
  }

  public void setConfigFile(String configFile) {
    this.configFile = configFile;
  }

  public PrometheusSpec withConfigFile(String configFile) {
    setConfigFile(configFile);
    return this;
  }

  public String getConfiguration() {
    return configuration;
  }

  public void setConfiguration(String configuration) {
    this.configuration = configuration;
  }

  public PrometheusSpec withConfiguration(String configuration) {
    setConfiguration(configuration);
    return this;
  }

  public String getJmxExporterJar() {
    return jmxExporterJar;
  }

  public void setJmxExporterJar(String jmxExporterJar) {
    this.jmxExporterJar = jmxExporterJar;
  }

  public PrometheusSpec withJmxExporterJar(String jmxExporterJar) {
    setJmxExporterJar(jmxExporterJar);
    return this;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public PrometheusSpec withPort(Integer port) {
    setPort(port);
    return this;
  }

  public String getPortName() {
    return portName;
  }

  public void setPortName(String portName) {
    this.portName = portName;
  }

  public PrometheusSpec withPortName(String portName) {
    setPortName(portName);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PrometheusSpec that = (PrometheusSpec) o;
    return Objects.equals(configFile, that.configFile)
        && Objects.equals(configuration, that.configuration)
        && Objects.equals(jmxExporterJar, that.jmxExporterJar)
        && Objects.equals(port, that.port)
        && Objects.equals(portName, that.portName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(configFile, configuration, jmxExporterJar, port, portName);
  }

  @Override
  public String toString() {
    return "PrometheusSpec{configFile=" + configFile
        + ", configuration=" + configuration
        + ", jmxExporterJar=" + jmxExporterJar
        + ", port=" + port
        + ", portName=" + portName + "}";
  }
}
