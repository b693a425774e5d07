package dev.sparkform.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.Pluralize;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.internal.OperationSupport;
import java.net.MalformedURLException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few API calls the engine makes, on plain data, through fabric8's generic resources (no
 * discovery needed for the kinds fabric8 knows). One method, one request: 429, 5xx and I/O errors
 * are retried by fabric8's client itself, with exponential backoff (waiting at least a response's
 * {@code Retry-After}: its StandardHttpClient takes the larger of the two), a bounded number of times
 * (RetryTest); 409 conflicts are the strategy's to handle.
 */
final class Cluster {
  private final KubernetesClient client;
  private final Map<String, ResourceDefinitionContext> contexts = new ConcurrentHashMap<>();

  Cluster(KubernetesClient client) {
    this.client = client;
  }

  KubernetesClient client() {
    return client;
  }

  Optional<Map<String, Object>> get(ObjectRef ref) {
    GenericKubernetesResource r = resource(ref).get();
    return Optional.ofNullable(r).map(Plain::object);
  }

  /** Objects of a kind with label {@code key=value} (an equality selector: the only kind every server honours). */
  List<Map<String, Object>> list(String apiVersion, String kind, String namespace, String key, String value) {
    var op = kind(apiVersion, kind, namespace != null);
    GenericKubernetesResourceList list = namespace == null
        ? op.withLabel(key, value).list()
        : op.inNamespace(namespace).withLabel(key, value).list();
    List<Map<String, Object>> out = new ArrayList<>();
    for (GenericKubernetesResource r : list.getItems()) {
      // List items may come without apiVersion/kind (real API servers omit them).
      r.setApiVersion(apiVersion);
      r.setKind(kind);
      out.add(Plain.object(r));
    }
    return out;
  }

  /**
   * The names of every object of {@code ofKind}'s kind in its namespace (or of a cluster-scoped kind), whoever owns
   * it, in one request that asks for metadata only ({@code PartialObjectMetadataList}): what a plan
   * needs to know of the names nobody labelled as the stack's. A server that ignores the request
   * for metadata only (the in-memory one) sends whole objects, which have the names too.
   */
  Set<String> names(ObjectRef ofKind) {
    String kind = ofKind.kind();
    String namespace = ofKind.namespace();
    String url = url(ofKind, false);
    HttpClient http = client.getHttpClient();
    HttpRequest request = http.newHttpRequestBuilder().uri(url)
        .header("Accept", "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json").build();
    HttpResponse<String> response;
    try {
      response = http.sendAsync(request, String.class).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KubernetesClientException("interrupted listing " + kind, e);
    } catch (ExecutionException e) {
      throw new KubernetesClientException("cannot list " + kind + ": " + e.getCause().getMessage(), e.getCause());
    }
    if (!response.isSuccessful()) {
      throw new KubernetesClientException("listing " + kind + (namespace == null ? "" : " in " + namespace)
          + " answered " + response.code() + ": " + response.body(), response.code(), null);
    }
    Set<String> names = new LinkedHashSet<>();
    Object items = Plain.parseJson(response.body()).get("items");
    for (Object item : items instanceof List<?> l ? l : List.of()) {
      Object name = Plain.map(Plain.map(item).get("metadata")).get("name");
      if (name != null) {
        names.add(name.toString());
      }
    }
    return names;
  }

  /** Every object of a kind in a namespace, whoever owns it (found by discovery: {@code plural} is known). */
  List<GenericKubernetesResource> listAll(String apiVersion, String kind, String plural, String namespace) {
    int slash = apiVersion.indexOf('/');
    ResourceDefinitionContext ctx = new ResourceDefinitionContext.Builder()
        .withGroup(slash < 0 ? "" : apiVersion.substring(0, slash)).withVersion(apiVersion.substring(slash + 1))
        .withKind(kind).withPlural(plural).withNamespaced(true).build();
    return client.genericKubernetesResources(ctx).inNamespace(namespace).list().getItems();
  }

  Map<String, Object> create(Map<String, Object> object) {
    return create(object, false);
  }

  /**
   * POST as field manager {@value WriteStrategy#FIELD_MANAGER} with strict field validation (an
   * unknown field is refused, not dropped); {@code dryRun}: the server validates and admits it but
   * stores nothing. (fabric8's create sends no field manager: the server would record its user agent.)
   */
  Map<String, Object> create(Map<String, Object> object, boolean dryRun) {
    ObjectRef ref = ObjectRef.of(object);
    return send("POST", url(ref, false), object, dryRun);
  }

  Map<String, Object> update(Map<String, Object> object) {
    return update(object, false);
  }

  /** PUT: replaces the object; its {@code metadata.resourceVersion} makes a stale write fail with 409. */
  Map<String, Object> update(Map<String, Object> object, boolean dryRun) {
    ObjectRef ref = ObjectRef.of(object);
    return send("PUT", url(ref, true), object, dryRun);
  }

  private Map<String, Object> send(String method, String url, Map<String, Object> object, boolean dryRun) {
    String query = "?fieldManager=" + WriteStrategy.FIELD_MANAGER + "&fieldValidation=Strict" + (dryRun ? "&dryRun=All" : "");
    return Plain.parseJson(client.raw(url + query, method, object));
  }

  /** The collection's URL (for a POST) or the object's (for a PUT). */
  private String url(ObjectRef ref, boolean object) {
    try {
      OperationSupport op = (OperationSupport) kind(ref);
      return (object ? op.getResourceUrl(ref.namespace(), ref.name()) : op.getNamespacedUrl()).toString();
    } catch (MalformedURLException e) {
      throw new KubernetesClientException("no URL for " + ref + ": " + e.getMessage());
    }
  }

  void delete(ObjectRef ref) {
    resource(ref).delete();
  }

  /**
   * Deletes the object only if it is still the one that was read: same uid (not deleted and
   * re-created since) and, when given, same resourceVersion (not changed since); otherwise the
   * server answers 409 and deletes nothing. Dependants are deleted in the background, as kubectl does.
   */
  void delete(Map<String, Object> live, boolean sameVersion) {
    ObjectRef ref = ObjectRef.of(live);
    Map<String, Object> meta = Plain.map(live.get("metadata"));
    Map<String, Object> preconditions = new java.util.LinkedHashMap<>();
    preconditions.put("uid", meta.get("uid"));
    if (sameVersion) {
      preconditions.put("resourceVersion", meta.get("resourceVersion"));
    }
    Map<String, Object> options = new java.util.LinkedHashMap<>();
    options.put("apiVersion", "v1");
    options.put("kind", "DeleteOptions");
    options.put("propagationPolicy", "Background");
    options.put("preconditions", preconditions);
    try {
      client.raw(url(ref, true), "DELETE", options);
    } catch (KubernetesClientException e) {
      if (e.getCode() != java.net.HttpURLConnection.HTTP_NOT_FOUND) {
        throw e; // gone already is what a delete wants
      }
    }
  }

  private Resource<GenericKubernetesResource> resource(ObjectRef ref) {
    return kind(ref).withName(ref.name());
  }

  private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
      Resource<GenericKubernetesResource>> kind(ObjectRef ref) {
    var op = kind(ref.apiVersion(), ref.kind(), ref.namespace() != null);
    return ref.namespace() == null ? op : op.inNamespace(ref.namespace());
  }

  /**
   * Operations on a kind. fabric8 knows the built-in kinds; for others (custom resources) it asks
   * the server's discovery, which fails when the CRD comes with this very apply (and always on the
   * in-memory server, which serves none): then the resource is named as Kubernetes names CRDs'
   * plurals by convention. Remembered per kind, so discovery is asked once.
   */
  MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> kind(
      String apiVersion, String kind, boolean namespaced) {
    ResourceDefinitionContext known = contexts.get(apiVersion + "/" + kind);
    if (known != null) {
      return client.genericKubernetesResources(known);
    }
    try {
      return client.genericKubernetesResources(apiVersion, kind);
    } catch (KubernetesClientException e) {
      int slash = apiVersion.indexOf('/');
      ResourceDefinitionContext ctx = new ResourceDefinitionContext.Builder()
          .withGroup(slash < 0 ? "" : apiVersion.substring(0, slash))
          .withVersion(apiVersion.substring(slash + 1)).withKind(kind)
          .withPlural(Pluralize.toPlural(kind.toLowerCase(Locale.ROOT))).withNamespaced(namespaced).build();
      contexts.put(apiVersion + "/" + kind, ctx);
      return client.genericKubernetesResources(ctx);
    }
  }

  static GenericKubernetesResource generic(Map<String, Object> object) {
    return Plain.JSON.convertValue(object, GenericKubernetesResource.class);
  }
}
