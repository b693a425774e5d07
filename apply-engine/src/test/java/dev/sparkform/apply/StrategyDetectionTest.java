package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which write strategy a server gets, from what it says at {@code GET /version}. */
class StrategyDetectionTest {
  final KubernetesMockServer server = new KubernetesMockServer(false);
  final KubernetesClient client;

  StrategyDetectionTest() {
    server.init();
    client = server.createClient();
  }

  @AfterEach
  void close() {
    client.close();
    server.destroy();
  }

  private void version(String major, String minor) {
    server.setVersionInfo(new VersionInfo.Builder().withMajor(major).withMinor(minor).build());
  }

  @Test
  void kubernetes122AndLaterGetServerSideApply() {
    version("1", "30+");
    assertEquals(WriteStrategy.serverSide(client, false).name(), WriteStrategy.detect(client, false).name());
  }

  @Test
  void theBoundaryIsKubernetes122WhereServerSideApplyIsGenerallyAvailable() {
    version("1", "22");
    assertEquals("server-side", WriteStrategy.detect(client, false).name());
    version("1", "21");
    assertEquals("client-side", WriteStrategy.detect(client, false).name());
  }

  @Test
  void plansDryRunOnlyOnServersThatSayTheirVersion() {
    // fabric8's in-memory server answers 0.0 and ignores dryRun (it would write): never dry-run there.
    assertEquals(false, ServerVersion.isReal(client));
    version("1", "22");
    assertEquals(true, ServerVersion.isReal(client));
  }

  @Test
  void olderServersGetClientSide() {
    version("1", "21");
    assertEquals(WriteStrategy.clientSide(client).name(), WriteStrategy.detect(client, false).name());
  }

  @Test
  void aServerThatDoesNotSayItsVersionGetsClientSide() {
    // fabric8's in-memory server answers /version with 0.0 unless told otherwise
    assertEquals(WriteStrategy.clientSide(client).name(), WriteStrategy.detect(client, false).name());
  }

  @Test
  void leadingNumbersOfManagedClusterVersions() {
    assertEquals(30, ServerVersion.leadingNumber("30+"));
    assertEquals(1, ServerVersion.leadingNumber("1"));
    assertEquals(-1, ServerVersion.leadingNumber(""));
    assertEquals(-1, ServerVersion.leadingNumber(null));
  }
}
