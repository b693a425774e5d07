package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Spark apps: derived sizes as Spark computes them, derived RBAC, and every bad-input rule. */
class SparkAppTest {
  static SparkApp pi() {
    return sparkApp("pi").sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar");
  }

  private static List<String> problems(StackResource... resources) {
    return analytics(resources).problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static final String APP = "stack analytics > spark application pi";

  // ---- derived values (the pods' sizes are computed and tested in renderers: EffectiveConfTest)

  @Test
  void cpuRequestIsTheCoreRequestElseTheCores() {
    assertEquals(cores(1), driver().cpuRequest());
    assertEquals(cores(4), executor().cores(4).cpuRequest());
    assertEquals(millicores(3500), executor().cores(4).coreRequest(millicores(3500)).cpuRequest());
  }

  @Test
  void typeIsDerivedFromTheMainFile() {
    assertEquals(PYTHON, sparkApp("p").mainApplicationFile("local:///app/main.py").effectiveType());
    assertEquals(R, sparkApp("p").mainApplicationFile("local:///app/main.R").effectiveType());
    assertEquals(SCALA, pi().effectiveType());
    assertEquals(JAVA, pi().type(JAVA).effectiveType());
  }

  // ---- RBAC derived from apps

  @Test
  void anAppWithoutItsOwnServiceAccountGetsOneWithADriverRole() {
    Stack s = analytics(pi());
    List<StackResource> all = s.allResources();
    assertEquals(List.of("SparkApplication/pi", "ServiceAccount/pi", "Role/pi", "RoleBinding/pi"),
        all.stream().map(r -> r.kind() + "/" + r.name()).collect(Collectors.toList()));
    Role role = (Role) all.get(2);
    // the rules themselves: DerivedDriverRbacTest
    assertEquals(List.of(List.of("pods"), List.of("services"), List.of("configmaps")),
        role.rules().stream().map(PolicyRule::resources).collect(Collectors.toList()));
    assertEquals(List.of(), s.problems());
  }

  @Test
  void appsSharingAServiceAccountShareOneRoleWhichGainsClaimsOnlyWhenUsed() {
    Stack s = analytics(
        pi().driver(driver().serviceAccount("spark")),
        sparkApp("etl").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainApplicationFile("local:///etl.py")
            .driver(driver().serviceAccount("spark"))
            .executor(executor().volumes(claimOnDemand("scratch", "/scratch").size(gib(100)))));
    List<String> derived = s.allResources().subList(2, s.allResources().size()).stream()
        .map(r -> r.kind() + "/" + r.name()).collect(Collectors.toList());
    assertEquals(List.of("ServiceAccount/spark", "Role/spark", "RoleBinding/spark"), derived);
    Role role = (Role) s.allResources().get(3);
    assertEquals(List.of(List.of("pods"), List.of("services"), List.of("configmaps"), List.of("persistentvolumeclaims")),
        role.rules().stream().map(PolicyRule::resources).collect(Collectors.toList()));
  }

  @Test
  void declaredOrExistingServiceAccountsGetNoDerivedRbac() {
    assertEquals(2, analytics(serviceAccount("spark"), pi().driver(driver().serviceAccount("spark")))
        .allResources().size());
    assertEquals(1, analytics(pi().existingServiceAccount("spark")).allResources().size());
  }

  @Test
  void aDerivedRoleClashingWithADeclaredOneIsAProblem() {
    assertEquals(List.of("stack analytics > role pi: role \"pi\", derived for a Spark app's driver service"
        + " account, clashes with the one declared at resources[0]; declare the service account too, or give the app"
        + " another one"), problems(Fixtures.driverRole("pi"), pi()));
  }

  // ---- bad input, each with its path

  @Test
  void missingVersionImageAndMainFile() {
    assertEquals(List.of(
        APP + ": has no Spark version (sparkVersion(\"4.0.1\"))",
        APP + ": has no image (image(\"apache/spark:4.0.1\"), or one for the driver and one for the executors)",
        APP + ": has no main application file (mainApplicationFile(\"local:///opt/app/app.jar\"))"),
        problems(sparkApp("pi")));
    assertEquals(List.of(APP + ": Spark version \"4\" is not like 4.0.1"), problems(pi().sparkVersion("4")));
  }

  @Test
  void mainFileSchemes() {
    assertEquals(List.of(APP + ": \"/opt/app.jar\" has no scheme: use local:///path for a file in the image, or"
        + " s3a://, gs://, hdfs://, https://"), problems(pi().mainApplicationFile("/opt/app.jar")));
    assertEquals(List.of(APP + ": \"ftp://host/app.jar\" has scheme ftp; Spark on Kubernetes fetches from local,"
        + " s3a, gs, hdfs, http, https, file, abfss, wasbs"), problems(pi().mainApplicationFile("ftp://host/app.jar")));
    Stack withFile = analytics(pi().mainApplicationFile("file:///home/me/app.jar"));
    assertEquals(List.of(), withFile.problems());
    assertEquals(List.of(APP + ": \"file:///home/me/app.jar\" is on the submitting machine: Spark uploads it only"
        + " when spark.kubernetes.file.upload.path is set; prefer local:// (in the image) or remote storage"),
        withFile.warnings().stream().map(Problem::toString).collect(Collectors.toList()));
  }

  @Test
  void typeAndModeCombinations() {
    assertEquals(List.of(APP + ": a Python app runs its main application file; mainClass \"org.apache.spark.examples.SparkPi\""
        + " is for Java and Scala apps", APP + ": a Python app cannot run jar local:///opt/spark/examples/jars/spark-examples.jar"),
        problems(pi().type(PYTHON)));
    assertEquals(List.of(APP + ": type Scala does not run Python file local:///pi.py (use type(PYTHON))"),
        problems(pi().type(SCALA).mainApplicationFile("local:///pi.py")));
    assertEquals(List.of(APP + ": R apps cannot run in client mode on Kubernetes (Spark supports only cluster mode"
        + " for R)"), problems(sparkApp("pi").sparkVersion("3.5.3").image("i").mainApplicationFile("local:///a.R")
            .client(clientDriver("driver"))));
  }

  @Test
  void podSizes() {
    assertEquals(List.of(
        APP + " > driver: cores 0 must be at least 1",
        APP + " > driver: instances is for executors; an app has one driver",
        APP + " > executor: coreLimit 2 is below the CPU request 4",
        APP + " > executor: memory \"32\" has no unit (Spark reads a bare number as MiB, Kubernetes as bytes): write"
            + " e.g. 32Mi or 32Gi",
        APP + " > executor: memoryOverheadFactor 1.0 must be in [0, 1)"),
        problems(pi().driver(driver().cores(0).instances(1))
            .executor(executor().memory(memory("32")).memoryOverheadFactor(1.0).cores(4).coreLimit(cores(2)))));
    assertEquals(List.of(APP + " > executor: sets both memoryOverhead and memoryOverheadFactor; Spark uses only"
        + " memoryOverhead", APP + ": memoryOverheadFactor -0.1 must be in [0, 1)"),
        problems(pi().memoryOverheadFactor(-0.1).executor(executor().memoryOverhead(gib(1)).memoryOverheadFactor(0.2))));
  }

  @Test
  void dynamicAllocationBounds() {
    assertEquals(List.of(
        APP + " > dynamicAllocation: minExecutors 10 exceeds maxExecutors 5",
        APP + " > dynamicAllocation: initialExecutors 20 exceeds maxExecutors 5"),
        problems(pi().dynamicAllocation(dynamicAllocation().min(10).max(5).initial(20))));
    assertEquals(List.of(APP + " > dynamicAllocation: shuffleTrackingTimeout is set but shuffle tracking is off"),
        problems(pi().dynamicAllocation(dynamicAllocation().shuffleTracking(false)
            .shuffleTrackingTimeout(Duration.ofMinutes(5)))));
  }

  @Test
  void volumes() {
    assertEquals(List.of(
        APP + " > executor > volume[0]: an on-demand claim needs a size (claimOnDemand(..).size(gib(100)))",
        APP + " > executor > volume[1]: mount path \"data\" must be absolute",
        APP + " > executor: duplicate volume \"scratch\" (declared at [0] and [1])"),
        problems(pi().executor(executor().volumes(claimOnDemand("scratch", "/scratch"),
            emptyDir("scratch", "data")))));
  }

  @Test
  void envVars() {
    assertEquals(List.of(
        APP + " > driver > env[0]: \"1BAD\" is not a valid environment variable name",
        APP + " > driver > env[1]: environment variable DB needs a key of secret db (use secretKey(..) or configMapKey(..))"),
        problems(pi().driver(driver().env("1BAD", "x").env("DB", secretRef("db")))));
  }

  @Test
  void schedules() {
    assertEquals(List.of(
        APP + " > schedule: cron \"0 25 * * *\": hour field \"25\" is not a number in 0-23",
        APP + " > schedule: time zone \"Mars/Olympus\" is not a name of the IANA time zone database (e.g. UTC, Europe/Berlin)"),
        problems(pi().schedule(schedule("0 25 * * *").timeZone("Mars/Olympus"))));
    assertEquals(List.of(APP + " > schedule: cron \"0 2 * *\" has 4 fields; expected 5: minute hour day-of-month"
        + " month day-of-week"), problems(pi().schedule(schedule("0 2 * *"))));
    assertEquals(List.of(APP + " > schedule: cron \"@nightly\": unknown descriptor (one of @yearly, @annually,"
        + " @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>; no blanks around it)"), problems(pi().schedule(schedule("@nightly"))));
    for (String ok : List.of("0 2 * * *", "*/15 0-6 * JAN-MAR MON-FRI", "0 0 1,15 * ?", "@daily", "@every 1h30m")) {
      assertEquals(List.of(), problems(pi().schedule(schedule(ok))), ok);
    }
  }

  @Test
  void restartPolicies() {
    assertEquals(List.of(APP + " > restartPolicy: onFailureRetries -1 is negative",
        APP + " > restartPolicy: onFailureRetryInterval PT0.5S must be a positive whole number of seconds"),
        problems(pi().restartPolicy(onFailure(-1, Duration.ofMillis(500)))));
  }

  @Test
  void twoAppsWithOneNameInOneNamespace() {
    assertEquals(List.of(APP + ": duplicate spark application \"pi\" in namespace spark-jobs (also declared at"
        + " resources[0])"), problems(pi(), pi()));
    assertEquals(List.of(), problems(pi(), pi().namespace("other")));
  }

  @Test
  void manyMistakesAreReportedTogether() {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
        () -> analytics(pi().sparkVersion("x").executor(executor().cores(-1))
            .dynamicAllocation(dynamicAllocation().min(3).max(1))).validate());
    assertEquals(3, e.problems().size(), e.getMessage());
  }
}
