package dev.sparkform.compile;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.model.kubeflow.SparkApplication;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What "restricted by default" fills in, what it leaves to the user, and the per-pod opt-out on every target. */
class RestrictedDefaultsTest {
  private static SparkApp app() {
    return sparkApp("job").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("com.example.Job")
        .mainApplicationFile("local:///opt/job.jar");
  }

  private static Stack stack(Object r) {
    return dev.sparkform.dsl.Dsl.stack("s").namespace("jobs").add((dev.sparkform.dsl.StackResource) r);
  }

  @Test
  void anEmptyContextGetsTheWholeProfile() {
    SecurityContext c = RestrictedDefaults.container(null, null);
    assertEquals(185L, c.getRunAsUser());
    assertEquals(185L, c.getRunAsGroup());
    assertEquals(true, c.getRunAsNonRoot());
    assertEquals(false, c.getAllowPrivilegeEscalation());
    assertEquals(List.of("ALL"), c.getCapabilities().getDrop());
    assertEquals("RuntimeDefault", c.getSeccompProfile().getType());
  }

  @Test
  void valuesTheUserSetWinInTheContainerOrThePod() {
    SecurityContext own = new SecurityContextBuilder().withRunAsUser(1000L).withNewCapabilities()
        .withAdd("NET_BIND_SERVICE").endCapabilities().withNewSeccompProfile().withType("Localhost")
        .withLocalhostProfile("p.json").endSeccompProfile().build();
    PodSecurityContext pod = new PodSecurityContextBuilder().withRunAsGroup(3000L).withRunAsNonRoot(true).build();
    SecurityContext c = RestrictedDefaults.container(own, pod);
    assertEquals(1000L, c.getRunAsUser());
    assertNull(c.getRunAsGroup(), "the pod's group applies");
    assertNull(c.getRunAsNonRoot(), "the pod's runAsNonRoot applies");
    assertEquals("Localhost", c.getSeccompProfile().getType());
    assertEquals(List.of("NET_BIND_SERVICE"), c.getCapabilities().getAdd());
    assertEquals(List.of("ALL"), c.getCapabilities().getDrop());
    // a user's own drop list stays as written
    SecurityContext dropsOne = RestrictedDefaults.container(new SecurityContextBuilder().withNewCapabilities()
        .withDrop("NET_RAW").endCapabilities().build(), null);
    assertEquals(List.of("NET_RAW"), dropsOne.getCapabilities().getDrop());
  }

  @Test
  void nothingIsAddedThatWouldKeepAChosenRootOrPrivilegedContainerFromStarting() {
    SecurityContext root = RestrictedDefaults.container(new SecurityContextBuilder().withRunAsUser(0L).build(), null);
    assertNull(root.getRunAsNonRoot(), "the kubelet refuses runAsNonRoot with user 0");
    SecurityContext privileged = RestrictedDefaults.container(new SecurityContextBuilder().withPrivileged(true).build(),
        null);
    assertNull(privileged.getAllowPrivilegeEscalation(), "the API server refuses false beside privileged");
    SecurityContext sysAdmin = RestrictedDefaults.container(new SecurityContextBuilder().withNewCapabilities()
        .withAdd("SYS_ADMIN").endCapabilities().build(), null);
    assertNull(sysAdmin.getAllowPrivilegeEscalation(), "the API server refuses false beside CAP_SYS_ADMIN");
  }

  @Test
  void everyContainerOfAPodIsFilledAndTheMainOneAdded() {
    PodSpec spec = new PodSpecBuilder().addNewContainer().withName("sidecar").withImage("busybox").endContainer()
        .addNewInitContainer().withName("init").withImage("busybox").endInitContainer().build();
    PodSpec out = RestrictedDefaults.pod(spec, "spark-kubernetes-driver");
    assertEquals(List.of("spark-kubernetes-driver", "sidecar"), out.getContainers().stream().map(c -> c.getName()).toList());
    out.getContainers().forEach(c -> assertEquals(false, c.getSecurityContext().getAllowPrivilegeEscalation()));
    assertEquals(false, out.getInitContainers().get(0).getSecurityContext().getAllowPrivilegeEscalation());
    assertNull(spec.getContainers().get(0).getSecurityContext(), "the user's object is copied, not changed");
  }

  @Test
  void anUnrestrictedPodGetsNothingOnAnyTarget() {
    SparkApp open = app().driver(driver().securityProfile(UNRESTRICTED)).executor(executor().securityProfile(UNRESTRICTED));
    SparkSubmitCompiler.Job job = SparkSubmitCompiler.jobs(stack(open)).get(0);
    assertFalse(job.driverTemplate().isPresent() || job.executorTemplate().isPresent(), "no template needed");
    SparkApplication kubeflow = (SparkApplication) StackCompiler.create().compile(stack(open)).stream()
        .filter(o -> o instanceof SparkApplication).findFirst().orElseThrow();
    assertNull(kubeflow.getSpec().getDriver().getSecurityContext());
    assertNull(kubeflow.getSpec().getExecutor().getSecurityContext());
    dev.sparkform.model.apache.SparkApplication apache = (dev.sparkform.model.apache.SparkApplication) StackCompiler
        .create().target(Target.APACHE).compile(stack(open)).stream()
        .filter(o -> o instanceof dev.sparkform.model.apache.SparkApplication).findFirst().orElseThrow();
    assertNull(apache.getSpec().getDriverSpec());
    // the default: a template whose Spark container is restricted, and typed fields for kubeflow
    SparkSubmitCompiler.Job restricted = SparkSubmitCompiler.jobs(stack(app())).get(0);
    assertEquals(185L, restricted.executorTemplate().orElseThrow().getSpec().getContainers().get(0).getSecurityContext()
        .getRunAsUser());
  }

  @Test
  void aClusterNodeOptsOutOnItsOwnAndHasATypedContainerContext() {
    var cluster = sparkCluster("c").sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .master(clusterNode().securityProfile(UNRESTRICTED))
        .workers(clusterNode().securityContext(securityContext().readOnlyRootFilesystem(true)));
    List<HasMetadata> objects = StackCompiler.create().target(Target.SPARK_SUBMIT).compile(stack(cluster));
    StatefulSet master = objects.stream().filter(o -> o instanceof StatefulSet && o.getMetadata().getName().endsWith("master"))
        .map(StatefulSet.class::cast).findFirst().orElseThrow();
    StatefulSet workers = objects.stream().filter(o -> o instanceof StatefulSet && o.getMetadata().getName().endsWith("worker"))
        .map(StatefulSet.class::cast).findFirst().orElseThrow();
    assertNull(master.getSpec().getTemplate().getSpec().getContainers().get(0).getSecurityContext());
    SecurityContext w = workers.getSpec().getTemplate().getSpec().getContainers().get(0).getSecurityContext();
    assertTrue(w.getReadOnlyRootFilesystem());
    assertEquals(185L, w.getRunAsUser());
  }
}
