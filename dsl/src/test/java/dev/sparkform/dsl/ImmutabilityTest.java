package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Fluent methods return new values; the value they are called on never changes. */
class ImmutabilityTest {

  @Test
  void addingResourcesLeavesTheStackUnchanged() {
    // given
    Stack original = stack("analytics");
    // when
    Stack changed = original.namespace("spark-jobs").label("team", "data").add(serviceAccount("spark"));
    // then
    assertNotSame(original, changed);
    assertEquals("default", original.namespace());
    assertEquals(Map.of(), original.labels());
    assertEquals(List.of(), original.resources());
    assertEquals("spark-jobs", changed.namespace());
    assertEquals(List.of(serviceAccount("spark")), changed.resources());
  }

  @Test
  void addingAppendsAfterEarlierResources() {
    // given
    Stack one = stack("analytics").add(serviceAccount("a"));
    // when
    Stack two = one.add(serviceAccount("b"));
    // then
    assertEquals(1, one.resources().size());
    assertEquals(List.of("a", "b"), two.resources().stream().map(StackResource::name).toList());
  }

  @Test
  void namespaceQuotasAndLimitRangesLeaveTheOriginalUnchanged() {
    // given
    Namespace original = namespace("spark-jobs");
    ResourceQuota quota = quota("compute");
    // when
    Namespace changed = original.quota(quota.pods(10)).limitRange(limitRange("containers").max(cores(8), null))
        .label("team", "data").annotation("owner", "dp").podNodeSelector("pool", "spark");
    // then
    assertEquals(List.of(), original.quotas());
    assertEquals(List.of(), original.limitRanges());
    assertEquals(Map.of(), original.labels());
    assertEquals(Map.of(), original.annotations());
    assertEquals(Map.of(), original.podNodeSelector());
    assertEquals(OptionalLong.empty(), quota.pods());
    assertEquals(1, changed.quotas().size());
    assertEquals(1, changed.limitRanges().size());
  }

  @Test
  void rolesAndRulesLeaveTheOriginalUnchanged() {
    // given
    PolicyRule empty = rule();
    Role role = role("spark-driver");
    // when
    PolicyRule pods = empty.apiGroups("").resources("pods").verbs(GET);
    Role withRule = role.rules(pods);
    Role withTwoRules = withRule.rules(pods.verbs(LIST));
    // then
    assertEquals(List.of(), empty.verbs());
    assertEquals(List.of(), empty.resources());
    assertEquals(List.of("get"), pods.verbs());
    assertEquals(List.of(), role.rules());
    assertEquals(1, withRule.rules().size());
    assertEquals(2, withTwoRules.rules().size());
  }

  @Test
  void bindingsLeaveTheOriginalUnchanged() {
    // given
    RoleBinding original = roleBinding("spark-driver");
    // when
    RoleBinding changed = original.role("spark-driver").serviceAccount("spark").namespace("spark-batch");
    // then
    assertEquals(Optional.empty(), original.roleName());
    assertEquals(List.of(), original.subjects());
    assertEquals(Optional.empty(), original.namespace());
    assertEquals(Optional.of("spark-driver"), changed.roleName());
    assertEquals(1, changed.subjects().size());
  }

  @Test
  void configMapsAndSecretsLeaveTheOriginalUnchanged() {
    // given
    ConfigMap conf = configMap("conf");
    Secret db = secret("db");
    // when
    ConfigMap withData = conf.data("k", "v").immutable(true);
    Secret withPassword = db.data("password", fromEnv("DB_PASSWORD")).type("example.com/db");
    // then
    assertEquals(Map.of(), conf.data());
    assertEquals(Optional.empty(), conf.immutable());
    assertEquals(Map.of(), db.data());
    assertEquals("Opaque", db.type());
    assertEquals(Map.of("k", "v"), withData.data());
    assertEquals("example.com/db", withPassword.type());
  }

  @Test
  void schedulingLeavesTheOriginalUnchanged() {
    // given
    Scheduling base = scheduling().nodeSelector("pool", "spark");
    // when
    Scheduling changed = base.tolerations(tolerate("dedicated", "spark", NO_SCHEDULE))
        .require(node("arch").in("amd64")).prefer(10, node("zone").in("a"))
        .and(scheduling().nodeSelector("pool", "batch"));
    // then
    assertEquals(Map.of("pool", "spark"), base.nodeSelector());
    assertEquals(List.of(), base.tolerations());
    assertEquals(List.of(), base.required());
    assertEquals(List.of(), base.preferred());
    assertEquals(Map.of("pool", "batch"), changed.nodeSelector());
  }

  @Test
  void quantitiesAreValues() {
    // given
    Memory eight = gib(8);
    Cpu two = cores(2);
    // when
    eight.plus(gib(1));
    eight.times(2);
    two.plus(cores(1));
    // then
    assertEquals("8Gi", eight.toKubernetes());
    assertEquals("2", two.toKubernetes());
  }

  @Test
  void listsOfValuesCannotBeModified() {
    // given
    Stack stack = stack("analytics").add(serviceAccount("spark"));
    Role role = role("r").rules(rule().verbs(GET));
    // then
    assertThrows(UnsupportedOperationException.class, () -> stack.resources().add(serviceAccount("x")));
    assertThrows(UnsupportedOperationException.class, () -> role.rules().clear());
    assertThrows(UnsupportedOperationException.class, () -> stack.labels().put("k", "v"));
  }

  @Test
  void varargsArraysAreCopied() {
    // given
    String[] resources = {"pods"};
    PolicyRule rule = rule().resources(resources);
    // when
    resources[0] = "secrets";
    // then
    assertEquals(List.of("pods"), rule.resources());
  }
}
