package dev.sparkform.compile;

import dev.sparkform.dsl.ConfigRef;
import dev.sparkform.dsl.EnvVar;
import dev.sparkform.dsl.Volume;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;

/** DSL pod parts as the Kubernetes objects they stand for, shared by every target. */
public final class PodParts {
  private PodParts() {}

  public static io.fabric8.kubernetes.api.model.EnvVar envVar(EnvVar e) {
    EnvVarBuilder b = new EnvVarBuilder().withName(e.name());
    if (e.value().isPresent()) {
      return b.withValue(e.value().get()).build();
    }
    ConfigRef r = e.valueFrom().orElseThrow();
    Boolean optional = r.optional() ? Boolean.TRUE : null;
    if (r.kind() == ConfigRef.Kind.SECRET) {
      return b.withNewValueFrom().withNewSecretKeyRef(r.key().orElseThrow(), r.name(), optional).endValueFrom().build();
    }
    return b.withNewValueFrom().withNewConfigMapKeyRef(r.key().orElseThrow(), r.name(), optional).endValueFrom().build();
  }

  /** The volume; on-demand claims are Spark's to create and have no pod volume of their own. */
  public static io.fabric8.kubernetes.api.model.Volume volume(Volume v) {
    VolumeBuilder b = new VolumeBuilder().withName(v.name());
    switch (v.type()) {
      case EMPTY_DIR:
        return b.withNewEmptyDir().withMedium(v.storageClassOrMedium().orElse(null))
            .withSizeLimit(v.size().map(s -> new Quantity(s.toKubernetes())).orElse(null)).endEmptyDir().build();
      case PERSISTENT_VOLUME_CLAIM:
        return b.withNewPersistentVolumeClaim().withClaimName(v.source().orElseThrow())
            .withReadOnly(v.readOnly() ? Boolean.TRUE : null).endPersistentVolumeClaim().build();
      case HOST_PATH:
        return b.withNewHostPath().withPath(v.source().orElseThrow()).endHostPath().build();
      case CONFIG_MAP:
        return b.withNewConfigMap().withName(v.source().orElseThrow()).endConfigMap().build();
      default:
        return b.withNewSecret().withSecretName(v.source().orElseThrow()).endSecret().build();
    }
  }

  public static VolumeMount mount(Volume v) {
    return new VolumeMountBuilder().withName(v.name()).withMountPath(v.mountPath())
        .withReadOnly(v.readOnly() ? Boolean.TRUE : null).withSubPath(v.subPath().orElse(null)).build();
  }
}
