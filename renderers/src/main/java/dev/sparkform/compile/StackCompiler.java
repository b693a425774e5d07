package dev.sparkform.compile;

import dev.sparkform.dsl.ConfigMap;
import dev.sparkform.dsl.HistoryServer;
import dev.sparkform.dsl.Included;
import dev.sparkform.dsl.LimitRange;
import dev.sparkform.dsl.Namespace;
import dev.sparkform.dsl.PolicyRule;
import dev.sparkform.dsl.Problems;
import dev.sparkform.dsl.ResourceQuota;
import dev.sparkform.dsl.Resources;
import dev.sparkform.dsl.Role;
import dev.sparkform.dsl.RoleBinding;
import dev.sparkform.dsl.Secret;
import dev.sparkform.dsl.ServiceAccount;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.SparkCluster;
import dev.sparkform.dsl.SparkConnect;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import dev.sparkform.dsl.Subject;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.LimitRangeItemBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Compiles a {@link Stack} to fabric8 model objects in {@link InstallOrder}, with stable names.
 * Validates first: an invalid stack throws one {@link dev.sparkform.dsl.ValidationException}
 * listing every problem (including secret values that cannot be read), and nothing is produced.
 */
public final class StackCompiler {
  private final SecretResolver secrets;
  private final Target target;

  private StackCompiler(SecretResolver secrets, Target target) {
    this.secrets = secrets;
    this.target = target;
  }

  /** Secrets from the environment and files; Spark resources for the kubeflow operator. */
  public static StackCompiler create() {
    return new StackCompiler(SecretResolver.system(), Target.KUBEFLOW);
  }

  public static StackCompiler withSecrets(SecretResolver secrets) {
    return new StackCompiler(secrets, Target.KUBEFLOW);
  }

  /** The same compiler, rendering Spark resources for {@code target}. */
  public StackCompiler target(Target target) {
    return new StackCompiler(secrets, target);
  }

  public List<HasMetadata> compile(Stack stack) {
    List<dev.sparkform.dsl.Problem> invalid = stack.problems();
    Problems problems = Problems.root().at("stack " + stack.name());
    if (!invalid.isEmpty()) {
      // Secret values are read even so, so that one pass lists every problem: fixing the others must
      // not reveal an unset variable or an unreadable file only on the next run.
      for (StackResource r : stack.resources()) {
        Problems p = problems.at(r.describe());
        if (r instanceof Secret s && invalid.stream()
            .noneMatch(x -> x.path().equals(p.path()) || x.path().startsWith(p.path() + " > "))) {
          secret(s, meta(stack, r.name(), stack.namespaceOf(r), Map.of(), Map.of()), p);
        }
      }
      List<dev.sparkform.dsl.Problem> all = new ArrayList<>(invalid);
      all.addAll(problems.all());
      throw new dev.sparkform.dsl.ValidationException(all);
    }
    List<HasMetadata> out = new ArrayList<>();
    for (StackResource r : stack.allResources(target.submission())) {
      compile(stack, r, problems.at(r.describe()), out);
    }
    for (HasMetadata o : out) {
      UnwritableText.check(o, problems);
    }
    problems.throwIfAny();
    out.sort(InstallOrder.comparator());
    return out;
  }

  private void compile(Stack stack, StackResource r, Problems p, List<HasMetadata> out) {
    if (r instanceof Included) {
      out.add(included(stack, (Included) r));
      return;
    }
    ObjectMeta meta = meta(stack, r.name(), stack.namespaceOf(r), r.labels(), r.annotations());
    if (r instanceof Namespace) {
      namespace(stack, (Namespace) r, meta, out);
    } else if (r instanceof ServiceAccount) {
      ServiceAccount sa = (ServiceAccount) r;
      out.add(new ServiceAccountBuilder().withMetadata(meta)
          .withImagePullSecrets(PodParts.references(sa.imagePullSecrets()))
          .withAutomountServiceAccountToken(sa.automountToken().orElse(null))
          .build());
    } else if (r instanceof Role) {
      out.add(role((Role) r, meta));
    } else if (r instanceof RoleBinding) {
      out.add(binding(stack, (RoleBinding) r, meta));
    } else if (r instanceof ConfigMap) {
      ConfigMap cm = (ConfigMap) r;
      out.add(new ConfigMapBuilder().withMetadata(meta).withData(new LinkedHashMap<>(cm.data()))
          .withImmutable(cm.immutable().orElse(null)).build());
    } else if (r instanceof Secret) {
      Optional<HasMetadata> secret = secret((Secret) r, meta, p);
      if (secret.isPresent()) {
        out.add(secret.get());
      }
    } else if (r instanceof SparkConnect) {
      SparkConnectCompiler.compile(target, (SparkConnect) r, meta, p, out);
    } else if (r instanceof HistoryServer) {
      out.addAll(HistoryServerCompiler.compile((HistoryServer) r, meta));
    } else if (r instanceof SparkApp || r instanceof SparkCluster) {
      SparkResources.compile(target, stack, r, meta, p, out);
    } else {
      p.add("kind %s cannot be compiled by this version of sparkform", r.kind());
    }
  }

  /** The object as given, in the stack's namespace (when namespaced and it names none) with the stack's labels. */
  private static HasMetadata included(Stack stack, Included r) {
    HasMetadata o = r.object();
    ObjectMeta meta = o.getMetadata();
    meta.setNamespace(stack.namespaceOf(r));
    meta.setLabels(stack.labelsOf(r.labels()));
    return o;
  }

  static ObjectMeta meta(Stack stack, String name, String namespace, Map<String, String> labels,
      Map<String, String> annotations) {
    return new ObjectMetaBuilder().withName(name).withNamespace(namespace)
        .withLabels(stack.labelsOf(labels))
        .withAnnotations(new LinkedHashMap<>(annotations))
        .build();
  }

  private static void namespace(Stack stack, Namespace ns, ObjectMeta meta, List<HasMetadata> out) {
    if (!ns.podNodeSelector().isEmpty()) {
      Map<String, String> annotations = new LinkedHashMap<>(ns.annotations());
      StringJoiner selector = new StringJoiner(",");
      for (Map.Entry<String, String> e : new TreeMap<>(ns.podNodeSelector()).entrySet()) {
        selector.add(e.getKey() + "=" + e.getValue());
      }
      annotations.put(Namespace.NODE_SELECTOR_ANNOTATION, selector.toString());
      meta.setAnnotations(annotations);
    }
    out.add(new NamespaceBuilder().withMetadata(meta).build());
    for (ResourceQuota q : ns.quotas()) {
      Map<String, Quantity> hard = new LinkedHashMap<>();
      put(hard, "requests.", q.requests());
      put(hard, "limits.", q.limits());
      if (q.pods().isPresent()) {
        hard.put("pods", new Quantity(Long.toString(q.pods().getAsLong())));
      }
      if (q.persistentVolumeClaims().isPresent()) {
        hard.put("persistentvolumeclaims", new Quantity(Long.toString(q.persistentVolumeClaims().getAsLong())));
      }
      if (q.storage().isPresent()) {
        hard.put("requests.storage", new Quantity(q.storage().get().toKubernetes()));
      }
      out.add(new ResourceQuotaBuilder().withMetadata(meta(stack, q.name(), ns.name(), Map.of(), Map.of()))
          .withNewSpec().withHard(hard).endSpec().build());
    }
    for (LimitRange l : ns.limitRanges()) {
      out.add(new LimitRangeBuilder().withMetadata(meta(stack, l.name(), ns.name(), Map.of(), Map.of()))
          .withNewSpec().withLimits(new LimitRangeItemBuilder().withType("Container")
              .withDefault(quantities(l.defaultLimit()))
              .withDefaultRequest(quantities(l.defaultRequest()))
              .withMin(quantities(l.min()))
              .withMax(quantities(l.max()))
              .build())
          .endSpec().build());
    }
  }

  private static void put(Map<String, Quantity> into, String prefix, Optional<Resources> resources) {
    if (resources.isEmpty()) {
      return;
    }
    Resources r = resources.get();
    if (r.cpu().isPresent()) {
      into.put(prefix + "cpu", new Quantity(r.cpu().get().toKubernetes()));
    }
    if (r.memory().isPresent()) {
      into.put(prefix + "memory", new Quantity(r.memory().get().toKubernetes()));
    }
  }

  /** Empty rather than null when absent: that is what reading the rendered YAML back gives. */
  private static Map<String, Quantity> quantities(Optional<Resources> r) {
    Map<String, Quantity> m = new LinkedHashMap<>();
    put(m, "", r);
    return m;
  }

  private static HasMetadata role(Role role, ObjectMeta meta) {
    List<io.fabric8.kubernetes.api.model.rbac.PolicyRule> rules = new ArrayList<>();
    for (PolicyRule r : role.rules()) {
      rules.add(rule(r));
    }
    if (role.clusterWide()) {
      return new ClusterRoleBuilder().withMetadata(meta).withRules(rules).build();
    }
    return new RoleBuilder().withMetadata(meta).withRules(rules).build();
  }

  private static io.fabric8.kubernetes.api.model.rbac.PolicyRule rule(PolicyRule r) {
    return new io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder()
        .withApiGroups(r.apiGroups()).withResources(r.resources()).withResourceNames(r.resourceNames())
        .withVerbs(r.verbs()).withNonResourceURLs(r.nonResourceUrls()).build();
  }

  private static HasMetadata binding(Stack stack, RoleBinding b, ObjectMeta meta) {
    String defaultNs = b.clusterWide() ? stack.namespace() : stack.namespaceOf(b);
    List<io.fabric8.kubernetes.api.model.rbac.Subject> subjects = new ArrayList<>();
    for (Subject s : b.subjects()) {
      boolean sa = s.kind() == Subject.Kind.SERVICE_ACCOUNT;
      subjects.add(new io.fabric8.kubernetes.api.model.rbac.SubjectBuilder()
          .withKind(s.kubernetesKind()).withName(s.name())
          .withNamespace(sa ? s.namespace().orElse(defaultNs) : null)
          .withApiGroup(sa ? null : "rbac.authorization.k8s.io")
          .build());
    }
    io.fabric8.kubernetes.api.model.rbac.RoleRef ref = new io.fabric8.kubernetes.api.model.rbac.RoleRefBuilder()
        .withApiGroup("rbac.authorization.k8s.io").withKind(b.roleKind().orElseThrow())
        .withName(b.roleName().orElseThrow()).build();
    if (b.clusterWide()) {
      return new ClusterRoleBindingBuilder().withMetadata(meta).withRoleRef(ref).withSubjects(subjects).build();
    }
    return new RoleBindingBuilder().withMetadata(meta).withRoleRef(ref).withSubjects(subjects).build();
  }

  private Optional<HasMetadata> secret(Secret s, ObjectMeta meta, Problems p) {
    Map<String, String> data = new LinkedHashMap<>();
    boolean ok = true;
    long size = 0;
    for (Map.Entry<String, dev.sparkform.dsl.SecretValue> e : s.data().entrySet()) {
      StringBuilder why = new StringBuilder();
      Optional<byte[]> bytes = secrets.resolve(e.getValue(), why);
      if (bytes.isPresent()) {
        SecretFormats.check(s.type(), e.getKey(), bytes.get(), p.at("data " + e.getKey()));
        size += bytes.get().length;
        data.put(e.getKey(), Base64.getEncoder().encodeToString(bytes.get()));
      } else {
        p.at("data " + e.getKey()).add(why.toString());
        ok = false;
      }
    }
    if (size > ConfigMap.MAX_DATA_BYTES) {
      p.add("data is %d bytes; Kubernetes stores at most %d (1 MiB) in a Secret", size, ConfigMap.MAX_DATA_BYTES);
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new SecretBuilder().withMetadata(meta).withType(s.type()).withData(data)
        .withImmutable(s.immutable().orElse(null)).build());
  }
}
