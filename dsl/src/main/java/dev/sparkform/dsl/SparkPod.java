package dev.sparkform.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The driver's or the executors' pods: {@code executor().instances(50).cores(4).memory(gib(28))}.
 * Unset amounts take Spark's defaults. The pods' sizes are not computed here: a size may also come
 * from the app's {@code sparkConf}, so they are computed from the app's effective configuration
 * (the compile stage's {@code EffectiveConf}), as Spark computes them.
 */
@Value.Immutable
public abstract class SparkPod {
  public enum Role { DRIVER, EXECUTOR }

  public abstract Role role();

  /** {@code spark.{driver,executor}.cores}: whole cores Spark schedules tasks on. */
  public abstract OptionalInt cores();

  /** The pod's CPU request when it should differ from {@link #cores()} (e.g. {@code millicores(500)}). */
  public abstract Optional<Cpu> coreRequest();

  public abstract Optional<Cpu> coreLimit();

  /** JVM heap: {@code spark.{driver,executor}.memory}. */
  public abstract Optional<Memory> memory();

  /** Non-heap memory added to the pod; default {@code max(factor × memory, 384 MiB)}. */
  public abstract Optional<Memory> memoryOverhead();

  public abstract OptionalDouble memoryOverheadFactor();

  /** Extended resource name ({@code nvidia.com/gpu}) and count. */
  public abstract Optional<String> gpuResource();

  public abstract OptionalInt gpus();

  /** Executors only: how many (without dynamic allocation; its initial count with it). */
  public abstract OptionalInt instances();

  /** An image for this role only, overriding the app's. */
  public abstract Optional<String> image();

  public abstract Optional<String> serviceAccount();

  public abstract Map<String, String> labels();

  public abstract Map<String, String> annotations();

  public abstract List<EnvVar> env();

  public abstract List<Volume> volumes();

  @Value.Default
  public Scheduling scheduling() {
    return Scheduling.empty();
  }

  public abstract Optional<String> priorityClassName();

  public abstract Optional<String> schedulerName();

  /** The Spark container's security context. */
  public abstract Optional<SecurityContext> securityContext();

  /** The pod's security context (fsGroup, user and group of all containers). */
  public abstract Optional<SecurityContext> podSecurityContext();

  /** {@link SecurityProfile#RESTRICTED} unless opted out: what the security contexts leave unset is filled in. */
  @Value.Default
  public SecurityProfile securityProfile() {
    return SecurityProfile.RESTRICTED;
  }

  /** Extra JVM options ({@code spark.{driver,executor}.extraJavaOptions}). */
  public abstract Optional<String> javaOptions();

  public SparkPod cores(int cores) {
    return ImmutableSparkPod.builder().from(this).cores(cores).build();
  }

  // ---- kubeflow operator features

  /**
   * A typed pod template (the one fabric8 type in the DSL), where the operator's CRD embeds one: for
   * what the DSL has no field for (env from whole ConfigMaps, ports, pod affinity). Spark merges it
   * with the pod it builds and overwrites name, namespace, image and cpu/memory resources. Copied when set.
   */
  public abstract Optional<io.fabric8.kubernetes.api.model.PodTemplateSpec> template();

  public SparkPod template(io.fabric8.kubernetes.api.model.PodTemplateSpec template) {
    return ImmutableSparkPod.builder().from(this)
        .template(new io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder(template).build()).build();
  }

  // ---- end of kubeflow operator features

  public SparkPod coreRequest(Cpu cpu) {
    return ImmutableSparkPod.builder().from(this).coreRequest(cpu).build();
  }

  public SparkPod coreLimit(Cpu cpu) {
    return ImmutableSparkPod.builder().from(this).coreLimit(cpu).build();
  }

  public SparkPod memory(Memory memory) {
    return ImmutableSparkPod.builder().from(this).memory(memory).build();
  }

  public SparkPod memoryOverhead(Memory overhead) {
    return ImmutableSparkPod.builder().from(this).memoryOverhead(overhead).build();
  }

  public SparkPod memoryOverheadFactor(double factor) {
    return ImmutableSparkPod.builder().from(this).memoryOverheadFactor(factor).build();
  }

  /** GPUs per pod, e.g. {@code gpus("nvidia.com/gpu", 1)}. */
  public SparkPod gpus(String resource, int count) {
    return ImmutableSparkPod.builder().from(this).gpuResource(resource).gpus(count).build();
  }

  public SparkPod instances(int instances) {
    return ImmutableSparkPod.builder().from(this).instances(instances).build();
  }

  public SparkPod image(String image) {
    return ImmutableSparkPod.builder().from(this).image(image).build();
  }

  public SparkPod serviceAccount(String name) {
    return ImmutableSparkPod.builder().from(this).serviceAccount(name).build();
  }

  public SparkPod label(String key, String value) {
    return ImmutableSparkPod.builder().from(this).putLabels(key, value).build();
  }

  public SparkPod annotation(String key, String value) {
    return ImmutableSparkPod.builder().from(this).putAnnotations(key, value).build();
  }

  public SparkPod env(String name, String value) {
    java.util.Objects.requireNonNull(value, "value of environment variable " + name);
    return ImmutableSparkPod.builder().from(this).addEnv(EnvVar.of(name, value, null)).build();
  }

  /** An environment variable from a key of a Secret or ConfigMap: {@code env("DB_PASSWORD", secretKey("db", "password"))}. */
  public SparkPod env(String name, ConfigRef from) {
    java.util.Objects.requireNonNull(from, "source of environment variable " + name);
    return ImmutableSparkPod.builder().from(this).addEnv(EnvVar.of(name, null, from)).build();
  }

  public SparkPod volumes(Volume... volumes) {
    return ImmutableSparkPod.builder().from(this).addVolumes(volumes).build();
  }

  /** Where the pods may run; added to the app's scheduling. */
  public SparkPod scheduling(Scheduling scheduling) {
    return ImmutableSparkPod.builder().from(this).scheduling(scheduling().and(scheduling)).build();
  }

  /** This pod with exactly {@code scheduling} (replacing, not adding). */
  SparkPod withScheduling(Scheduling scheduling) {
    return ImmutableSparkPod.builder().from(this).scheduling(scheduling).build();
  }

  public SparkPod priorityClassName(String name) {
    return ImmutableSparkPod.builder().from(this).priorityClassName(name).build();
  }

  public SparkPod schedulerName(String name) {
    return ImmutableSparkPod.builder().from(this).schedulerName(name).build();
  }

  public SparkPod securityContext(SecurityContext context) {
    return ImmutableSparkPod.builder().from(this).securityContext(context).build();
  }

  public SparkPod podSecurityContext(SecurityContext context) {
    return ImmutableSparkPod.builder().from(this).podSecurityContext(context).build();
  }

  /** {@code securityProfile(UNRESTRICTED)}: no Pod Security defaults for this pod (an explicit opt-out). */
  public SparkPod securityProfile(SecurityProfile profile) {
    return ImmutableSparkPod.builder().from(this).securityProfile(profile).build();
  }

  public SparkPod javaOptions(String options) {
    return ImmutableSparkPod.builder().from(this).javaOptions(options).build();
  }

  static SparkPod of(Role role) {
    return ImmutableSparkPod.builder().role(role).build();
  }

  /** The typed CPU request: {@link #coreRequest()}, else {@link #cores()}, else one core (for validation). */
  Cpu cpuRequest() {
    return coreRequest().orElse(Cpu.cores(cores().orElse(1)));
  }

  /**
   * No lambdas, method references or streams on this package's validation path: each call site
   * costs ~0.25 ms to link at first use in a cold process, even when the lambda never runs (a
   * one-app render linked about 90 of them in this package).
   */
  void validate(Problems p) {
    if (cores().isPresent() && cores().getAsInt() <= 0) {
      p.add("cores %d must be at least 1", cores().getAsInt());
    }
    Amount.check(p, "coreRequest", coreRequest());
    Amount.check(p, "coreLimit", coreLimit());
    if (coreRequest().isPresent() && coreRequest().get().toMillicores() == 0 && coreRequest().get().isValid()) {
      p.add("coreRequest must be more than 0");
    }
    if (coreLimit().isPresent() && coreLimit().get().isValid() && cpuRequest().isValid()
        && coreLimit().get().compareTo(cpuRequest()) < 0) {
      p.add("coreLimit %s is below the CPU request %s", coreLimit().get(), cpuRequest());
    }
    if (memory().isPresent()) {
      memory().get().validate(p, "memory");
      Ranges.podMemory(p, "memory", memory().get());
    }
    if (memoryOverhead().isPresent()) {
      memoryOverhead().get().validate(p, "memoryOverhead");
      Ranges.podMemory(p, "memoryOverhead", memoryOverhead().get());
    }
    Ranges.overheadFactor(p, memoryOverheadFactor());
    if (memoryOverhead().isPresent() && memoryOverheadFactor().isPresent()) {
      p.add("sets both memoryOverhead and memoryOverheadFactor; Spark uses only memoryOverhead");
    }
    if (memory().isPresent() && memory().get().isValid() && memory().get().toBytes() < Memory.mib(1).toBytes()) {
      p.add("memory %s is less than 1 MiB", memory().get());
    }
    if (gpus().isPresent() && gpus().getAsInt() <= 0) {
      p.add("gpus %d must be at least 1", gpus().getAsInt());
    }
    if (gpuResource().isPresent()) {
      Names.qualifiedKey(p, "GPU resource", gpuResource().get());
    }
    if (instances().isPresent()) {
      if (role() == Role.DRIVER) {
        p.add("instances is for executors; an app has one driver");
      } else {
        Ranges.pods(p, "instances", instances().getAsInt());
      }
    }
    Names.dnsSubdomain(p, "service account", serviceAccount());
    Images.check(p, "image", image());
    Texts.check(p, "javaOptions", javaOptions());
    Names.labels(p, labels());
    Names.annotations(p, annotations());
    List<String> envNames = new ArrayList<>();
    for (int i = 0; i < env().size(); i++) {
      env().get(i).validate(p.at("env", i));
      envNames.add(env().get(i).name());
    }
    Duplicates.check(p, "environment variable", envNames);
    List<String> volumeNames = new ArrayList<>();
    List<String> mountPaths = new ArrayList<>();
    for (int i = 0; i < volumes().size(); i++) {
      volumes().get(i).validate(p.at("volume", i));
      volumeNames.add(volumes().get(i).name());
      mountPaths.add(volumes().get(i).mountPath());
    }
    Duplicates.check(p, "volume", volumeNames);
    Duplicates.check(p, "mount path", mountPaths);
    scheduling().validate(p);
    Names.dnsSubdomain(p, "priority class", priorityClassName());
    if (securityContext().isPresent()) {
      securityContext().get().validate(p.at("securityContext"), false);
    }
    if (podSecurityContext().isPresent()) {
      podSecurityContext().get().validate(p.at("podSecurityContext"), true);
    }
    PodTemplateRules.validate(this, p);
    if (template().isPresent()) {
      TemplateOverlap.pod(p.at("template"), this, template().get());
    }
    if (allocator().isPresent() && role() == Role.DRIVER) {
      p.add("allocator is for executors; the driver pod is created by the operator");
    }
  }

  // ---- apache operator features

  /** Executors only: how the driver creates their pods; empty is Spark's default ({@code direct}). */
  public abstract Optional<PodAllocator> allocator();

  public SparkPod allocator(PodAllocator allocator) {
    return ImmutableSparkPod.builder().from(this).allocator(allocator).build();
  }
}
