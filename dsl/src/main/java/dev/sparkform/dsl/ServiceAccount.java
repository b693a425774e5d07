package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The identity a Spark driver runs as; bind it to a {@link Role} that lets it create executor pods. */
@Value.Immutable
public abstract class ServiceAccount implements StackResource {
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public abstract Map<String, String> labels();

  @Override
  public abstract Map<String, String> annotations();

  /** Registry credentials (Secrets of type {@code kubernetes.io/dockerconfigjson}) for pods that use it. */
  public abstract List<String> imagePullSecrets();

  /** Whether pods get the API token mounted; Spark drivers need it (the default, unset, means yes). */
  public abstract Optional<Boolean> automountToken();

  @Override
  public String kind() {
    return "ServiceAccount";
  }

  @Override
  public boolean namespaced() {
    return true;
  }

  public ServiceAccount namespace(String namespace) {
    return ImmutableServiceAccount.builder().from(this).namespace(namespace).build();
  }

  public ServiceAccount label(String key, String value) {
    return ImmutableServiceAccount.builder().from(this).putLabels(key, value).build();
  }

  public ServiceAccount annotation(String key, String value) {
    return ImmutableServiceAccount.builder().from(this).putAnnotations(key, value).build();
  }

  public ServiceAccount imagePullSecrets(String... secretNames) {
    return ImmutableServiceAccount.builder().from(this).imagePullSecrets(Arrays.asList(secretNames)).build();
  }

  public ServiceAccount automountToken(boolean automount) {
    return ImmutableServiceAccount.builder().from(this).automountToken(automount).build();
  }

  static ServiceAccount named(String name) {
    return ImmutableServiceAccount.builder().name(name).build();
  }

  @Override
  public void validate(Problems p) {
    Metadata.validate(p, this, Metadata.NameRule.DNS_SUBDOMAIN);
    for (int i = 0; i < imagePullSecrets().size(); i++) {
      Names.dnsSubdomain(p.at("imagePullSecrets", i), "secret name", imagePullSecrets().get(i));
    }
    Duplicates.check(p, "image pull secret", imagePullSecrets());
  }
}
