package dev.sparkform.kubetier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test tier itself: a real server that validates, authorizes, audits and keeps namespaces Terminating. */
@ExtendWith(RealApiServerExtension.class)
class KubeApiServerTest {
  @Test
  void servesVersionAndCountsWritesByUser(KubeApiServer server) {
    KubernetesClient admin = server.client();
    assertEquals("1", admin.getKubernetesVersion().getMajor());
    server.createNamespace("audit-probe");
    int before = server.audit().size();
    admin.configMaps().inNamespace("audit-probe").resource(new ConfigMapBuilder().withNewMetadata()
        .withName("c").endMetadata().addToData("k", "v").build()).create();
    admin.configMaps().inNamespace("audit-probe").resource(new ConfigMapBuilder().withNewMetadata()
        .withName("d").endMetadata().build()).dryRun().create();
    var writes = server.audit().since(before).writesBy(KubeApiServer.ADMIN);
    assertEquals(1, writes.size(), () -> "one write, the dry run not counted: " + writes);
    assertEquals("create", writes.get(0).verb());
    assertEquals("c", writes.get(0).name());
    server.deleteNamespace("audit-probe");
    assertNull(admin.namespaces().withName("audit-probe").get());
  }

  @Test
  void plainUsersHaveNoRightsUntilGranted(KubeApiServer server) {
    KubernetesClient deployer = server.client(KubeApiServer.DEPLOYER);
    KubernetesClientException e = assertThrows(KubernetesClientException.class,
        () -> deployer.configMaps().inNamespace("default").list());
    assertEquals(403, e.getCode());
  }

  @Test
  void strictValidationRefusesUnknownFields(KubeApiServer server) {
    int code = server.send("POST", "/api/v1/namespaces/default/configmaps?fieldValidation=Strict",
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"},\"dataa\":{}}");
    assertEquals(400, code);
  }

  @Test
  void installsTheOperatorsCrds(KubeApiServer server) {
    org.junit.jupiter.api.Assumptions.assumeTrue(RealApiServerExtension.crdFolder().isPresent(),
        "no ../shared/reference/crds: the operators' CRDs are not installed");
    var names = server.client().apiextensions().v1().customResourceDefinitions().list().getItems().stream()
        .map(c -> c.getMetadata().getName()).toList();
    assertTrue(names.contains("sparkapplications.sparkoperator.k8s.io"), names::toString);
    assertTrue(names.contains("sparkapplications.spark.apache.org"), names::toString);
    assertTrue(names.contains("sparkclusters.spark.apache.org"), names::toString);
  }
}
