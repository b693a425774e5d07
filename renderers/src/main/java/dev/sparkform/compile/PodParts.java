package dev.sparkform.compile;

import dev.sparkform.dsl.ConfigRef;
import dev.sparkform.dsl.EnvVar;
import dev.sparkform.dsl.SecurityContext;
import dev.sparkform.dsl.Volume;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
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

  public static io.fabric8.kubernetes.api.model.SecurityContext containerSecurity(SecurityContext c) {
    SecurityContextBuilder b = new SecurityContextBuilder()
        .withRunAsUser(c.runAsUser().isPresent() ? c.runAsUser().getAsLong() : null)
        .withRunAsGroup(c.runAsGroup().isPresent() ? c.runAsGroup().getAsLong() : null)
        .withRunAsNonRoot(c.runAsNonRoot().orElse(null))
        .withAllowPrivilegeEscalation(c.allowPrivilegeEscalation().orElse(null))
        .withReadOnlyRootFilesystem(c.readOnlyRootFilesystem().orElse(null));
    if (!c.dropCapabilities().isEmpty() || !c.addCapabilities().isEmpty()) {
      b.withNewCapabilities().withDrop(c.dropCapabilities()).withAdd(c.addCapabilities()).endCapabilities();
    }
    c.seccompProfile().ifPresent(t -> b.withNewSeccompProfile().withType(t).endSeccompProfile());
    return b.build();
  }

  public static PodSecurityContext podSecurity(SecurityContext c) {
    PodSecurityContextBuilder b = new PodSecurityContextBuilder()
        .withRunAsUser(c.runAsUser().isPresent() ? c.runAsUser().getAsLong() : null)
        .withRunAsGroup(c.runAsGroup().isPresent() ? c.runAsGroup().getAsLong() : null)
        .withRunAsNonRoot(c.runAsNonRoot().orElse(null))
        .withFsGroup(c.fsGroup().isPresent() ? c.fsGroup().getAsLong() : null);
    c.seccompProfile().ifPresent(t -> b.withNewSeccompProfile().withType(t).endSeccompProfile());
    return b.build();
  }

  public static VolumeMount mount(Volume v) {
    return new VolumeMountBuilder().withName(v.name()).withMountPath(v.mountPath())
        .withReadOnly(v.readOnly() ? Boolean.TRUE : null).withSubPath(v.subPath().orElse(null)).build();
  }
}
