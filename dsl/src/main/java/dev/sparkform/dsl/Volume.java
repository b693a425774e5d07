package dev.sparkform.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A volume of a Spark pod and where it is mounted. Spark treats volumes whose name starts with
 * {@code spark-local-dir-} as scratch space; a PVC with claim name {@link #ON_DEMAND} gets one claim
 * per executor, created by the driver (which then needs RBAC on persistentvolumeclaims).
 */
@Value.Immutable
public abstract class Volume {
  /** Spark's claim name that makes the driver create one PVC per executor. */
  public static final String ON_DEMAND = "OnDemand";

  public enum Type { EMPTY_DIR, PERSISTENT_VOLUME_CLAIM, HOST_PATH, CONFIG_MAP, SECRET }

  public abstract String name();

  public abstract Type type();

  /** Claim name, host path, config map or secret name; empty for emptyDir. */
  public abstract Optional<String> source();

  /** Size: emptyDir's sizeLimit, or the size of an on-demand claim. */
  public abstract Optional<Memory> size();

  /** For on-demand claims: the storage class. For emptyDir: {@code Memory} for tmpfs. */
  public abstract Optional<String> storageClassOrMedium();

  public abstract String mountPath();

  /** As set by {@link #readOnly(boolean)}; empty is Spark's default (read-write) and writes no key. */
  public abstract Optional<Boolean> readOnlySetting();

  public boolean readOnly() {
    return readOnlySetting().orElse(false);
  }

  public abstract Optional<String> subPath();

  public Volume readOnly(boolean readOnly) {
    return ImmutableVolume.builder().from(this).readOnlySetting(readOnly).build();
  }

  public Volume subPath(String subPath) {
    return ImmutableVolume.builder().from(this).subPath(subPath).build();
  }

  /** emptyDir: limit its size. */
  public Volume sizeLimit(Memory size) {
    return ImmutableVolume.builder().from(this).size(size).build();
  }

  /** emptyDir backed by memory (tmpfs). */
  public Volume inMemory() {
    return ImmutableVolume.builder().from(this).storageClassOrMedium("Memory").build();
  }

  /** On-demand claim: its storage class. */
  public Volume storageClass(String storageClass) {
    return ImmutableVolume.builder().from(this).storageClassOrMedium(storageClass).build();
  }

  /** On-demand claim: its size. */
  public Volume size(Memory size) {
    return ImmutableVolume.builder().from(this).size(size).build();
  }

  public boolean isOnDemandClaim() {
    return type() == Type.PERSISTENT_VOLUME_CLAIM && source().orElse("").equals(ON_DEMAND);
  }

  /** Whether any of {@code volumes} is an on-demand claim. */
  static boolean anyOnDemandClaim(java.util.List<Volume> volumes) {
    for (Volume v : volumes) {
      if (v.isOnDemandClaim()) {
        return true;
      }
    }
    return false;
  }

  static Volume of(String name, Type type, String source, String mountPath) {
    return ImmutableVolume.builder().name(name).type(type).source(Optional.ofNullable(source)).mountPath(mountPath)
        .build();
  }

  /** As the API server checks it: a relative path that never climbs out of the volume. */
  private static void subPath(Problems p, String subPath) {
    if (subPath.startsWith("/") || java.util.Arrays.asList(subPath.split("/", -1)).contains("..")) {
      p.add("subPath \"%s\" must be a relative path without \"..\" (Kubernetes refuses the pod)",
          Texts.visible(subPath));
    } else {
      Texts.check(p, "subPath", subPath);
    }
  }

  void validate(Problems p) {
    Names.dnsLabel(p, "volume name", name());
    if (!mountPath().startsWith("/")) {
      p.add("mount path \"%s\" must be absolute", Texts.visible(mountPath()));
    } else {
      Texts.check(p, "mount path", mountPath());
    }
    Amount.check(p, "size", size());
    if (subPath().isPresent()) {
      subPath(p, subPath().get());
    }
    switch (type()) {
      case PERSISTENT_VOLUME_CLAIM:
        if (isOnDemandClaim() && size().isEmpty()) {
          p.add("an on-demand claim needs a size (claimOnDemand(..).size(gib(100)))");
        }
        if (!isOnDemandClaim()) {
          Names.dnsSubdomain(p, "claim name", source().orElse(""));
        }
        break;
      case HOST_PATH:
        if (!source().orElse("").startsWith("/")) {
          p.add("host path \"%s\" must be absolute", source().orElse(""));
        }
        break;
      case CONFIG_MAP:
        Names.dnsSubdomain(p, "config map name", source().orElse(""));
        break;
      case SECRET:
        Names.dnsSubdomain(p, "secret name", source().orElse(""));
        break;
      default:
        break;
    }
  }
}
