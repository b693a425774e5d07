package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SecurityContextTest {
  private static final String POD = "stack analytics > spark application pi > driver";

  private static List<String> problems(SparkPod driver) {
    return analytics(SparkAppTest.pi().driver(driver)).problems().stream().map(Problem::toString)
        .collect(Collectors.toList());
  }

  @Test
  void restrictedIsThePodSecurityStandardsProfile() {
    SecurityContext r = restricted(185, 185);
    assertEquals(List.of("ALL"), r.dropCapabilities());
    assertEquals(java.util.Optional.of("RuntimeDefault"), r.seccompProfile());
    assertEquals(java.util.Optional.of(false), r.allowPrivilegeEscalation());
    assertEquals(List.of(), problems(driver().securityContext(r).podSecurityContext(securityContext().fsGroup(185))));
  }

  @Test
  void eachRuleNamesItsPlace() {
    assertEquals(List.of(POD + " > securityContext: runAsUser -1 is negative"),
        problems(driver().securityContext(securityContext().runAsUser(-1))));
    assertEquals(List.of(
        POD + " > securityContext: runAsNonRoot contradicts runAsUser 0",
        POD + " > securityContext: fsGroup is a pod setting (podSecurityContext), not a container one",
        POD + " > securityContext: capability \"net_admin\" is not like NET_ADMIN or ALL",
        POD + " > podSecurityContext: seccomp profile \"Default\" is not RuntimeDefault, Unconfined or Localhost",
        POD + " > podSecurityContext: capabilities, allowPrivilegeEscalation and readOnlyRootFilesystem are container"
            + " settings, not pod ones"),
        problems(driver()
            .securityContext(securityContext().runAsUser(0).runAsNonRoot(true).fsGroup(1).addCapabilities("net_admin"))
            .podSecurityContext(securityContext().seccompProfile("Default").allowPrivilegeEscalation(false))));
  }
}
