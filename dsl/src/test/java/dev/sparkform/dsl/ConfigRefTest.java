package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigRefTest {
  private final Stack stack = stack("refs").namespace("spark-jobs").add(
      secret("db").data("password", fromEnv("DB_PASSWORD")),
      configMap("conf").data("spark-defaults.conf", "x"));

  private static List<String> problems(ConfigRef ref, Stack stack, String namespace) {
    Problems p = Problems.root().at("app a");
    ref.validate(p);
    ref.checkAgainst(stack, namespace, p);
    return p.all().stream().map(Problem::toString).toList();
  }

  @Test
  void keyOfADeclaredObjectMustExist() {
    assertEquals(List.of("app a: secret \"db\" in this stack has no key \"pasword\""),
        problems(secretKey("db", "pasword"), stack, "spark-jobs"));
    assertEquals(List.of("app a: config map \"conf\" in this stack has no key \"log4j2.properties\""),
        problems(configMapKey("conf", "log4j2.properties"), stack, "spark-jobs"));
  }

  @Test
  void existingObjectsOptionalKeysAndOtherNamespacesAreNotChecked() {
    assertEquals(List.of(), problems(secretKey("db", "password"), stack, "spark-jobs"));
    assertEquals(List.of(), problems(secretKey("elsewhere", "token"), stack, "spark-jobs"));
    assertEquals(List.of(), problems(secretKey("db", "pasword").asOptional(), stack, "spark-jobs"));
    assertEquals(List.of(), problems(secretKey("db", "pasword"), stack, "other"));
    assertEquals(List.of(), problems(secretRef("db"), stack, "spark-jobs"));
  }

  @Test
  void namesAndKeysAreChecked() {
    assertEquals(List.of("app a: secret name \"DB\" is not a DNS-1123 subdomain (lowercase letters, digits, '-' and"
        + " '.', starting and ending with a letter or digit)",
        "app a: data key \"a/b\" must be 1-253 alphanumerics, '-', '_' or '.'"),
        problems(secretKey("DB", "a/b"), stack, "spark-jobs"));
    assertEquals("config map conf key k", configMapKey("conf", "k").toString());
  }
}
