package dev.sparkform.compile;

import dev.sparkform.dsl.BatchScheduler;
import dev.sparkform.dsl.Monitoring;
import dev.sparkform.dsl.PrometheusExporter;
import dev.sparkform.dsl.Resources;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.model.kubeflow.BatchSchedulerConfiguration;
import dev.sparkform.model.kubeflow.MonitoringSpec;
import dev.sparkform.model.kubeflow.PrometheusSpec;
import dev.sparkform.model.kubeflow.SparkApplicationSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/** The app settings only the kubeflow CRD has fields for: Python version, batch scheduler, monitoring. */
final class KubeflowFeatureCompiler {
  private KubeflowFeatureCompiler() {}

  static void compile(SparkApp app, SparkApplicationSpec spec) {
    if (app.pythonVersion().isPresent()) {
      spec.withPythonVersion(Integer.toString(app.pythonVersion().getAsInt()));
    }
    if (app.batchScheduler().isPresent()) {
      BatchScheduler s = app.batchScheduler().get();
      spec.withBatchScheduler(s.kind().value()).withBatchSchedulerOptions(s.hasOptions() ? options(s) : null);
    }
    if (app.monitoring().isPresent()) {
      spec.withMonitoring(monitoring(app.monitoring().get()));
    }
  }

  private static BatchSchedulerConfiguration options(BatchScheduler s) {
    Map<String, Quantity> resources = new LinkedHashMap<>();
    if (s.resources().isPresent()) {
      Resources r = s.resources().get();
      if (r.cpu().isPresent()) {
        resources.put("cpu", new Quantity(r.cpu().get().toKubernetes()));
      }
      if (r.memory().isPresent()) {
        resources.put("memory", new Quantity(r.memory().get().toKubernetes()));
      }
    }
    return new BatchSchedulerConfiguration().withQueue(s.queue().orElse(null))
        .withPriorityClassName(s.priorityClassName().orElse(null)).withResources(Absent.ifEmpty(resources));
  }

  private static MonitoringSpec monitoring(Monitoring m) {
    // both flags are required by the CRD, so false is written too
    return new MonitoringSpec().withExposeDriverMetrics(m.exposeDriverMetrics())
        .withExposeExecutorMetrics(m.exposeExecutorMetrics())
        .withMetricsProperties(m.metricsProperties().orElse(null))
        .withMetricsPropertiesFile(m.metricsPropertiesFile().orElse(null))
        .withPrometheus(m.prometheus().isPresent() ? prometheus(m.prometheus().get()) : null);
  }

  private static PrometheusSpec prometheus(PrometheusExporter e) {
    return new PrometheusSpec().withJmxExporterJar(e.jmxExporterJar())
        .withPort(e.port().isPresent() ? e.port().getAsInt() : null)
        .withPortName(e.portName().orElse(null))
        .withConfigFile(e.configFile().orElse(null))
        .withConfiguration(e.configuration().orElse(null));
  }
}
