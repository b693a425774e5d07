package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.STACK;
import static dev.sparkform.dsl.Fixtures.analytics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input the DSL once accepted and Kubernetes, the operator or Spark refused later, or that made it
 * throw something other than one {@link ValidationException}: each is a problem with its path now.
 */
class HostileInputValidationTest {
  private static final String APP = STACK + " > spark application pi";

  private static SparkApp pi() {
    return sparkApp("pi").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("org.example.Pi")
        .mainApplicationFile("local:///opt/app.jar");
  }

  private static List<String> problems(StackResource... resources) {
    return analytics(resources).problems().stream().map(Problem::toString).toList();
  }

  private static void invalid(String why, String expectedPart, StackResource... resources) {
    List<String> problems = problems(resources);
    assertEquals(1, problems.size(), why + ": " + problems);
    assertTrue(problems.get(0).contains(expectedPart), why + ": " + problems);
  }

  @Test
  void cronDescriptorsMatchExactlyAsRobfigCronAndKubernetesParseThem() {
    // GIVEN descriptors with blanks around them, which robfig/cron compares as whole strings
    invalid("trailing blank", APP + " > schedule: cron \"@yearly \": unknown descriptor", pi().schedule(schedule("@yearly ")));
    invalid("leading blank", "cron \" @daily\" has 1 fields", pi().schedule(schedule(" @daily")));
    invalid("blank after @every's duration", "@every needs a duration", pi().schedule(schedule("@every 1h ")));
    invalid("a control character", "contains a control character", pi().schedule(schedule("0 2 * * *\u0085")));
    // THEN exact descriptors and five fields with blanks around them (robfig splits on blanks) pass
    for (String ok : List.of("@yearly", "@every 1h30m", " 0 2 * * * ", "0\t2 * * *")) {
      assertEquals(List.of(), problems(pi().schedule(schedule(ok))), ok);
    }
  }

  @Test
  void timeZonesAreNamesOfTheTzDatabaseThatGoLoads() {
    // GIVEN zones Java's ZoneId.of accepts but Go's time.LoadLocation (the operator, a CronJob) refuses
    for (String zone : List.of("GMT+1", "+01:00", "UTC+1", "SystemV/EST5", "Local")) {
      invalid(zone, "time zone \"" + zone + "\" is not a name of the IANA time zone database",
          pi().schedule(schedule("@daily").timeZone(zone)));
    }
    for (String ok : List.of("UTC", "Etc/GMT-1", "Europe/Berlin", "America/Argentina/Buenos_Aires")) {
      assertEquals(List.of(), problems(pi().schedule(schedule("@daily").timeZone(ok))), ok);
    }
  }

  @Test
  void imagesAreReferencesTheKubeletParses() {
    invalid("empty", APP + ": image must not be empty", pi().image(""));
    invalid("upper case", "image \"Apache/Spark:4\" is not an image reference", pi().image("Apache/Spark:4"));
    invalid("blank", "is not an image reference", pi().executor(executor().image("apache/spark:4.0.1 ")));
    for (String ok : List.of("apache/spark:4.0.1", "registry.example.com:5000/team/app:1.0", "spark",
        "ghcr.io/a/b@sha256:" + "0".repeat(64))) {
      assertEquals(List.of(), problems(pi().image(ok)), ok);
    }
  }

  @Test
  void applicationUrisParseAsSparkParsesThemAndNameAFile() {
    invalid("no path", APP + ": \"local://\" is not a valid URI", pi().mainApplicationFile("local://"));
    invalid("root", "\"local:///\" names no file", pi().mainApplicationFile("local:///"));
    invalid("a blank", "\"local:///opt/my app.jar\" is not a valid URI (Illegal character in path at index 15)",
        pi().mainApplicationFile("local:///opt/my app.jar"));
    invalid("a bucket, no file", "\"s3a://bucket\" names no file", pi().deps(deps().jars("s3a://bucket")));
    assertEquals(List.of(), problems(pi().mainApplicationFile("local:///opt/my%20app.jar")));
  }

  @Test
  void confKeysHaveNoEqualsSignSoThePropertiesFileAndConfArgumentsAgree() {
    invalid("sparkConf", APP + ": sparkConf key \"spark.a=b\" must be non-empty, without '='",
        pi().sparkConf("spark.a=b", "c"));
    invalid("hadoopConf", "hadoopConf key \"fs.s3a.x y\" must be non-empty", pi().hadoopConf("fs.s3a.x y", "1"));
    invalid("empty", "sparkConf key \"\" must be non-empty", pi().sparkConf("", "c"));
  }

  @Test
  void subPathsStayInsideTheirVolume() {
    for (String bad : List.of("../etc", "a/../../b", "..", "/abs")) {
      invalid(bad, APP + " > driver > volume[0]: subPath \"" + bad + "\" must be a relative path without \"..\"",
          pi().driver(driver().volumes(emptyDir("scratch", "/scratch").subPath(bad))));
    }
    assertEquals(List.of(), problems(pi().driver(driver().volumes(emptyDir("scratch", "/scratch").subPath("logs/a..b")))));
  }

  @Test
  void configMapsHoldAtMostOneMebibyte() {
    // GIVEN data of 1 MiB and of one byte more (multi-byte characters count as their UTF-8 bytes)
    assertEquals(List.of(), problems(configMap("big").data("a", "x".repeat(1 << 20))));
    invalid("1 MiB + 1", STACK + " > config map big: data is 1048577 bytes; Kubernetes stores at most 1048576",
        configMap("big").data("a", "x".repeat((1 << 20) - 1)).data("b", "\u00e9"));
  }

  @Test
  void aDeclaredDriverServiceAccountMustBeGrantedWhatTheDriverDoes() {
    // GIVEN a driver running as a declared service account that nothing binds
    invalid("unbound", APP + ": the driver's service account \"spark\" is declared in this stack but no role binding"
        + " grants it anything", serviceAccount("spark"), pi().driver(driver().serviceAccount("spark")));
    // AND one bound to a role that cannot create executor config maps
    invalid("short role", "lack what the driver does; it will get 403 (forbidden) when it starts: pods: deletecollection;"
        + " services: deletecollection; configmaps: create, deletecollection",
        serviceAccount("spark"), role("driver").rules(Fixtures.podsRule()),
        roleBinding("driver").role("driver").serviceAccount("spark"), pi().driver(driver().serviceAccount("spark")));
    // THEN a role with what the driver does, or one outside the stack, passes
    assertEquals(List.of(), problems(serviceAccount("spark"), role("driver").rules(Fixtures.driverRule()),
        roleBinding("driver").role("driver").serviceAccount("spark"), pi().driver(driver().serviceAccount("spark"))));
    assertEquals(List.of(), problems(serviceAccount("spark"), roleBinding("driver").clusterRole("edit").serviceAccount("spark"),
        pi().driver(driver().serviceAccount("spark"))));
    // AND a role lacking only the clean-up verbs is a warning, not a problem
    Stack cleanUpMissing = analytics(serviceAccount("spark"), role("driver").rules(rule().apiGroups("")
        .resources("pods", "configmaps").verbs(GET, LIST, WATCH, CREATE, DELETE)),
        roleBinding("driver").role("driver").serviceAccount("spark"), pi().driver(driver().serviceAccount("spark")));
    assertEquals(List.of(), cleanUpMissing.problems());
    assertTrue(cleanUpMissing.warnings().toString().contains("lack what the driver does later"), cleanUpMissing.warnings().toString());
  }

  @Test
  void numbersAreRangeCheckedBeforeAnyArithmetic() {
    invalid("instances", APP + " > executor: instances 2147483647 is more than the 150000 pods",
        pi().executor(executor().instances(Integer.MAX_VALUE)));
    invalid("time to live", APP + ": timeToLive PT2562047788015215H30M7S is more than 2147483647 seconds",
        pi().timeToLive(Duration.ofSeconds(Long.MAX_VALUE)));
    invalid("memory", APP + " > executor: memory 4Ei is more than 16Ti", pi().executor(executor().memory(gib(1L << 32))));
    invalid("dynamic allocation", "maxExecutors 2147483647 is more than the 150000 pods",
        pi().dynamicAllocation(dynamicAllocation().max(Integer.MAX_VALUE)));
    invalid("apache timeout", "driverStartTimeout PT2562047788015215H30M7S is more than",
        pi().apacheOptions(apacheOptions().driverStartTimeout(Duration.ofSeconds(Long.MAX_VALUE))));
    invalid("retry interval", "onFailureRetryInterval PT-2562047788015215H-30M-8S must be a positive whole number",
        pi().restartPolicy(onFailure(1, Duration.ofSeconds(Long.MIN_VALUE))));
    // AND arithmetic on amounts gives an amount validation reports, never an exception
    assertEquals(java.util.Optional.of("is too large"), gib(8).times(Long.MAX_VALUE).problem());
    assertEquals(java.util.Optional.of("is too large"), bytes(Long.MAX_VALUE).plus(bytes(1)).problem());
  }

  @Test
  void nullArgumentsAreRefusedAtTheCallNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> driver().env("K", (String) null));
    assertEquals("value of environment variable K", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> driver().env("K", (ConfigRef) null));
    assertEquals("source of environment variable K", e.getMessage());
  }

  @Test
  void textNoCommandLineOrUtf8FileCarriesIsRefused() {
    invalid("NUL", APP + ": argument[0] \"a\\u0000b\" contains a NUL character (U+0000)", pi().arguments("a\u0000b"));
    invalid("lone surrogate", "sparkConf spark.x \"\\uD800\" contains an unpaired surrogate (U+D800)",
        pi().sparkConf("spark.x", "\uD800"));
    invalid("env", "value of K \"x\\u0000\" contains a NUL", pi().driver(driver().env("K", "x\u0000")));
    // NEL, RTL marks and emoji are text like any other
    assertEquals(List.of(), problems(pi().arguments("a\u0085b", "\u202Eabc", "\uD83D\uDE00")));
  }

  @Test
  void everyGapIsReportedInOneList() {
    // GIVEN one app with every mistake above
    SparkApp all = pi().image("").mainApplicationFile("local://").sparkConf("spark.a=b", "c")
        .schedule(schedule("@yearly ").timeZone("GMT+1")).timeToLive(Duration.ofSeconds(Long.MAX_VALUE))
        .arguments("\u0000").driver(driver().serviceAccount("spark").volumes(emptyDir("v", "/v").subPath("..")))
        .executor(executor().instances(Integer.MAX_VALUE).memory(gib(1L << 32)));
    // WHEN it is validated
    ValidationException e = assertThrows(ValidationException.class,
        () -> analytics(serviceAccount("spark"), configMap("big").data("a", "x".repeat(2 << 20)), all).validate());
    // THEN one exception lists all twelve
    assertEquals(12, e.problems().size(), e.getMessage());
  }
}
