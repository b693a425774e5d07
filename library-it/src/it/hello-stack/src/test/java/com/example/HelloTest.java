package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.Sparkform;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a user's program gets from the library artifact alone. */
class HelloTest {
  @Test
  void theProgramRendersItsStack() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      Hello.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    String yaml = printed.toString(StandardCharsets.UTF_8);
    assertTrue(yaml.startsWith("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: spark-jobs\n"), yaml);
    assertTrue(yaml.contains("---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: spark\n  namespace: spark-jobs\n"),
        yaml);
  }

  @Test
  void theVersionIsThePoms() {
    assertEquals(System.getProperty("sparkform.version"), Sparkform.version());
  }

  @Test
  void noTestServerAndNoLoggingBindingOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("io.fabric8.kubernetes.client.server.mock.KubernetesMockServer"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.nop.NOPServiceProvider"));
    assertTrue(getClass().getClassLoader().getResource("META-INF/services/org.slf4j.spi.SLF4JServiceProvider") == null,
        "an SLF4J provider is on the class path");
  }

  @Test
  void runWithoutTheCliSaysWhatToAdd() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Sparkform.run(new String[] {"render"}, Sparkform.stack("hello")));
    assertTrue(e.getMessage().contains("dev.sparkform:sparkform-cli"), e.getMessage());
  }
}
