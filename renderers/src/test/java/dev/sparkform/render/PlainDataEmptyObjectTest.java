package dev.sparkform.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An object that is set but empty keeps its meaning; empty maps, lists and nulls still vanish. */
class PlainDataEmptyObjectTest {
  @Test
  void anEmptyDirVolumeKeepsItsSource() {
    Pod pod = new PodBuilder()
        .withNewMetadata().withName("p").withLabels(Map.of()).endMetadata()
        .withNewSpec()
        .withVolumes(new VolumeBuilder().withName("scratch").withEmptyDir(new EmptyDirVolumeSource()).build())
        .withImagePullSecrets(List.of())
        .endSpec()
        .build();
    assertEquals(Map.of("name", "scratch", "emptyDir", Map.of()),
        ((List<?>) ((Map<?, ?>) PlainData.of(pod).get("spec")).get("volumes")).get(0));
    assertEquals("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          volumes:
          - name: scratch
            emptyDir: {}
        """, YamlRenderer.render(pod));
  }
}
