package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.examples.Examples;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory server cannot do server-side apply, so the request shape is checked against the
 * mock server's expectations mode: PATCH to the object's path, content type
 * application/apply-patch+yaml, fieldManager=sparkform, force=true only when asked.
 */
class ServerSideApplyTest {
  final KubernetesMockServer server = new KubernetesMockServer(false);
  final KubernetesClient client;

  ServerSideApplyTest() {
    server.init();
    client = server.createClient();
  }

  @AfterEach
  void close() {
    client.close();
    server.destroy();
  }

  static Map<String, Object> roleBinding() {
    List<HasMetadata> objects = SandboxCluster.compile(Examples.named("spark-pi").orElseThrow().define());
    HasMetadata rb = objects.stream().filter(o -> o.getKind().equals("RoleBinding")).findFirst().orElseThrow();
    return Desired.of(ApplySet.forStack("spark-pi", "spark-jobs"), dev.sparkform.render.PlainData.of(rb));
  }

  @Test
  void appliesWithOurFieldManagerAndForcesConflictsWhenAsked() throws InterruptedException {
    String path = "/apis/rbac.authorization.k8s.io/v1/namespaces/spark-jobs/rolebindings/spark-driver";
    Map<String, Object> desired = roleBinding();
    server.expect().patch().withPath(path + "?fieldManager=sparkform&force=true")
        .andReturn(200, Plain.json(desired)).once();

    Map<String, Object> stored = WriteStrategy.serverSide(client, true).create(desired);
    assertEquals("spark-driver", Plain.map(stored.get("metadata")).get("name"));

    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("PATCH", r.getMethod());
    assertEquals(path + "?fieldManager=sparkform&force=true", r.getPath());
    assertTrue(r.getHeader("Content-Type").startsWith("application/apply-patch+yaml"), r.getHeader("Content-Type"));
    String body = r.getUtf8Body();
    assertTrue(body.contains("roleRef"), body);
    assertTrue(body.contains(ApplySet.PART_OF_LABEL), body);
  }

  @Test
  void aConflictIsReportedWithTheOtherManagersName() {
    String path = "/apis/rbac.authorization.k8s.io/v1/namespaces/spark-jobs/rolebindings/spark-driver";
    server.expect().patch().withPath(path + "?fieldManager=sparkform").andReturn(409,
        "{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"status\":\"Failure\",\"code\":409,\"reason\":\"Conflict\","
            + "\"message\":\"Apply failed with 1 conflict: conflict with \\\"kubectl-edit\\\" using"
            + " rbac.authorization.k8s.io/v1: .subjects\"}").once();
    io.fabric8.kubernetes.client.KubernetesClientException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.fabric8.kubernetes.client.KubernetesClientException.class,
        () -> WriteStrategy.serverSide(client, false).create(roleBinding()));
    assertEquals("409 Apply failed with 1 conflict: conflict with \"kubectl-edit\" using rbac.authorization.k8s.io/v1:"
        + " .subjects", Applier.message(e));
  }

  @Test
  void withoutForceTheForceParameterIsAbsent() throws InterruptedException {
    String path = "/apis/rbac.authorization.k8s.io/v1/namespaces/spark-jobs/rolebindings/spark-driver";
    Map<String, Object> desired = roleBinding();
    server.expect().patch().withPath(path + "?fieldManager=sparkform").andReturn(200, Plain.json(desired)).once();
    WriteStrategy.serverSide(client, false).create(desired);
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(path + "?fieldManager=sparkform", r.getPath());
  }
}
