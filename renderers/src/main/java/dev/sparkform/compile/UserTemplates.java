package dev.sparkform.compile;

import dev.sparkform.dsl.SecurityProfile;
import dev.sparkform.dsl.SparkPod;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's own pod template or StatefulSet spec (explicit fabric8 interop) with the typed settings
 * laid over it: the typed values win for single fields, lists (tolerations, volumes, mounts, env)
 * gain the typed entries, and the typed main container merges into the user's container of the same
 * name, or comes first. The user's objects are copied, never changed.
 */
final class UserTemplates {
  private UserTemplates() {}

  /**
   * The pod's template: its user template (if any) under what {@link PodTemplates} derives, and, unless
   * the pod opted out, the {@link RestrictedDefaults} in every container, Spark's included (a template
   * without Spark's container would get one from Spark with no security context).
   */
  static Optional<PodTemplateSpec> pod(SparkPod pod) {
    Optional<PodTemplateSpec> typed = PodTemplates.of(pod);
    Optional<PodTemplateSpec> merged = typed;
    if (pod.template().isPresent()) {
      PodTemplateSpec out = new PodTemplateSpecBuilder(pod.template().get()).build();
      if (typed.isPresent()) {
        out.setSpec(merge(out.getSpec(), typed.get().getSpec()));
      }
      merged = Optional.of(out);
    }
    if (pod.securityProfile() != SecurityProfile.RESTRICTED) {
      return merged;
    }
    PodTemplateSpec out = merged.isPresent() ? new PodTemplateSpecBuilder(merged.get()).build() : new PodTemplateSpec();
    out.setSpec(RestrictedDefaults.pod(out.getSpec(), PodTemplates.containerName(pod)));
    return Optional.of(out);
  }

  /**
   * A pod Sparkform defines itself ({@link ServerPods}) over the user's template, the same way; its
   * service account, scheduler name and main container's image and pull policy win too.
   */
  static PodTemplateSpec under(Optional<PodTemplateSpec> user, PodTemplateSpec typed) {
    if (user.isEmpty()) {
      return typed;
    }
    PodTemplateSpec out = new PodTemplateSpecBuilder(user.get()).build();
    out.setMetadata(merge(out.getMetadata(), typed.getMetadata()));
    PodSpec t = typed.getSpec();
    PodSpec spec = merge(out.getSpec(), t);
    spec.setServiceAccountName(t.getServiceAccountName() != null ? t.getServiceAccountName() : spec.getServiceAccountName());
    spec.setSchedulerName(t.getSchedulerName() != null ? t.getSchedulerName() : spec.getSchedulerName());
    spec.setImagePullSecrets(concat(spec.getImagePullSecrets(), t.getImagePullSecrets()));
    for (Container c : t.getContainers()) {
      for (Container u : spec.getContainers()) {
        if (c.getName().equals(u.getName())) {
          u.setImage(c.getImage());
          u.setImagePullPolicy(c.getImagePullPolicy() != null ? c.getImagePullPolicy() : u.getImagePullPolicy());
        }
      }
    }
    out.setSpec(spec);
    return out;
  }

  /** The user's StatefulSet spec (may be null) with the typed one (may be null) laid over it. */
  static StatefulSetSpec statefulSet(StatefulSetSpec user, StatefulSetSpec typed, String container) {
    if (user == null || typed == null) {
      return user == null ? typed : new StatefulSetSpecBuilder(user).build();
    }
    StatefulSetSpec out = new StatefulSetSpecBuilder(user).build();
    PodTemplateSpec t = typed.getTemplate();
    if (out.getTemplate() == null) {
      out.setTemplate(t);
      return out;
    }
    out.getTemplate().setMetadata(merge(out.getTemplate().getMetadata(), t.getMetadata()));
    out.getTemplate().setSpec(merge(out.getTemplate().getSpec(), t.getSpec()));
    return out;
  }

  private static ObjectMeta merge(ObjectMeta user, ObjectMeta typed) {
    if (user == null || typed == null) {
      return user == null ? typed : user;
    }
    user.setLabels(union(user.getLabels(), typed.getLabels()));
    user.setAnnotations(union(user.getAnnotations(), typed.getAnnotations()));
    return user;
  }

  private static PodSpec merge(PodSpec user, PodSpec typed) {
    if (user == null || typed == null) {
      return user == null ? typed : user;
    }
    PodSpec out = new PodSpecBuilder(user).build();
    out.setNodeSelector(union(out.getNodeSelector(), typed.getNodeSelector()));
    out.setTolerations(concat(out.getTolerations(), typed.getTolerations()));
    out.setVolumes(concat(out.getVolumes(), typed.getVolumes()));
    if (typed.getAffinity() != null) {
      out.setAffinity(typed.getAffinity());
    }
    if (typed.getPriorityClassName() != null) {
      out.setPriorityClassName(typed.getPriorityClassName());
    }
    if (typed.getSecurityContext() != null) {
      out.setSecurityContext(typed.getSecurityContext());
    }
    List<Container> containers = new ArrayList<>(out.getContainers() == null ? List.of() : out.getContainers());
    for (Container c : typed.getContainers() == null ? List.<Container>of() : typed.getContainers()) {
      Container same = Containers.named(containers, c.getName());
      if (same != null) {
        merge(same, c);
      } else {
        containers.add(0, c);
      }
    }
    out.setContainers(containers);
    return out;
  }

  private static void merge(Container user, Container typed) {
    if (typed.getResources() != null) {
      user.setResources(typed.getResources());
    }
    if (typed.getSecurityContext() != null) {
      user.setSecurityContext(typed.getSecurityContext());
    }
    user.setVolumeMounts(concat(user.getVolumeMounts(), typed.getVolumeMounts()));
    user.setEnv(concat(user.getEnv(), typed.getEnv()));
  }

  private static Map<String, String> union(Map<String, String> user, Map<String, String> typed) {
    Map<String, String> out = new LinkedHashMap<>(user == null ? Map.of() : user);
    if (typed != null) {
      out.putAll(typed);
    }
    return out;
  }

  private static <T> List<T> concat(List<T> user, List<T> typed) {
    List<T> out = new ArrayList<>(user == null ? List.of() : user);
    if (typed != null) {
      out.addAll(typed);
    }
    return out;
  }
}
