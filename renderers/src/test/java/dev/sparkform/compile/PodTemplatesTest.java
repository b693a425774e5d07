package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.render.YamlRenderer;
import dev.sparkform.render.PlainData;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import org.junit.jupiter.api.Test;

/** What Spark has no key for ends up in a pod template; nothing else does. */
class PodTemplatesTest {
  @Test
  void noTemplateWhenSparkKeysSuffice() {
    assertTrue(PodTemplates.of(executor().memory(gib(4)).label("a", "b").env("X", "1")).isEmpty());
  }

  @Test
  void tolerationsAffinityPriorityAndConfigMaps() {
    PodTemplateSpec t = PodTemplates.of(executor()
        .scheduling(scheduling().nodeSelector("pool", "spark").tolerations(tolerate("dedicated", "spark", NO_SCHEDULE))
            .require(node("kubernetes.io/arch").in("amd64")))
        .priorityClassName("spark-critical")
        .env("LOG_LEVEL", configMapKey("logging", "level"))
        .volumes(configMapVolume("conf", "spark-conf", "/etc/spark-extra").readOnly(true))).orElseThrow();
    assertEquals("""
        spec:
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                - matchExpressions:
                  - key: kubernetes.io/arch
                    operator: In
                    values:
                    - amd64
          containers:
          - name: spark-kubernetes-executor
            env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: logging
                  key: level
            volumeMounts:
            - name: conf
              mountPath: /etc/spark-extra
              readOnly: true
          priorityClassName: spark-critical
          tolerations:
          - effect: NoSchedule
            key: dedicated
            operator: Equal
            value: spark
          volumes:
          - name: conf
            configMap:
              name: spark-conf
        """, YamlRenderer.renderData(PlainData.of(t)));
  }
}
