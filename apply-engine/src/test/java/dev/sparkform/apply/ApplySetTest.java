package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplySetTest {
  /**
   * Expected values computed outside Java, by hand:
   * <pre>
   * printf '%s' 'sparkform-spark-pi.spark-jobs.Secret.' | openssl dgst -sha256 -binary | basenc --base64url
   * y9ZrFH1_Fctw3GnP3u3tkpf4bteXP4zEe063gyLAI30=
   * printf '%s' 'name.ns.Secret.' | openssl dgst -sha256 -binary | basenc --base64url
   * vLPbIUe-_Z7vNNK9nmpg3V0nSKWkRDcvnfMvrMwsL38=
   * </pre>
   * (hex digest of the first, by sha256sum: cbd66b147d7f15cb..., so the first character is 'y':
   * 0xcb = 110010.11, and 110010 is 'y' in the base64url alphabet), then the padding ({@code =}) removed and {@code applyset-}/{@code -v1} added, as KEP-3659 says.
   */
  @Test
  void idIsKep3659OfTheParentSecret() {
    assertEquals("applyset-y9ZrFH1_Fctw3GnP3u3tkpf4bteXP4zEe063gyLAI30-v1",
        ApplySet.forStack("spark-pi", "spark-jobs").id());
    assertEquals("applyset-vLPbIUe-_Z7vNNK9nmpg3V0nSKWkRDcvnfMvrMwsL38-v1", ApplySet.id("name", "ns", "Secret", ""));
  }

  @Test
  void parentIsASecretNamedAfterTheStackInItsNamespace() {
    ApplySet set = ApplySet.forStack("spark-pi", "spark-jobs");
    assertEquals(new ObjectRef("v1", "Secret", "spark-jobs", "sparkform-spark-pi"), set.parent());
    assertEquals("default", ApplySet.forStack("x", null).parent().namespace());
  }

  @Test
  void parentListsSortedGroupKindsAndOtherNamespaces() {
    ApplySet set = ApplySet.forStack("s", "jobs");
    List<ObjectRef> members = List.of(
        new ObjectRef("rbac.authorization.k8s.io/v1", "RoleBinding", "jobs", "b"),
        new ObjectRef("v1", "Namespace", null, "jobs"),
        new ObjectRef("v1", "ServiceAccount", "other", "sa"),
        new ObjectRef("rbac.authorization.k8s.io/v1", "ClusterRole", null, "c"),
        new ObjectRef("v1", "ServiceAccount", "jobs", "sa"));
    Map<String, Object> parent = set.parentObject(members);
    assertEquals("ClusterRole.rbac.authorization.k8s.io,Namespace,RoleBinding.rbac.authorization.k8s.io,ServiceAccount",
        LiveReader.annotation(parent, ApplySet.GROUP_KINDS));
    assertEquals("other", LiveReader.annotation(parent, ApplySet.ADDITIONAL_NAMESPACES));
    assertEquals(set.id(), LiveReader.label(parent, ApplySet.ID_LABEL));
    assertTrue(LiveReader.annotation(parent, ApplySet.TOOLING).startsWith("sparkform/"));
    assertEquals("Secret", parent.get("kind"));
  }

  @Test
  void toolingOfAnotherToolIsNotOurs() {
    assertTrue(ApplySet.ownTooling("sparkform/0.1.0"));
    assertFalse(ApplySet.ownTooling("kubectl/v1.32.0"));
    assertFalse(ApplySet.ownTooling(null));
  }
}
