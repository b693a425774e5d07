package dev.sparkform.apply;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How many requests a plan of many new objects sends, counted on the in-memory server: the
 * parent, one labelled list and one list of names per kind and namespace, and no get for an
 * object that does not exist (a get per object made a plan of 1,000 apps send 4,000 of them).
 * Objects of a desired name that do exist, unlabelled, are still found and read.
 */
class ReadsPerKindTest {
  static final int APPS = 30;
  final SandboxCluster cluster = new SandboxCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  /** APPS Spark apps without a service account: each brings a derived ServiceAccount, Role and RoleBinding. */
  static Stack apps() {
    List<StackResource> apps = new ArrayList<>();
    IntStream.range(0, APPS).forEach(i -> apps.add(sparkApp("app-" + i).type(SCALA).mode(CLUSTER)
        .sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples_2.13-4.0.1.jar")));
    return stack("many").namespace("spark-jobs").add(apps.toArray(new StackResource[0]));
  }

  @Test
  void aPlanOfNewObjectsReadsEachKindTwiceAndGetsNoObject() {
    Plan plan = cluster.plan(apps());
    assertEquals(4 * APPS, plan.count(Action.CREATE), plan::summary);

    List<String> paths = cluster.recorder.requests().stream().map(RecordingDispatcher.Request::path).toList();
    List<String> objectGets = paths.stream().filter(p -> p.matches(".*/app-\\d+$")).toList();
    assertEquals(List.of(), objectGets, "no get of an object that does not exist");
    // 4 kinds in one namespace (+ the Namespace kind of the stack's own namespace): per kind a
    // labelled list and a list of names; the parent; the namespace objects go to.
    long kinds = paths.stream().filter(p -> p.contains("labelSelector")).count();
    assertTrue(kinds <= 5, paths::toString);
    assertTrue(paths.size() <= 1 + 2 * kinds + 1, paths.size() + " requests: " + paths);
    assertEquals(4, plan.reads().stream().filter(r -> r.endsWith("(names only)")).count(), plan.reads()::toString);
  }

  @Test
  void anUnlabelledObjectOfADesiredNameIsStillFoundAndReadOnce() {
    cluster.createForeign(new ServiceAccountBuilder().withNewMetadata().withName("app-7").withNamespace("spark-jobs")
        .endMetadata().build());
    cluster.recorder.clear();
    Plan plan = cluster.plan(apps());

    assertTrue(plan.errors().stream().anyMatch(e -> e.contains("app-7") && e.contains("--adopt")), plan.errors()::toString);
    List<String> gets = cluster.recorder.requests().stream().map(RecordingDispatcher.Request::path)
        .filter(p -> p.matches(".*/app-\\d+$")).toList();
    assertEquals(List.of("/api/v1/namespaces/spark-jobs/serviceaccounts/app-7"), gets);
  }

  @Test
  void applyOfNewObjectsSendsNoGetOfAnObjectThatDoesNotExist() {
    cluster.createForeign(new NamespaceBuilder().withNewMetadata().withName("spark-jobs").endMetadata().build());
    ApplyReport report = cluster.apply(apps());
    assertTrue(report.ok(), ReportFormatter.text(report));
    List<String> objectGets = cluster.recorder.requests().stream()
        .filter(r -> r.method().equals("GET") && r.path().matches(".*/app-\\d+$")).map(Object::toString).toList();
    assertEquals(List.of(), objectGets);
  }
}
