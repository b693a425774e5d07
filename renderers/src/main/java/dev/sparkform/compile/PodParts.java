package dev.sparkform.compile;

import dev.sparkform.dsl.ConfigRef;
import dev.sparkform.dsl.EnvVar;
import dev.sparkform.dsl.PullPolicy;
import dev.sparkform.dsl.SecurityContext;
import dev.sparkform.dsl.Volume;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
            .withSizeLimit(v.size().isPresent() ? new Quantity(v.size().get().toKubernetes()) : null).endEmptyDir()
            .build();
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
    if (c.seccompProfile().isPresent()) {
      b.withNewSeccompProfile().withType(c.seccompProfile().get()).endSeccompProfile();
    }
    return b.build();
  }

  public static PodSecurityContext podSecurity(SecurityContext c) {
    PodSecurityContextBuilder b = new PodSecurityContextBuilder()
        .withRunAsUser(c.runAsUser().isPresent() ? c.runAsUser().getAsLong() : null)
        .withRunAsGroup(c.runAsGroup().isPresent() ? c.runAsGroup().getAsLong() : null)
        .withRunAsNonRoot(c.runAsNonRoot().orElse(null))
        .withFsGroup(c.fsGroup().isPresent() ? c.fsGroup().getAsLong() : null);
    if (c.seccompProfile().isPresent()) {
      b.withNewSeccompProfile().withType(c.seccompProfile().get()).endSeccompProfile();
    }
    return b.build();
  }

  /** The container security context, or null when none is set. */
  static io.fabric8.kubernetes.api.model.SecurityContext containerSecurity(Optional<SecurityContext> c) {
    return c.isPresent() ? containerSecurity(c.get()) : null;
  }

  /** The pod security context, or null when none is set. */
  static PodSecurityContext podSecurity(Optional<SecurityContext> c) {
    return c.isPresent() ? podSecurity(c.get()) : null;
  }

  static List<io.fabric8.kubernetes.api.model.EnvVar> envVars(List<EnvVar> env) {
    List<io.fabric8.kubernetes.api.model.EnvVar> out = new ArrayList<>(env.size());
    for (EnvVar e : env) {
      out.add(envVar(e));
    }
    return out;
  }

  /** The pod's volumes but on-demand claims (Spark's to create). */
  static List<io.fabric8.kubernetes.api.model.Volume> volumes(List<Volume> volumes) {
    List<io.fabric8.kubernetes.api.model.Volume> out = new ArrayList<>();
    for (Volume v : volumes) {
      if (!v.isOnDemandClaim()) {
        out.add(volume(v));
      }
    }
    return out;
  }

  /** Mounts of the pod's volumes but on-demand claims (Spark mounts those itself). */
  static List<VolumeMount> mounts(List<Volume> volumes) {
    List<VolumeMount> out = new ArrayList<>();
    for (Volume v : volumes) {
      if (!v.isOnDemandClaim()) {
        out.add(mount(v));
      }
    }
    return out;
  }

  /** The pull policy as Kubernetes writes it; null when not set. */
  static String pullPolicy(Optional<PullPolicy> p) {
    return p.isPresent() ? p.get().value() : null;
  }

  /** Image pull secrets by name. */
  static List<LocalObjectReference> references(List<String> names) {
    List<LocalObjectReference> out = new ArrayList<>(names.size());
    for (String name : names) {
      out.add(new LocalObjectReference(name));
    }
    return out;
  }

  public static VolumeMount mount(Volume v) {
    return new VolumeMountBuilder().withName(v.name()).withMountPath(v.mountPath())
        .withReadOnly(v.readOnly() ? Boolean.TRUE : null).withSubPath(v.subPath().orElse(null)).build();
  }
}
