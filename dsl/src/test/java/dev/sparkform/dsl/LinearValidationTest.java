package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Validation finds what a RoleBinding or ServiceAccount refers to, and RBAC derivation finds the
 * declared service accounts, in an index built once per pass: a scan of every resource per lookup
 * made N apps cost N² (10,000 apps took 25 s). Counted, not timed, so the test is stable anywhere.
 */
class LinearValidationTest {
  /** N apps, half with their own declared account, Role and RoleBinding, half with derived RBAC. */
  private static Stack apps(int n) {
    Stack stack = analytics();
    for (int i = 0; i < n; i++) {
      String name = "app-" + i;
      SparkApp app = sparkApp(name).sparkVersion("4.0.1").image("apache/spark:4.0.1")
          .mainClass("org.apache.spark.examples.SparkPi")
          .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar");
      stack = i % 2 == 0 ? stack.add(app)
          : stack.add(serviceAccount(name), role(name).rules(Fixtures.driverRule()),
              roleBinding(name).role(name).serviceAccount(name), app);
    }
    return stack;
  }

  private static long indexesBuiltValidating(Stack stack) {
    long before = ResourceIndex.BUILDS.get();
    assertEquals(java.util.List.of(), stack.problems());
    return ResourceIndex.BUILDS.get() - before;
  }

  @Test
  void oneValidationBuildsTwoIndexesWhateverTheNumberOfApps() {
    // GIVEN stacks of 10 and of 200 apps
    // WHEN each is validated
    // THEN each pass builds one index to derive the RBAC and one to check references, not one per lookup
    assertEquals(2, indexesBuiltValidating(apps(10)));
    assertEquals(2, indexesBuiltValidating(apps(200)));
  }
}
