package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same stack renders to the same bytes: run after run, whatever the insertion order, in any JVM. */
class DeterminismTest {

  @Test
  void renderingTheSameStackTwiceGivesIdenticalBytes() {
    // GIVEN a stack with every kind
    Stack stack = SampleStacks.platform();

    // WHEN it is compiled and rendered twice, each time from scratch
    byte[] yaml1 = utf8(Format.YAML.render(StackCompiler.create().compile(stack)));
    byte[] yaml2 = utf8(Format.YAML.render(StackCompiler.create().compile(SampleStacks.platform())));
    byte[] json1 = utf8(Format.JSON.render(StackCompiler.create().compile(stack)));
    byte[] json2 = utf8(Format.JSON.render(StackCompiler.create().compile(SampleStacks.platform())));

    // THEN the bytes are identical
    assertArrayEquals(yaml1, yaml2);
    assertArrayEquals(json1, json2);
  }

  @Test
  void insertionOrderOfMapsAndOfKindsDoesNotChangeTheBytes() {
    // GIVEN two stacks that differ only in the order labels, annotations, data, node selectors and
    // resources of different kinds were added
    Stack forward = stack("order").namespace("ns").label("a", "1").label("b", "2").add(
        namespace("ns").podNodeSelector("node-pool", "spark").podNodeSelector("zone", "a")
            .annotation("x", "1").annotation("y", "2"),
        serviceAccount("sa").label("c", "3").label("d", "4"),
        role("r").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        roleBinding("rb").role("r").serviceAccount("sa"),
        configMap("cm").data("one", "1").data("two", "2").data("three", "3"),
        secret("s").data("k1", literal("v1")).data("k2", literal("v2")));
    Stack backward = stack("order").label("b", "2").label("a", "1").namespace("ns").add(
        secret("s").data("k2", literal("v2")).data("k1", literal("v1")),
        configMap("cm").data("three", "3").data("two", "2").data("one", "1"),
        roleBinding("rb").role("r").serviceAccount("sa"),
        role("r").rules(rule().apiGroups("").resources("pods").verbs(GET)),
        serviceAccount("sa").label("d", "4").label("c", "3"),
        namespace("ns").annotation("y", "2").annotation("x", "1")
            .podNodeSelector("zone", "a").podNodeSelector("node-pool", "spark"));

    // WHEN both are rendered
    String yamlForward = Format.YAML.render(StackCompiler.create().compile(forward));
    String yamlBackward = Format.YAML.render(StackCompiler.create().compile(backward));
    String jsonForward = Format.JSON.render(StackCompiler.create().compile(forward));
    String jsonBackward = Format.JSON.render(StackCompiler.create().compile(backward));

    // THEN the bytes are identical
    assertEquals(yamlForward, yamlBackward);
    assertArrayEquals(utf8(yamlForward), utf8(yamlBackward));
    assertArrayEquals(utf8(jsonForward), utf8(jsonBackward));
  }

  @ParameterizedTest(name = "JVM options: {0}")
  @ValueSource(strings = {
      "",
      "-Dfile.encoding=ISO-8859-1 -Duser.language=tr -Duser.country=TR",
      "-Dfile.encoding=US-ASCII -Duser.language=ar -Duser.country=SA -Duser.timezone=Pacific/Kiritimati"})
  void anotherJvmRendersTheSameBytes(String jvmOptions, @TempDir Path tmp) throws Exception {
    // GIVEN the stack rendered in this JVM
    Path here = tmp.resolve("here");
    RenderMain.render(here);

    // WHEN a second JVM, possibly with another encoding, locale and time zone, renders it too
    Path there = tmp.resolve("there");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!jvmOptions.isEmpty()) {
      command.addAll(List.of(jvmOptions.split(" ")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), RenderMain.class.getName(), there.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("jvm.log").toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "second JVM did not finish");
    assertEquals(0, process.exitValue(), () -> "second JVM failed:\n" + read(tmp.resolve("jvm.log")));

    // THEN every file it wrote has the same name and the same bytes
    List<String> hereFiles = listing(here);
    assertEquals(hereFiles, listing(there));
    assertTrue(hereFiles.contains("all.yaml") && hereFiles.contains("dir/kustomization.yaml"), hereFiles::toString);
    for (String f : hereFiles) {
      assertArrayEquals(Files.readAllBytes(here.resolve(f)), Files.readAllBytes(there.resolve(f)), f);
    }
    // AND the non-ASCII text survived as UTF-8
    assertTrue(read(there.resolve("all.yaml")).contains("Größe ✓ İstanbul"));
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
