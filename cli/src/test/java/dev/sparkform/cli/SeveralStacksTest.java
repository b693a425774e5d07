package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render of a class that gives several stacks: one stream, or a directory per stack; other verbs refuse. */
class SeveralStacksTest {
  @Test
  void standardOutputHasEveryStackInOrder() {
    CliTest.Run r = CliTest.run(null, "render", "--stack", "com.acme.Teams");
    assertEquals(0, r.code(), r.err());
    List<io.fabric8.kubernetes.api.model.HasMetadata> all = new ArrayList<>();
    com.acme.Teams.define().forEach(s -> all.addAll(StackCompiler.create().compile(s)));
    assertEquals(Format.YAML.render(all), r.out());
  }

  @Test
  void aDirectoryGetsADirectoryPerStack(@TempDir Path tmp) throws IOException {
    CliTest.Run r = CliTest.run(null, "render", "--stack", "com.acme.Teams", "--out", tmp + "/");
    assertEquals(0, r.code(), r.err());
    for (String team : List.of("red", "blue")) {
      assertTrue(Files.isRegularFile(tmp.resolve(team).resolve("kustomization.yaml")), team);
      assertTrue(r.err().contains("wrote 2 objects of stack " + team), r.err());
    }
  }

  @Test
  void oneFileOrAnotherVerbIsAClearError(@TempDir Path tmp) {
    CliTest.Run file = CliTest.run(null, "render", "--stack", "com.acme.Teams", "--out", tmp.resolve("all.yaml").toString());
    assertEquals(1, file.code());
    assertEquals("error: 2 stacks in one file: give a directory (--out DIR), which gets a directory per stack\n", file.err());
    CliTest.Run explain = CliTest.run(null, "explain", "--stack", "com.acme.Teams");
    assertEquals(1, explain.code());
    assertEquals("error: com.acme.Teams provides 2 stacks; explain works on one (render takes several)\n", explain.err());
  }
}
