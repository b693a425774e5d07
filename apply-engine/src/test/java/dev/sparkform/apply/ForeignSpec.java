package dev.sparkform.apply;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An object someone else created before sparkform runs (with the fabric8 client, as kubectl
 * would): of a kind, namespace and name that may well be the stack's, with content of its own.
 */
record ForeignSpec(ObjectKind kind, String namespace, String name, Ownership ownership, String value) {
  ForeignSpec {
    namespace = kind == ObjectKind.NAMESPACE ? null : namespace;
  }

  ObjectRef ref() {
    return kind.ref(namespace, name);
  }

  String path() {
    return kind.path(namespace, name);
  }

  HasMetadata build(ApplySet ours) {
    ObjectMeta meta = new ObjectMetaBuilder().withName(name).withNamespace(namespace)
        .withLabels(ownership.labels(ours)).withAnnotations(ownership.annotations()).build();
    String v = "foreign-" + value;
    return switch (kind) {
      case NAMESPACE -> new NamespaceBuilder().withMetadata(meta).build();
      case CONFIG_MAP -> new ConfigMapBuilder().withMetadata(meta).addToData("k", v).addToData("theirs", v).build();
      case SECRET -> new SecretBuilder().withMetadata(meta).withType("Opaque")
          .addToData("k", Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))).build();
      case SERVICE_ACCOUNT -> new ServiceAccountBuilder().withMetadata(meta).withAutomountServiceAccountToken(false).build();
      case ROLE -> new RoleBuilder().withMetadata(meta).withRules(new PolicyRuleBuilder().withApiGroups("")
          .withResources("secrets").withVerbs("get", "watch").build()).build();
      case ROLE_BINDING -> new RoleBindingBuilder().withMetadata(meta).withNewRoleRef("rbac.authorization.k8s.io",
          "Role", "theirs-" + value).addNewSubject().withKind("User").withName("them").endSubject().build();
    };
  }

  @Override
  public String toString() {
    return kind.kind + " " + (namespace == null ? name : namespace + "/" + name) + " (" + ownership + ")";
  }
}
