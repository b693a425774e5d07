package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static dev.sparkform.dsl.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** ConfigMaps, Secrets, where secret values come from, and service accounts' image pull secrets. */
class ConfigValidationTest {
  private static final String DOCKER_CONFIG_JSON = "kubernetes.io/dockerconfigjson";

  @Nested
  class Secrets {
    @Test
    void secretWithoutDataIsReported() {
      // given
      Stack stack = analytics(secret("db"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > secret db", "has no data"), problems);
    }

    @Test
    void secretWithAnEmptyTypeIsReported() {
      // given
      Stack stack = analytics(secret("db").type(" ").data("password", fromEnv("DB_PASSWORD")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > secret db", "type must not be empty"), problems);
    }

    @Test
    void builtInSecretTypesWithoutTheirKeysAreReported() {
      // given: secrets of types whose keys the API server requires, without them
      Stack stack = analytics(secret("cert").type("kubernetes.io/tls").data("tls.crt", fromFile("tls.crt")),
          secret("ssh").type("kubernetes.io/ssh-auth").data("key", fromFile("id")),
          secret("login").type("kubernetes.io/basic-auth").data("token", fromEnv("T")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(
          new Problem(STACK + " > secret cert", "a kubernetes.io/tls secret needs the key tls.key"),
          new Problem(STACK + " > secret ssh", "a kubernetes.io/ssh-auth secret needs the key ssh-privatekey"),
          new Problem(STACK + " > secret login",
              "a kubernetes.io/basic-auth secret needs the key username or password (or both)")), problems);
    }

    @Test
    void dockerConfigJsonSecretWithoutItsKeyIsReported() {
      // given
      Stack stack = analytics(secret("registry").type(DOCKER_CONFIG_JSON).data("config.json", fromFile("docker.json")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > secret registry",
          "a kubernetes.io/dockerconfigjson secret needs the key .dockerconfigjson"), problems);
    }

    @Test
    void dockerConfigJsonSecretWithItsKeyIsAccepted() {
      // given
      Stack stack = analytics(secret("registry").type(DOCKER_CONFIG_JSON).data(".dockerconfigjson",
          fromFile("docker.json")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void environmentVariableMustBeNamed() {
      // given
      Stack stack = analytics(secret("db").data("password", fromEnv("")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > secret db > data password", "fromEnv() names no variable"), problems);
    }

    @Test
    void fileMustBeNamed() {
      // given
      Stack stack = analytics(secret("tls").data("tls.key", fromFile(" ")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(STACK + " > secret tls > data tls.key", "fromFile( ) names no file"), problems);
    }

    @Test
    void emptyLiteralIsAValue() {
      // given
      Stack stack = analytics(secret("db").data("password", literal("")));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void literalValuesAreNeverShown() {
      // given
      SecretValue value = literal("hunter2");
      // when
      String shown = value.toString() + " " + secret("db").data("password", value);
      // then
      assertFalse(shown.contains("hunter2"), shown);
      assertEquals("literal(***)", value.toString());
      assertEquals("fromEnv(DB_PASSWORD)", fromEnv("DB_PASSWORD").toString());
      assertEquals("fromFile(secrets/db.txt)", fromFile("secrets/db.txt").toString());
    }
  }

  @Nested
  class ImagePullSecrets {
    private static final String SA = STACK + " > service account spark";

    @Test
    void pullSecretOfTheWrongTypeIsReported() {
      // given: an Opaque secret declared in the stack
      Stack stack = analytics(secret("db").data("password", fromEnv("DB_PASSWORD")),
          serviceAccount("spark").imagePullSecrets("db"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(SA + " > imagePullSecrets[0]",
          "secret \"db\" has type Opaque; image pull secrets need kubernetes.io/dockerconfigjson"), problems);
    }

    @Test
    void dockerConfigSecretsOfTheStackAreAccepted() {
      // given
      Stack stack = analytics(
          secret("registry").type(DOCKER_CONFIG_JSON).data(".dockerconfigjson", fromEnv("REGISTRY_AUTH")),
          secret("legacy-registry").type("kubernetes.io/dockercfg").data(".dockercfg", fromEnv("LEGACY_AUTH")),
          serviceAccount("spark").imagePullSecrets("registry", "legacy-registry"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void pullSecretsNotInTheStackOrInAnotherNamespaceAreNotChecked() {
      // given: "db" of the stack is in spark-batch; the service account's "db" is in spark-jobs
      Stack stack = analytics(secret("db").namespace("spark-batch").data("password", fromEnv("DB_PASSWORD")),
          serviceAccount("spark").imagePullSecrets("db", "registry"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }

    @Test
    void pullSecretNameMustBeADnsSubdomain() {
      // given
      Stack stack = analytics(serviceAccount("spark").imagePullSecrets("registry", "Registry"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(SA + " > imagePullSecrets[1]", "secret name \"Registry\"" + NOT_A_SUBDOMAIN), problems);
    }

    @Test
    void repeatedPullSecretIsReported() {
      // given
      Stack stack = analytics(serviceAccount("spark").imagePullSecrets("registry", "registry"));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(only(SA, "duplicate image pull secret \"registry\" (declared at [0] and [1])"), problems);
    }
  }

  @Nested
  class ConfigMaps {
    @Test
    void configMapWithoutDataIsAccepted() {
      // given
      Stack stack = analytics(configMap("spark-conf").immutable(true));
      // when
      List<Problem> problems = stack.problems();
      // then
      assertEquals(List.of(), problems);
    }
  }
}
